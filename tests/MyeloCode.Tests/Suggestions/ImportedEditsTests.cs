using MyeloCode.Catalogue;
using MyeloCode.Import;
using MyeloCode.Suggestions;
using static MyeloCode.Tests.Suggestions.SuggestionTestData;

namespace MyeloCode.Tests.Suggestions;

/// <summary>NCCI PTP edits and MUE values imported from CMS files, built by hand here, change the answer and say so.</summary>
public sealed class ImportedEditsTests
{
    static readonly ImportRecord PtpFile = new() { Id = 7, Kind = "ptp", FileName = "ccipra-v321r0-f1.txt", Sha256 = "x", DataVersion = "2026Q1" };
    // Of the shipped MUE quarter (2026-04-01), so it takes the place of the shipped values whole.
    static readonly ImportRecord MueFile = new() { Id = 8, Kind = "mue", FileName = "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", Sha256 = "y" };

    static PtpEdit Edit(string column1, string column2, int indicator = 0, DateOnly? deleted = null) => new()
    {
        Column1 = column1, Column2 = column2, EffectiveDate = new DateOnly(2018, 1, 1), DeletionDate = deleted,
        ModifierIndicator = indicator, Rationale = "Standards of medical/surgical services", ImportId = PtpFile.Id,
    };

    static MueValue Mue(string code, int value) => new()
    {
        Code = code, Value = value, AdjudicationIndicator = "2 Date of Service Edit: Policy", Rationale = "Code descriptor / CPT instruction", ImportId = MueFile.Id,
    };

    [Fact]
    public void An_edit_between_two_suggested_codes_is_named_in_the_rationale_and_warned_about()
    {
        var catalogue = With(edits: [Edit("62305", "72126", indicator: 1)], imports: [PtpFile]);

        var suggestion = Suggest("cervical,thoracic", "lumbar", "both", "cervical", catalogue);

        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Imported
            && n.Text == "NCCI PTP edit (imported, file ccipra-v321r0-f1.txt, 2026Q1): 72126 is column 2 to 62305 (Standards of medical/surgical services), modifier indicator 1.");
        Assert.Contains(suggestion.Warnings, n => n.Evidence == Evidence.Imported && n.Text.Contains("only with an NCCI-associated modifier", StringComparison.Ordinal));
        Assert.Equal(["62305", "72126"], suggestion.Codes.Select(c => c.Code));
    }

    [Fact]
    public void An_edit_with_another_catalogue_code_puts_it_under_do_not_report()
    {
        var catalogue = With(edits: [Edit("62284", "62328")], imports: [PtpFile]);

        var suggestion = Suggest("", "lumbar", "injecting", "lumbosacral", catalogue);

        var exclusion = Assert.Single(suggestion.DoNotReport, e => e.Code == "62328");
        Assert.Contains(exclusion.Reasons, r => r.Evidence == Evidence.Imported && r.Text.StartsWith("NCCI PTP edit (imported, file ccipra-v321r0-f1.txt, 2026Q1): 62328 is column 2 to 62284", StringComparison.Ordinal));
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Imported && n.Text.EndsWith("62328 is listed under do not report.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_imported_edit_settles_the_unconfirmed_77003_question()
    {
        var catalogue = With(edits: [Edit("62284", "77003")], imports: [PtpFile]);

        var suggestion = Suggest("", "lumbar", "injecting", "lumbosacral", catalogue);

        Assert.DoesNotContain(suggestion.Warnings, n => n.Text.Contains("(77003) may be reported with 62284", StringComparison.Ordinal));
        Assert.DoesNotContain(suggestion.Warnings, n => n.Text.StartsWith("No NCCI PTP file is imported", StringComparison.Ordinal));
        Assert.Contains(Assert.Single(suggestion.DoNotReport, e => e.Code == "77003").Reasons, r => r.Evidence == Evidence.Imported);
    }

    [Fact]
    public void Deleted_edits_and_edits_with_indicator_9_are_ignored()
    {
        var catalogue = With(edits: [Edit("62305", "72126", deleted: new DateOnly(2020, 12, 31)), Edit("62305", "72129", indicator: 9)], imports: [PtpFile]);

        var suggestion = Suggest("cervical,thoracic", "lumbar", "both", "cervical,thoracic", catalogue);

        Assert.DoesNotContain(suggestion.Warnings, n => n.Evidence == Evidence.Imported);
        Assert.Contains(suggestion.Rationale, n => n.Text == "NCCI PTP edits (imported, file ccipra-v321r0-f1.txt, 2026Q1) checked: none pairs a suggested code with another myelography code.");
    }

    [Fact]
    public void Edits_with_codes_outside_the_catalogue_are_left_out()
    {
        var catalogue = With(edits: [Edit("62284", "99213")], imports: [PtpFile]);

        var suggestion = Suggest("", "lumbar", "injecting", "lumbosacral", catalogue);

        Assert.DoesNotContain(suggestion.DoNotReport, e => e.Code == "99213");
    }

    [Fact]
    public void An_imported_MUE_is_named_in_the_rationale()
    {
        var catalogue = With(mues: [Mue("62304", 1)], imports: [MueFile]);

        var suggestion = Suggest("lumbosacral", "lumbar", "both", "lumbosacral", catalogue);

        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Imported
            && n.Text == "MUE (imported, file MCR_MUE_PractitionerServices_Eff_04-01-2026.csv): at most 1 unit of 62304 (2 Date of Service Edit: Policy; Code descriptor / CPT instruction); 1 suggested.");
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Unconfirmed && n.Text.StartsWith("1 unit for 72132:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_imported_MUE_caps_the_units()
    {
        var catalogue = With(mues: [Mue("72132", 0)], imports: [MueFile]);

        var suggestion = Suggest("lumbosacral", "lumbar", "both", "lumbosacral", catalogue);

        Assert.Equal(0, Assert.Single(suggestion.Codes, c => c.Code == "72132").Units);
        Assert.Contains(suggestion.Warnings, n => n.Evidence == Evidence.Imported && n.Text.Contains("72132 allows 0 units", StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_from_an_import_without_its_record_names_the_import_number()
    {
        var catalogue = With(edits: [Edit("62305", "72126")]);

        var suggestion = Suggest("cervical,thoracic", "lumbar", "both", "cervical", catalogue);

        Assert.Contains(suggestion.Rationale, n => n.Text.StartsWith("NCCI PTP edit (imported, import 7):", StringComparison.Ordinal));
    }
}
