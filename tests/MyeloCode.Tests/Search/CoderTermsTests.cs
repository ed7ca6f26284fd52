using MyeloCode.Catalogue;
using MyeloCode.Search;

namespace MyeloCode.Tests.Search;

public sealed class CoderTermsTests
{
    static readonly CatalogueSnapshot Snapshot = Snapshots.Real();
    static readonly SearchIndex Index = SearchIndex.Build(Snapshot);

    // What coders type, the code they mean and the coder term the first hit's reason must name.
    public static TheoryData<string, string, string> CoderPhrasings => new()
    {
        { "spinal tap", "62270", "spinal tap" },
        { "diagnostic LP", "62270", "diagnostic LP" },
        { "bedside LP", "62270", "bedside LP" },
        { "spinal tap no guidance", "62270", "spinal tap" },
        { "fluoro guided LP", "62328", "fluoro guided LP" },
        { "CT guided lumbar puncture", "62328", "CT guided lumbar puncture" },
        { "image-guided LP", "62328", "image-guided LP" },
        { "complete myelogram", "62305", "complete myelogram" },
        { "total myelogram", "62305", "total myelogram" },
        { "multi-level myelogram", "62305", "multi-level" },
        { "two regions myelogram", "62305", "two regions" },
        { "lumbar myelogram injection and S&I", "62304", "injection and S&I" },
        { "injection only", "62284", "injection only" },
        { "LP for myelogram", "62284", "LP for myelogram" },
        { "CT myelogram injection", "62284", "CT myelogram injection" },
        { "lumbar myelogram injection only", "62284", "injection only" },
        { "S&I only cervical", "72240", "S&I only" },
        { "reading only thoracic myelogram", "72255", "reading only" },
        { "interpretation only lumbar", "72265", "interpretation only" },
        { "cervical myelogram -26", "72240", "-26" },
        { "S&I only two regions", "72270", "S&I only" },
        { "CT myelogram cervical", "72126", "CT myelogram" },
        { "post-myelogram CT neck", "72126", "post-myelogram CT" },
        { "CT after myelogram lumbar", "72132", "CT after myelogram" },
        { "CT lumbar with contrast", "72132", "with contrast" },
        { "CT cervical without contrast", "72125", "without contrast" },
        { "CT thoracic w/o contrast", "72128", "w/o contrast" },
        { "non-contrast CT neck", "72125", "non-contrast" },
        { "CT lumbar without contrast", "72131", "without contrast" },
        { "CT cervical with and without", "72127", "with and without" },
        { "CT t-spine w/wo", "72130", "w/wo" },
        { "CT lumbar with and without contrast", "72133", "with and without" },
        { "C1-2 puncture", "61055", "C1-2 puncture" },
        { "cisternal puncture", "61055", "cisternal puncture" },
        { "C1-2 puncture without injection", "61050", "C1-2 puncture without injection" },
        { "cisternal tap", "61050", "cisternal tap" },
        { "fluoro needle guidance", "77003", "fluoro needle guidance" },
        { "posterior fossa myelogram", "70010", "posterior fossa myelogram" },
    };

    [Theory]
    [MemberData(nameof(CoderPhrasings))]
    public void A_coder_phrase_puts_the_code_meant_first_and_says_so(string query, string expected, string term)
    {
        var hits = Index.Search(query).Hits;

        var shown = string.Join(" | ", hits.Take(3).Select(h => $"{h.Code.Id}: {h.WhyText}"));
        Assert.True(hits.Count > 0 && hits[0].Code.Id == expected, $"{query}: expected {expected} first, got {shown}");
        Assert.Contains($"coder term “{term}”", hits[0].Why);
    }

    [Fact]
    public void A_coder_term_ranks_its_code_first_without_hiding_the_others()
    {
        var complete = Index.Search("complete myelogram").Hits.Select(h => h.Code.Id).ToList();
        var tap = Index.Search("spinal tap").Hits.Select(h => h.Code.Id).ToList();

        Assert.Equal("62305", complete[0]);
        Assert.Contains("62302", complete);
        Assert.Equal("62270", tap[0]);
        Assert.Contains("62304", tap);
    }

    [Theory]
    [InlineData("complete myelogram")]
    [InlineData("cisternal tap")]
    [InlineData("reading only")]
    [InlineData("cervical myelogram -26")]
    public void The_words_of_a_coder_term_are_neither_unmatched_nor_corrected(string query)
    {
        var result = Index.Search(query);

        Assert.False(result.Partial);
        Assert.Empty(result.Unmatched);
        Assert.Null(result.DidYouMean);
    }

    [Theory]
    [InlineData("injection")]
    [InlineData("only injection")]
    [InlineData("tap spinal")]
    [InlineData("72240-26")]
    public void Only_a_whole_phrase_in_order_is_a_coder_term(string query) =>
        Assert.DoesNotContain(Index.Search(query).Hits.SelectMany(h => h.Why), w => w.StartsWith("coder term", StringComparison.Ordinal));

    [Fact]
    public void Every_code_a_coder_term_names_is_in_the_catalogue() =>
        Assert.DoesNotContain(CoderTerms.All.SelectMany(t => t.Codes), id => Snapshot.Find(id) is null);

    [Fact]
    public void No_phrase_is_listed_twice()
    {
        var twice = CoderTerms.All.GroupBy(t => string.Join(' ', SearchText.Tokens(t.Phrase)))
            .Where(g => g.Count() > 1).Select(g => string.Join(" = ", g.Select(t => t.Phrase)));

        Assert.Empty(twice);
    }

    [Fact]
    public void Modifier_26_terms_name_exactly_the_codes_with_pc_tc_indicator_1()
    {
        var pcTc1 = Snapshot.Codes.Where(c => c.PcTcIndicator == "1").Select(c => c.Id).Order(StringComparer.Ordinal);

        Assert.Equal(pcTc1, CoderTerms.All.Single(t => t.Phrase == "-26").Codes.Order(StringComparer.Ordinal));
    }
}
