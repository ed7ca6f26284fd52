using MyeloCode.Catalogue;
using MyeloCode.Search;

namespace MyeloCode.Tests.Search;

public sealed class SearchIndexTests
{
    static readonly SearchIndex Index = SearchIndex.Build(Snapshots.Real());

    static string[] Codes(string query, Region? region = null) => Index.Search(query, region).Hits.Select(h => h.Code.Id).ToArray();

    public static TheoryData<string, string[]> CodeQueries => new()
    {
        { "62302", ["62302"] },
        { "623", ["62302", "62303", "62304", "62305", "62328"] },
        { "7227", ["72270"] },
        { "62-302", ["62302"] },
        { "62 302", ["62302"] },
        { "623 05", ["62305"] },
        { "72240-26", ["72240"] },
        { "72240 TC", ["72240"] },
        { "CPT 72265", ["72265"] },
    };

    [Theory]
    [MemberData(nameof(CodeQueries))]
    public void A_code_or_code_prefix_finds_exactly_those_codes(string query, string[] expected) =>
        Assert.Equal(expected, Codes(query));

    public static TheoryData<string, string[]> CoderWords => new()
    {
        { "c-spine", ["62302", "72125", "72126", "72127", "72240"] },
        { "neck", ["62302", "72125", "72126", "72127", "72240"] },
        { "t-spine", ["62303", "72128", "72129", "72130", "72255"] },
        { "l-spine", ["62304", "72131", "72132", "72133", "72265"] },
        { "LS spine", ["62304", "72131", "72132", "72133", "72265"] },
        { "lumbar myelogram", ["62304", "72265"] },
        { "total spine", ["62305", "72270"] },
        { "two regions", ["62305", "72270"] },
        { "2 or more regions", ["62305", "72270"] },
        { "C1-C2", ["61050", "61055"] },
        { "cisternal", ["61050", "61055"] },
        { "c1-c2 injection", ["61055"] },
        { "CT myelogram", ["72126", "72129", "72132"] },
        { "cervical CT myelogram", ["72126"] },
        { "S&I", ["70010", "72240", "72255", "72265", "72270"] },
        { "supervision and interpretation cervical", ["72240"] },
        { "diagnostic lumbar puncture", ["62270", "62328"] },
        { "LP no guidance", ["62270"] },
        { "fluoro", ["62328", "77003"] },
        { "ct c-spine without contrast", ["72125"] },
        { "CT L-spine with contrast", ["72132"] },
        { "posterior fossa", ["70010"] },
    };

    [Theory]
    [MemberData(nameof(CoderWords))]
    public void The_words_coders_type_find_the_right_codes_first(string query, string[] expectedFirst)
    {
        var found = Codes(query);

        Assert.Equal(expectedFirst, found.Take(expectedFirst.Length).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("62302", "62302")]
    [InlineData(" 62-302 ", "62302")]
    [InlineData("72240-26", "72240")]
    [InlineData("CPT 72265", "72265")]
    [InlineData("623", null)]
    [InlineData("62302 cervical", null)]
    [InlineData("99999", null)]
    [InlineData("c-spine", null)]
    public void Only_a_query_that_is_one_catalogue_code_opens_it_directly(string query, string? expected) =>
        Assert.Equal(expected, Index.ExactCode(query)?.Id);

    [Fact]
    public void Lumbar_puncture_finds_every_code_done_through_one_and_nothing_else()
    {
        Assert.Equal(["62270", "62284", "62302", "62303", "62304", "62305", "62328"], Codes("lumbar puncture").Order(StringComparer.Ordinal));
        Assert.Equal(["62270", "62328"], Codes("lumbar puncture")[^2..]); // the diagnostic punctures come last
        Assert.Equal(Codes("lumbar puncture"), Codes("LP"));
        // To coders a spinal tap is the diagnostic LP: the same codes, 62270 first (coder terms).
        Assert.Equal(Codes("lumbar puncture").Order(StringComparer.Ordinal), Codes("spinal tap").Order(StringComparer.Ordinal));
        Assert.Equal("62270", Codes("spinal tap")[0]);
    }

    [Fact]
    public void Case_and_hyphens_do_not_matter()
    {
        Assert.Equal(Codes("c-spine"), Codes("C SPINE"));
        Assert.Equal(Codes("c1-c2"), Codes("C1 C2"));
        Assert.Equal(Codes("c1-c2"), Codes("c1c2"));
        Assert.Equal(Codes("Myelogram"), Codes("MYELOGRAM"));
    }

    [Fact]
    public void The_region_named_in_the_label_ranks_above_a_mention_in_the_description()
    {
        var found = Codes("cervical");

        Assert.Equal(["62302", "72240", "72125", "72126", "72127"], found.Take(5).ToArray());
        Assert.Contains("62305", found.Skip(5));
    }

    [Fact]
    public void A_with_contrast_ct_ranks_above_the_injection_for_a_ct_myelogram()
    {
        var found = Codes("CT myelogram");

        Assert.Equal(["72126", "72129", "72132", "61055", "62284"], found);
    }

    [Theory]
    [InlineData("cervcal myelogrm", "cervical myelogram", "62302")]
    [InlineData("thorasic", "thoracic", "62303")]
    [InlineData("myleogram", "myelogram", "62302")]
    [InlineData("injecton", "injection", "62284")]
    [InlineData("cisternl", "cisternal", "61055")]
    public void Small_typos_are_forgiven_and_corrected(string typed, string corrected, string expected)
    {
        var result = Index.Search(typed);

        Assert.Contains(expected, result.Hits.Select(h => h.Code.Id));
        Assert.Equal(corrected, result.DidYouMean);
        Assert.Contains(result.Hits[0].Why, w => w.Contains('≈', StringComparison.Ordinal));
    }

    [Fact]
    public void Short_words_are_not_guessed_as_typos()
    {
        var result = Index.Search("ctx");

        Assert.Empty(result.Hits);
        Assert.Null(result.DidYouMean);
    }

    [Fact]
    public void A_prefix_being_typed_finds_the_word()
    {
        Assert.Equal(Codes("cervical"), Codes("cerv"));
        Assert.Equal(["61055", "61050"], Codes("cist"));
    }

    [Fact]
    public void Every_hit_says_why_it_matched()
    {
        var hit = Index.Search("c-spine myelo").Hits[0];

        Assert.Equal("62302", hit.Code.Id);
        Assert.Equal(["“c-spine” = cervical, in label", "“myelo” = myelogram, in label"], hit.Why);
        Assert.Equal(["code starts with 623"], Index.Search("623").Hits[0].Why);
        Assert.Equal(["code 62302"], Index.Search("62302").Hits[0].Why);
    }

    [Fact]
    public void A_query_matching_nothing_returns_no_hits_and_names_the_word()
    {
        var result = Index.Search("xylophone");

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Total);
        Assert.Equal(["xylophone"], result.Unmatched);
    }

    [Fact]
    public void When_no_code_matches_every_word_the_codes_matching_some_are_shown_as_partial()
    {
        var result = Index.Search("cervical xylophone");

        Assert.True(result.Partial);
        Assert.Equal("62302", result.Hits[0].Code.Id);
        Assert.Equal(["xylophone"], result.Unmatched);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    [InlineData("<script>alert(1)</script>")]
    public void Empty_or_meaningless_queries_find_nothing(string query) =>
        Assert.Empty(Index.Search(query).Hits);

    [Fact]
    public void A_region_narrows_the_hits()
    {
        Assert.Equal(["72265"], Codes("S&I", Region.Lumbosacral));
        Assert.Empty(Codes("62302", Region.Thoracic));
    }

    [Fact]
    public void Hits_are_ranked_best_first_and_ties_follow_kind_then_code_order()
    {
        var hits = Index.Search("myelogram").Hits;

        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        var top = hits.TakeWhile(h => h.Score == hits[0].Score).Select(h => h.Code).ToList();
        Assert.Equal(top.OrderBy(c => c.Kind).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id), top.Select(c => c.Id));
    }

    [Fact]
    public void The_limit_caps_the_hits_but_not_the_total()
    {
        var result = Index.Search("myelogram", limit: 3);

        Assert.Equal(3, result.Hits.Count);
        Assert.True(result.Total > 3);
    }

    [Fact]
    public void An_over_long_query_is_cut_not_refused()
    {
        var result = Index.Search("cervical " + new string('x', 5000));

        Assert.True(result.Query.Length <= SearchIndex.MaxQueryLength);
    }

    [Fact]
    public void Imported_official_descriptors_are_searched_too()
    {
        var snapshot = Snapshots.Real(official: [new MyeloCode.Import.OfficialDescriptor { Code = "72270", Form = "long", Text = "Zebra wording only in official text", ImportId = 1 }]);

        var hit = Assert.Single(SearchIndex.Build(snapshot).Search("zebra").Hits);

        Assert.Equal("72270", hit.Code.Id);
    }

    [Theory]
    [InlineData("C1-C2", "61055", "61050")]
    [InlineData("lateral", "61055", "61050")]
    [InlineData("lateral puncture", "61055", "61050")]
    [InlineData("cisternal", "61055", "61050")]
    public void On_a_tie_the_injection_code_comes_before_the_diagnostic_puncture(string query, string first, string later)
    {
        var found = Codes(query);

        Assert.True(Array.IndexOf(found, first) is >= 0 and var i && i < Array.IndexOf(found, later), $"{query}: {string.Join(", ", found)}");
    }
}
