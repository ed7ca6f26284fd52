using MyeloCode.Search;

namespace MyeloCode.Tests.Search;

public sealed class SearchTextTests
{
    static string[] Terms(string query) => SearchText.QueryWords(query).Select(w => w.Term).ToArray();

    public static TheoryData<string, string[]> Synonyms => new()
    {
        { "c-spine", ["cervical"] },
        { "C spine", ["cervical"] },
        { "LS spine", ["lumbosacral"] },
        { "lumbar", ["lumbosacral"] },
        { "LP", ["lp"] },
        { "lumbar puncture", ["lp"] },
        { "lumbar injection", ["lp", "injection"] },
        { "total spine", ["multiregion"] },
        { "two or more regions", ["multiregion"] },
        { "C1-C2", ["c1c2"] },
        { "cisternal", ["c1c2"] },
        { "S&I", ["si"] },
        { "CT myelogram", ["ctmyelogram"] },
        { "w/o contrast", ["nocontrast", "contrast"] },
        { "Myelography of the spine", ["myelogram"] },
    };

    [Theory]
    [MemberData(nameof(Synonyms))]
    public void Coder_words_become_canonical_terms(string query, string[] expected) => Assert.Equal(expected, Terms(query));

    [Fact]
    public void A_code_split_by_a_hyphen_or_space_is_joined_and_a_modifier_dropped()
    {
        Assert.Equal(["62302"], Terms("62-302"));
        Assert.Equal(["62302"], Terms("62 302"));
        Assert.Equal(["72240"], Terms("72240-26"));
        Assert.True(SearchText.QueryWords("62302").Single().IsCode);
    }

    [Fact]
    public void The_source_keeps_what_was_typed()
    {
        var word = SearchText.QueryWords("CT of the C-Spine").Last();

        Assert.Equal(new SearchWord("cervical", "C-Spine", false), word);
    }

    [Fact]
    public void Our_own_text_never_reads_as_a_ct_myelogram()
    {
        // 72125's descriptor says it is "not used for a CT myelogram"; only queries carry the concept.
        Assert.DoesNotContain("ctmyelogram", SearchText.DocumentTerms("not used for a CT myelogram"));
    }

    [Theory]
    [InlineData("cervical", "cervical", 0)]
    [InlineData("cervcal", "cervical", 1)]
    [InlineData("myleogram", "myelogram", 1)]
    [InlineData("thorasic", "thoracic", 1)]
    [InlineData("lumbosacrl", "lumbosacral", 1)]
    [InlineData("abc", "xyz", 2)]
    public void Distance_counts_edits_and_swaps(string a, string b, int expected) =>
        Assert.Equal(expected, Math.Min(SearchText.Distance(a, b, 2), 2));
}
