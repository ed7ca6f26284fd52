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
            // Global within the /api branch (UseApiRateLimiting), so every API endpoint is covered without opting in.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>
    /// The limiter on /api/* only, and not at all when it is off (0): pages, and every request of a deployment without
    /// the limit, skip the partition lookup (a lock) that a limiter costs each request.
    /// </summary>
    public static IApplicationBuilder UseApiRateLimiting(this IApplicationBuilder app, MyeloSettings settings) =>
        settings.RateLimit.ApiPermitsPerMinute <= 0
            ? app
            : app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseRateLimiter());
}
