namespace MyeloCode.Web.Hosting;

/// <summary>Headers every response carries; the policy is tight because the app needs nothing from elsewhere.</summary>
public static class SecurityHeaders
{
    /// <remarks>
    /// Each source, and why it is there:
    /// script-src 'self': blazor.web.js, MudBlazor.min.js and our own files; no inline script, no eval (Blazor Server needs neither).
    /// style-src 'self' 'unsafe-inline': MudBlazor writes its theme as an inline &lt;style&gt; and sets style attributes on
    ///   components (and Blazor's reconnect UI does too); inline styles cannot run code.
    /// img-src 'self' data:: MudBlazor draws some icons and the select arrow as data: SVG images.
    /// connect-src 'self': the Blazor circuit's WebSocket (same origin) and our own /api calls.
    /// font-src 'self': no web fonts from elsewhere; an intranet may have no internet.
    /// </remarks>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), clipboard-write=(self)";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Static, with the context as state: no closure allocated per request.
            context.Response.OnStarting(static state =>
            {
                var context = (HttpContext)state;
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                // Browsers ignore COOP (with a console error) on a plain-HTTP intranet origin, so only send it where it works.
                if (context.Request.IsHttps)
                    headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.Remove("Server");
                return Task.CompletedTask;
            }, context);
            return next(context);
        });
}
