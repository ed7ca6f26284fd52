using Microsoft.AspNetCore.Components;

namespace MyeloCode.Web.Catalogue;

/// <summary>
/// Marks a page that only shows data (static server rendering, no interactive component inside). Its endpoint
/// persists no component state: see <see cref="StaticPages.PersistNoStateOnStaticPages"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StaticPageAttribute : Attribute;

public static class StaticPages
{
    /// <summary>
    /// With interactive server rendering configured, Blazor ends every page, even a static one, with a
    /// data-protected component state blob holding a fresh antiforgery token, and sets the antiforgery cookie
    /// with Cache-Control: no-store. That costs a Protect() per request and makes the page impossible to cache.
    /// Blazor skips it when an endpoint's configured render modes are empty
    /// (EndpointHtmlRenderer.PrerenderPersistedStateAsync in dotnet/aspnetcore, src/Components/Endpoints), so
    /// pages marked <see cref="StaticPageAttribute"/> get an empty list. The metadata type is internal, hence the
    /// reflection; if a framework update changes it, the page simply keeps the default behaviour.
    /// Interactive pages (such as /suggest) are untouched.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder PersistNoStateOnStaticPages(this RazorComponentsEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (!endpoint.Metadata.OfType<StaticPageAttribute>().Any())
                return;
            for (var i = 0; i < endpoint.Metadata.Count; i++)
            {
                var type = endpoint.Metadata[i].GetType();
                if (type.FullName != "Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata")
                    continue;
                if (type.GetConstructor([typeof(IComponentRenderMode[])]) is { } constructor)
                    endpoint.Metadata[i] = constructor.Invoke([Array.Empty<IComponentRenderMode>()]);
            }
        });
        return builder;
    }
}
