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
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: $"This address may make {permits} API requests a minute. Try again in {seconds} seconds.").ExecuteAsync(context.HttpContext);
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
