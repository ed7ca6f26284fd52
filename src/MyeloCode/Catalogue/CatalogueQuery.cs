using MyeloCode.Search;

namespace MyeloCode.Catalogue;

public sealed record RegionGroup(Region? Region, string Name, IReadOnlyList<Code> Codes);

/// <summary>A code in a list, with why it is there when a search put it there.</summary>
public sealed record BrowseRow(Code Code, IReadOnlyList<string> Why);

/// <summary>What the catalogue page shows: filtered codes in catalogue order, or ranked search hits.</summary>
public sealed record BrowseResult(IReadOnlyList<BrowseRow> Rows, SearchResult? Search)
{
    public IReadOnlyList<Code> Codes => Rows.Select(r => r.Code).ToList();
}

public static class CatalogueQuery
{
    public const string NoRegionName = "Any region: punctures, injections and guidance";

    public static IReadOnlyList<Code> Filter(CatalogueSnapshot snapshot, CodeFilter filter) =>
        snapshot.Codes.Where(filter.Matches).ToList();

    /// <summary>Regions in anatomical order, then the codes that do not depend on a region.</summary>
    public static IReadOnlyList<RegionGroup> GroupByRegion(IEnumerable<Code> codes) =>
        codes.GroupBy(c => c.Region)
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new RegionGroup(g.Key, g.Key?.Name() ?? NoRegionName, g.ToList()))
            .ToList();

    /// <summary>The filtered catalogue; with a query, the search hits that pass the filter, best first.</summary>
    public static BrowseResult Browse(SearchIndex index, CodeFilter filter, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return new BrowseResult(Filter(index.Snapshot, filter).Select(c => new BrowseRow(c, [])).ToList(), null);

        var result = index.Search(query, filter.Region, limit: 100);
        var rows = result.Hits.Where(h => filter.Matches(h.Code)).Select(h => new BrowseRow(h.Code, h.Why)).ToList();
        return new BrowseResult(rows, result);
    }
}
