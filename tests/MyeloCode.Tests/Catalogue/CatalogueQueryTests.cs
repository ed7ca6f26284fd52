using MyeloCode.Catalogue;
using MyeloCode.Search;

namespace MyeloCode.Tests.Catalogue;

public sealed class CatalogueQueryTests
{
    static readonly CatalogueSnapshot Snapshot = Snapshots.Real();

    static string[] Ids(CodeFilter filter) => CatalogueQuery.Filter(Snapshot, filter).Select(c => c.Id).ToArray();

    [Fact]
    public void No_filter_lists_the_whole_catalogue_in_code_order()
    {
        var ids = Ids(CodeFilter.None);

        Assert.Equal(24, ids.Length);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    public static TheoryData<CodeFilter, string[]> Filters => new()
    {
        { new CodeFilter(Region: Region.Cervical), ["62302", "72125", "72126", "72127", "72240"] },
        { new CodeFilter(Region: Region.TwoOrMore), ["62305", "72270"] },
        { new CodeFilter(Kind: CodeKind.Combined), ["62302", "62303", "62304", "62305"] },
        { new CodeFilter(Kind: CodeKind.SupervisionInterpretation), ["70010", "72240", "72255", "72265", "72270"] },
        { new CodeFilter(Kind: CodeKind.Guidance), ["77003"] },
        { new CodeFilter(Region: Region.Thoracic, Kind: CodeKind.Ct), ["72128", "72129", "72130"] },
        // S&I codes work with either injection route, so a route filter keeps them.
        { new CodeFilter(Route: InjectionRoute.C1C2), ["61050", "61055", "70010", "72240", "72255", "72265", "72270"] },
        { new CodeFilter(Route: InjectionRoute.C1C2, Kind: CodeKind.Injection), ["61055"] },
        { new CodeFilter(Route: InjectionRoute.Lumbar, Region: Region.Cervical), ["62302", "72240"] },
        { new CodeFilter(Route: InjectionRoute.None), ["72125", "72126", "72127", "72128", "72129", "72130", "72131", "72132", "72133", "77003"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Filters_keep_only_the_matching_codes(CodeFilter filter, string[] expected) => Assert.Equal(expected, Ids(filter));

    [Fact]
    public void Slugs_from_the_url_parse_case_insensitively()
    {
        var filter = CodeFilter.Parse("Cervical", "c1c2", "supervision-interpretation", out var errors);

        Assert.Empty(errors);
        Assert.Equal(new CodeFilter(Region.Cervical, InjectionRoute.C1C2, CodeKind.SupervisionInterpretation), filter);
    }

    [Fact]
    public void Unknown_slugs_are_errors_naming_their_parameter()
    {
        var filter = CodeFilter.Parse("neck", "", "2", out var errors);

        Assert.Equal(["kind", "region"], errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("cervical", errors["region"][0], StringComparison.Ordinal);
        Assert.True(filter.IsEmpty);
    }

    [Fact]
    public void Groups_follow_the_spine_then_codes_without_a_region()
    {
        var groups = CatalogueQuery.GroupByRegion(Snapshot.Codes);

        Assert.Equal([Region.Cervical, Region.Thoracic, Region.Lumbosacral, Region.TwoOrMore, Region.PosteriorFossa, null],
            groups.Select(g => g.Region).ToArray());
        Assert.Equal(CatalogueQuery.NoRegionName, groups[^1].Name);
        Assert.Contains(groups[^1].Codes, c => c.Id == "62284");
    }

    [Fact]
    public void Browsing_with_a_query_ranks_hits_and_applies_the_filter()
    {
        var index = SearchIndex.Build(Snapshot);

        var result = CatalogueQuery.Browse(index, new CodeFilter(Kind: CodeKind.SupervisionInterpretation), "cervical");

        Assert.NotNull(result.Search);
        Assert.Equal(["72240", "72270"], result.Codes.Select(c => c.Id).ToArray());
        Assert.NotEmpty(result.Rows[0].Why);
    }

    [Fact]
    public void Browsing_without_a_query_lists_filtered_codes_without_reasons()
    {
        var result = CatalogueQuery.Browse(SearchIndex.Build(Snapshot), new CodeFilter(Region: Region.TwoOrMore), "  ");

        Assert.Null(result.Search);
        Assert.Equal(["62305", "72270"], result.Codes.Select(c => c.Id).ToArray());
        Assert.All(result.Rows, r => Assert.Empty(r.Why));
    }
}
