using System.Globalization;
using System.Threading.RateLimiting;
using MyeloCode.Web.Settings;

namespace MyeloCode.Web.Hosting;

/// <summary>
/// Per-client limit on /api/*: a runaway script must not starve the coders. The client is the connection's
/// address, which ForwardedHeaders has already replaced with the real one when the request came through a trusted proxy.
/// </summary>
public static class ApiRateLimiting
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, MyeloSettings settings)
    {
        var permits = settings.RateLimit.ApiPermitsPerMinute;
        services.AddRateLimiter(options =>
        {
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This address may make {permits} API requests a minute. Try again in {response.Headers.RetryAfter} seconds.",
                    },
                });
            };
            // Global, so every endpoint under /api is covered without each group opting in.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                permits <= 0 || !context.Request.Path.StartsWithSegments("/api")
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
