using MyeloCode.Catalogue;

namespace MyeloCode.Tests.Catalogue;

public sealed class ClaimTextTests
{
    static readonly CatalogueSnapshot Snapshot = Snapshots.Real();
    static Code Get(string id) => Snapshot.Find(id)!;

    [Fact]
    public void The_code_alone_is_the_five_digits() => Assert.Equal("62302", ClaimText.Code(Get("62302")));

    [Fact]
    public void Code_and_label_are_separated_by_one_space() =>
        Assert.Equal("62302 Myelogram LP inj cervical", ClaimText.CodeAndLabel(Get("62302")));

    [Theory]
    [InlineData("72240", "26", "72240-26")]
    [InlineData("72240", "TC", "72240-TC")]
    [InlineData("72126", "26", "72126-26")]
    public void A_professional_or_technical_modifier_is_appended_with_a_hyphen(string id, string modifier, string expected) =>
        Assert.Equal(expected, ClaimText.Code(Get(id), modifier));

    [Fact]
    public void Modifiers_26_and_TC_are_refused_for_codes_without_a_pc_tc_split()
    {
        Assert.Empty(ClaimText.Modifiers(Get("62302")));
        Assert.Throws<ArgumentException>(() => ClaimText.Code(Get("62302"), "26"));
    }

    [Fact]
    public void Several_codes_are_one_per_line()
    {
        var text = ClaimText.Codes([Get("62284"), Get("72240"), Get("72126")]);

        Assert.Equal("62284\n72240\n72126", text);
    }

    [Fact]
    public void Lines_drop_blanks_and_trim()
    {
        Assert.Equal("62284\n72240-26", ClaimText.Lines([" 62284 ", "", "72240-26", "  "]));
    }

    [Fact]
    public void Every_code_and_label_fits_a_claim_short_description()
    {
        foreach (var code in Snapshot.Codes)
            Assert.True(ClaimText.CodeAndLabel(code).Length <= 5 + 1 + CatalogueReader.ShortLabelMaxLength);
    }
}
