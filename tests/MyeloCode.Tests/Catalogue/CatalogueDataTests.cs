using MyeloCode.Catalogue;

namespace MyeloCode.Tests.Catalogue;

/// <summary>The shipped catalogue: every code the product promises is there, with every field a coder needs.</summary>
public sealed class CatalogueDataTests
{
    static readonly CatalogueData Data = CatalogueReader.ReadDirectory(RealCatalogue.Directory);

    public static TheoryData<string> RequiredCodes => new(
        "62302", "62303", "62304", "62305", "62284", "61055", "61050", "72240", "72255", "72265", "72270",
        "72126", "72129", "72132", "72125", "72128", "72131", "72127", "72130", "72133", "77003", "62270", "62328", "70010");

    [Theory]
    [MemberData(nameof(RequiredCodes))]
    public void Every_required_code_has_every_field(string id)
    {
        var code = Assert.Single(Data.Codes, c => c.Id == id);

        Assert.InRange(code.ShortLabel.Length, 5, CatalogueReader.ShortLabelMaxLength);
        Assert.True(code.Descriptor.Length >= 30, "descriptor too short");
        Assert.True(code.Narrative.Count >= 3, "narrative needs steps");
        Assert.NotEmpty(code.Documentation);
        Assert.NotEmpty(code.Diagnoses);
        Assert.NotEmpty(code.Relations);
        Assert.Matches("^(000|010|090|XXX|YYY|ZZZ|MMM)$", code.GlobalPeriod);
        Assert.Matches("^[0-9]$", code.PcTcIndicator);
        Assert.Equal("A", code.Status);
    }

    [Fact]
    public void The_bundled_codes_took_effect_in_2018()
    {
        foreach (var id in new[] { "62302", "62303", "62304", "62305" })
            Assert.Equal(2018, Data.Codes.Single(c => c.Id == id).EffectiveYear);
    }

    [Fact]
    public void Labels_are_our_own_words_not_the_cms_short_descriptors()
    {
        // CPT short descriptors printed in the CMS file are AMA text: none may be shipped as a label.
        string[] amaShort = ["Myelography lumbar injection", "Injection for myelogram", "Injection into brain canal",
            "Myelography neck spine", "Myelography thoracic spine", "Myelography l-s spine", "Myelogphy 2/> spine regions",
            "Fluoroguide for spine inject"];
        foreach (var code in Data.Codes)
            Assert.DoesNotContain(code.ShortLabel, amaShort, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Medicare_figures_name_their_source_and_year()
    {
        foreach (var figure in Data.Codes.SelectMany(c => c.Medicare))
        {
            Assert.Equal(2025, figure.Year);
            Assert.Contains("CMS", figure.Source, StringComparison.Ordinal);
        }
        Assert.Equal(7.47m, Data.Codes.Single(c => c.Id == "62302").Medicare.Single(m => m.Modifier is null).NonFacilityTotal);
    }
}
