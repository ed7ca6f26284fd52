using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using MyeloCode.Catalogue;

namespace MyeloCode.Web.Catalogue;

/// <summary>
/// Output cache for the pages and GET APIs that only show the catalogue. Entries vary by URL (so by <c>?dos=</c>), by
/// catalogue revision, so a load or an import can never serve a stale page, and by today's date, so a page for
/// "today" moves on at midnight; the old entries are evicted by tag when the snapshot changes.
/// </summary>
public static class CatalogueCache
{
    public const string Policy = "catalogue";
    public const string Tag = "catalogue";

    public static IServiceCollection AddCatalogueCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            // Rendered pages are 20-60 KB; 32 MB holds every page and a few thousand distinct searches.
            options.SizeLimit = 32 * 1024 * 1024;
            options.AddPolicy(Policy, policy => policy
                .Expire(TimeSpan.FromMinutes(30))
                .Tag(Tag)
                .VaryByValue(context => new KeyValuePair<string, string>("revision", Key(context))));
        });
        services.AddHostedService<CatalogueCacheEviction>();
        return services;
    }

    /// <summary>
    /// The revision and today's date. The URL (with its <c>?dos=</c>) is part of every key already; today's date is
    /// added because a page without <c>dos</c> shows today's figures and edits, and the footer names today's date.
    /// </summary>
    static string Key(HttpContext context)
    {
        var services = context.RequestServices;
        var revision = services.GetRequiredService<CatalogueStore>().Current.Revision.ToString(CultureInfo.InvariantCulture);
        return $"{revision}/{DatesOfService.ToText(DateOfService.TodayOf(services.GetRequiredService<TimeProvider>()))}";
    }

    /// <summary>
    /// The output cache, behind a fix: a cached response comes back with <c>blazor-enhanced-nav: Allow</c> where
    /// Blazor wrote <c>allow</c> (the cache's serializer shares strings with the Allow header's name), and
    /// blazor.web.js compares the value case-sensitively, so every enhanced navigation to a cached page would
    /// be retried as a full page load. The value Blazor wrote is put back before the response starts.
    /// <c>MyeloCode:OutputCache=false</c> turns the cache off (to measure without it, see docs/performance.md).
    /// </summary>
    public static IApplicationBuilder UseCatalogueCache(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue("MyeloCode:OutputCache", true))
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

    sealed class CatalogueCacheEviction(CatalogueStore store, IOutputCacheStore cache, ILogger<CatalogueCacheEviction> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            store.Changed += OnChanged;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            store.Changed -= OnChanged;
            return Task.CompletedTask;
        }

        void OnChanged(CatalogueSnapshot snapshot) => _ = EvictAsync(snapshot.Revision);

        async Task EvictAsync(long revision)
        {
            try
            {
                await cache.EvictByTagAsync(Tag, CancellationToken.None);
            }
            catch (Exception e)
            {
                // Harmless: entries vary by revision, so old ones are never served; they just expire later.
                logger.LogWarning(e, "Output cache eviction after revision {Revision} failed", revision);
            }
        }
    }
}
