using Microsoft.AspNetCore.Http.Features;

namespace MyeloCode.Web.Hosting;

/// <summary>
/// Uptime monitors and link checkers send HEAD. Minimal API <c>MapGet</c> and Blazor's page endpoints only match GET
/// (HEAD got 405), so a HEAD request is routed as a GET, output cache included, and its body is thrown away: the
/// status and headers are exactly those of the GET. Endpoints that are not GET (none today) still refuse HEAD.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
                return next(context);
            context.Request.Method = HttpMethods.Get;
            // Kestrel drops a HEAD response's body by itself; other servers (the test server) may not.
            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
            return next(context);
        });
}
