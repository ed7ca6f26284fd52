using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using MyeloCode.Catalogue;
using MyeloCode.Web.Settings;

namespace MyeloCode.Web.Catalogue;

/// <summary>
/// Output cache for the pages and GET APIs that only show the catalogue. Entries vary by URL (so by <c>?dos=</c>), by
/// catalogue revision, so a load or an import can never serve a stale page, and by today's date, so a page for
/// "today" moves on at midnight; <see cref="ImportWatcher"/> evicts the old entries by tag.
/// </summary>
public static class CatalogueCache
{
    public const string Policy = "catalogue";
    public const string Tag = "catalogue";

    public static IServiceCollection AddCatalogueCache(this IServiceCollection services)
    {
        services.AddSingleton<RevisionKey>();
        services.AddOutputCache(options =>
        {
            // Rendered pages are 20-60 KB; 32 MB holds every page and a few thousand distinct searches.
            options.SizeLimit = 32 * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(30))
                .Tag(Tag)
                // Static pages are stored compressed (PageCompression runs inside the cache): one entry per encoding.
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                .VaryByValue(context => new KeyValuePair<string, string>("revision", Key(context))));
        });
        return services;
    }

    /// <summary>
    /// The revision and today's date. The URL (with its <c>?dos=</c>) is part of every key already; today's date is
    /// added because a page without <c>dos</c> shows today's figures and edits, and the footer names today's date.
    /// </summary>
    static string Key(HttpContext context)
    {
        var services = context.RequestServices;
        return services.GetRequiredService<RevisionKey>().For(services.GetRequiredService<CatalogueStore>().Current.Revision);
    }

    /// <summary>
    /// The key's text, built once per revision and date instead of on every hit: the local date (a time zone
    /// conversion) is looked up at most once a second, so a new day starts within a second of midnight. Racing threads
    /// may each build it; they build the same text.
    /// </summary>
    internal sealed class RevisionKey(TimeProvider clock)
    {
        sealed record Built(long Revision, DateOnly Today, DateTimeOffset Checked, string Text);
        Built? _built;

        public string For(long revision)
        {
            var now = clock.GetUtcNow();
            var built = _built;
            // Within the second after the last look (a clock set back counts as outside it).
            if (built is not null && built.Revision == revision && now >= built.Checked && now < built.Checked.AddSeconds(1))
                return built.Text;
            var today = DateOfService.TodayOf(clock);
            var text = built is not null && built.Revision == revision && built.Today == today
                ? built.Text
                : $"{revision.ToString(CultureInfo.InvariantCulture)}/{DatesOfService.ToText(today)}";
            _built = new Built(revision, today, now, text);
            return text;
        }
    }

    /// <summary>
    /// The output cache, behind a fix: a cached response comes back with <c>blazor-enhanced-nav: Allow</c> where
    /// Blazor wrote <c>allow</c> (the cache's serializer shares strings with the Allow header's name), and
    /// blazor.web.js compares the value case-sensitively, so every enhanced navigation to a cached page would
    /// be retried as a full page load. The value Blazor wrote is put back before the response starts
    /// (upstream: https://github.com/dotnet/aspnetcore/issues/55534, https://github.com/dotnet/aspnetcore/pull/63900).
    /// <c>MyeloCode:OutputCache=false</c> turns the cache off (to measure without it, see docs/performance.md).
    /// </summary>
    public static IApplicationBuilder UseCatalogueCache(this IApplicationBuilder app, MyeloSettings settings)
    {
        if (!settings.OutputCache)
            return app;
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                if (headers.TryGetValue(EnhancedNavHeader, out var value) && value == "Allow")
                    headers[EnhancedNavHeader] = "allow";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        return app.UseOutputCache();
    }

    const string EnhancedNavHeader = "blazor-enhanced-nav";
}
