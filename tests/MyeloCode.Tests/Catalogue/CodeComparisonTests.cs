using MyeloCode.Catalogue;

namespace MyeloCode.Tests.Catalogue;

public sealed class CodeComparisonTests
{
    static readonly CatalogueSnapshot Snapshot = Snapshots.Real();

    [Fact]
    public void The_two_myelography_families_are_the_bundled_codes_and_the_s_and_i_codes()
    {
        var families = CodeFamilies.All(Snapshot);

        Assert.Equal(["combined-lumbar", "supervision-interpretation"], families.Select(f => f.Slug).ToArray());
        Assert.Equal(["62302", "62303", "62304", "62305"], families[0].Codes.Select(c => c.Id).ToArray());
        Assert.Equal(["72240", "72255", "72265", "72270"], families[1].Codes.Select(c => c.Id).ToArray());
    }

    [Fact]
    public void Only_the_region_and_what_follows_from_it_differ_between_62302_and_62305()
    {
        var family = CodeFamilies.Find(Snapshot, "combined-lumbar")!;

        var comparison = CodeComparison.Build(Snapshot, family.Name, family.Codes);

        var differing = comparison.Rows.Where(r => r.Differs).Select(r => r.Label).ToList();
        Assert.Contains("Region imaged", differing);
        Assert.DoesNotContain("Injection route", differing);
        Assert.DoesNotContain("Includes supervision and interpretation", differing);
        Assert.Equal(["Cervical", "Thoracic", "Lumbosacral", "Two or more regions"], comparison.Rows.Single(r => r.Label == "Region imaged").Values);
    }

    [Fact]
    public void A_code_list_is_parsed_leniently_and_unknown_entries_are_reported()
    {
        var (found, unknown) = CodeComparison.Parse(Snapshot, "72125, 72126 72126;99999,<b>");

        Assert.Equal(["72125", "72126"], found.Select(c => c.Id).ToArray());
        Assert.Equal(["99999", "<b>"], unknown);
    }

    [Fact]
    public void At_most_six_codes_are_compared()
    {
        var (found, _) = CodeComparison.Parse(Snapshot, string.Join(',', Snapshot.Codes.Select(c => c.Id)));

        Assert.Equal(CodeComparison.MaxCodes, found.Count);
    }
}
