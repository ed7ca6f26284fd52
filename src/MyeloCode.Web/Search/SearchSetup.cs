using MyeloCode.Search;

namespace MyeloCode.Web.Search;

public static class SearchSetup
{
    /// <summary>The in-memory search index over the catalogue snapshot, rebuilt when the snapshot changes.</summary>
    public static IServiceCollection AddCatalogueSearch(this IServiceCollection services) =>
        services.AddSingleton<CatalogueSearch>();
}
