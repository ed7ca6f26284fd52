using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.SignalR;

namespace MyeloCode.Web.Hosting;

/// <summary>Kestrel, Blazor circuit and SignalR limits, each set on purpose for a long-running intranet server.</summary>
public static class ServerLimits
{
    /// <summary>Longest query string any page or API accepts; a search box needs a few hundred characters at most.</summary>
    public const int MaxQueryStringLength = 2048;

    public static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false; // do not advertise the server software
            // Request line (path + query) over 8 KB gets Kestrel's own 414; headers over 32 KB get 431.
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            // No endpoint takes a body beyond a small form post.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });

        builder.Services.Configure<CircuitOptions>(circuit =>
        {
            // A coder whose laptop sleeps or Wi-Fi drops gets 2 minutes to come back; beyond that the ~0.5-1 MB
            // of circuit state is released. At most 100 disconnected circuits are kept, bounding that memory.
            circuit.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(2);
            circuit.DisconnectedCircuitMaxRetained = 100;
            // Our JS calls (focus, clipboard) finish in milliseconds; 30 s only catches a hung browser.
            circuit.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
            // A slow client may fall 10 render batches behind before the server stops rendering for it (memory bound).
            circuit.MaxBufferedUnacknowledgedRenderBatches = 10;
            circuit.DetailedErrors = builder.Environment.IsDevelopment();
        });

        builder.Services.Configure<HubOptions>(hub =>
        {
            // The suggestion screen sends clicks and short strings, and once a pasted procedure report: at most 64 KB
            // of UTF-8, which JSON escaping can grow (a quote or a control character takes two to six bytes).
            hub.MaximumReceiveMessageSize = 512 * 1024;
            hub.EnableDetailedErrors = builder.Environment.IsDevelopment();
        });
        return builder;
    }

    /// <summary>Refuses an over-long query string with 414 before any page or API parses it.</summary>
    public static IApplicationBuilder UseQueryStringLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.Value?.Length > MaxQueryStringLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status414UriTooLong,
                        Title = "Query string too long",
                        Detail = $"The query string may be at most {MaxQueryStringLength} characters.",
                    },
                });
                return;
            }
            await next(context);
        });
}
