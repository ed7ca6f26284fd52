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

    // SHA-256 of the lower-cased CPT short descriptors that CMS prints for 62302-62305, 62284, 61055, 61050 and 77003.
    // Those descriptors are AMA text, so the test holds only their hashes, never the words.
    static readonly HashSet<string> AmaShortDescriptorHashes =
    [
        "4B677CCE800227F677B263F6C8E7A971C5F9E4A0840946217BBC8FD5767B3FB3",
        "E3C6EDE9C3BF7AAC2481059FF19521CD3446DDAA5F4442C6A4DDB1DEC7FAFEAF",
        "D3E4264C7DBC493CC3573510FDFFD59846C78CE1D05FD4F03515C4C3648973D5",
        "30863BBD69FB84135C3B547051087A2CD54F999DBECCDF2DB9CA08C310E0909E",
        "D9442B8EB0D142508FA45A7124CEF0D03FDE26B80FBF966FAAC38063DA2AF527",
        "FC280C93C939416721BD86A4124D585DAF3DBDB0C0974AC0C6604B01B0B95FA3",
        "BE1517D16F6CD393CEB581EE1AFED81BB70F955472F3CEDD31FB10A0A6FE8ACF",
        "41251CD7092811107BF69C032F25D0021B9E2BC27787C17DDC75BBF4BC936302",
    ];

    [Fact]
    public void Labels_are_our_own_words_not_the_cms_short_descriptors()
    {
        foreach (var code in Data.Codes)
            Assert.DoesNotContain(Hash(code.ShortLabel), AmaShortDescriptorHashes);
    }

    [Fact]
    public void The_hash_check_would_catch_a_label_in_any_letter_case()
    {
        // Guards the guard: the same hashing of a label written in capitals, as the CMS file prints them.
        var label = Data.Codes[0].ShortLabel;
        Assert.Equal(Hash(label), Hash(label.ToUpperInvariant()));
        Assert.Equal(64, Hash(label).Length);
    }

    static string Hash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToLowerInvariant())));

    [Fact]
    public void Medicare_figures_name_their_source_and_year()
    {
        foreach (var figure in Data.Codes.SelectMany(c => c.Medicare))
        {
            Assert.Contains(figure.Year, (int[])[2025, 2026]);
            Assert.Contains("CMS", figure.Source, StringComparison.Ordinal);
            Assert.Contains(figure.Year == 2025 ? "RVU25D" : "RVU26C", figure.Source, StringComparison.Ordinal);
            Assert.Equal(figure.Year == 2025 ? 32.3465m : 33.4009m, figure.ConversionFactor);
            Assert.Equal(figure.Year == 2025 ? null : "nonQPP", figure.Variant);
        }
        var myelogram = Data.Codes.Single(c => c.Id == "62302").Medicare;
        Assert.Equal(7.47m, myelogram.Single(m => m.Year == 2025 && m.Modifier is null).NonFacilityTotal);
        Assert.Equal((2.23m, 7.33m, 3.06m), myelogram.Where(m => m.Year == 2026 && m.Modifier is null).Select(m => (m.Work!.Value, m.NonFacilityTotal!.Value, m.FacilityTotal!.Value)).Single());
    }

    [Fact]
    public void Every_code_ships_its_CY2026_figures_whose_totals_add_up()
    {
        foreach (var code in Data.Codes)
        {
            var rows = code.Medicare.Where(m => m.Year == 2026).ToList();
            Assert.True(rows.Count > 0, $"{code.Id} has no CY2026 figures");
            Assert.Equal(code.PcTcIndicator == "1" ? [null, "26", "TC"] : new string?[] { null }, rows.Select(r => r.Modifier));
            foreach (var row in rows)
            {
                if (row.NonFacilityPe is { } nonFacility)
                    Assert.Equal(row.NonFacilityTotal, row.Work + nonFacility + row.Malpractice);
                if (row.FacilityPe is { } facility)
                    Assert.Equal(row.FacilityTotal, row.Work + facility + row.Malpractice);
            }
        }
    }

    [Fact]
    public void Every_code_ships_its_practitioner_MUE_of_the_2026_04_01_quarter()
    {
        foreach (var code in Data.Codes)
        {
            var mue = Assert.Single(code.Mues);
            Assert.Equal(new DateOnly(2026, 4, 1), mue.EffectiveFrom);
            Assert.Equal("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", mue.File);
            Assert.Contains(mue.AdjudicationIndicator, (string[])["2", "3"]);
        }
        // Two spot checks against the CMS file: 62270 allows two, the S&I codes are date-of-service policy edits.
        Assert.Equal((2, "3"), Data.Codes.Single(c => c.Id == "62270").Mues.Select(m => (m.Value, m.AdjudicationIndicator)).Single());
        Assert.Equal((1, "2", "Code Descriptor / CPT Instruction"), Data.Codes.Single(c => c.Id == "72270").Mues.Select(m => (m.Value, m.AdjudicationIndicator, m.Rationale)).Single());
    }
}
