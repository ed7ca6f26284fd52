using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Hosting;

/// <summary>
/// Compresses (br, else gzip) the HTML of <see cref="StaticPageAttribute"/> pages only. BREACH recovers a secret from
/// the compressed size of a response that carries both the secret and text the attacker chose; a static page carries
/// no secret (no antiforgery token, no component state, no user data: see <see cref="StaticPages"/>), so compressing
/// it leaks nothing, even though it echoes the search text. Interactive pages (/suggest, whose prerender holds an
/// antiforgery token and a protected circuit descriptor) and the API stay uncompressed. docs/deployment.md has the
/// full argument; the home page's HTML goes from about 60 KB to about 7 KB on the wire.
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        // EnableForHttps is safe for these pages for the reason above; production runs behind TLS.
        services.AddResponseCompression(options => options.EnableForHttps = true);
        services.AddSingleton<IResponseCompressionProvider, StaticPagesOnly>();
        return services;
    }

    /// <summary>Inside the output cache, so a page is compressed once when cached, not on every hit.</summary>
    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    sealed class StaticPagesOnly(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.GetEndpoint()?.Metadata.GetMetadata<StaticPageAttribute>() is not null && base.ShouldCompressResponse(context);
    }
}
