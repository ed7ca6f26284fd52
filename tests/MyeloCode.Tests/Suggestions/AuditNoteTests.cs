using MyeloCode.Catalogue;
using MyeloCode.Import;
using MyeloCode.Suggestions;
using static MyeloCode.Tests.Suggestions.SuggestionTestData;

namespace MyeloCode.Tests.Suggestions;

public sealed class AuditNoteTests
{
    static readonly DateOnly Day = new(2026, 12, 1);

    static (Suggestion Suggestion, string[] Lines) Write(SuggestionQuery query, CatalogueSnapshot? catalogue = null)
    {
        Assert.True(SuggestionRequest.TryParse(query, out var request, out _));
        var suggestion = SuggestionRules.Suggest(request, catalogue ?? Snapshot);
        return (suggestion, AuditNote.Write(request, suggestion, catalogue ?? Snapshot, Day).Split('\n'));
    }

    [Fact]
    public void The_note_starts_with_the_date_and_the_case_as_answered()
    {
        var (_, lines) = Write(new("thoracic", "c1c2", "technical", "thoracic", "office", "discontinued", "", "thoracic"));

        Assert.Equal("MyeloCode audit note, 2026-12-01", lines[0]);
        Assert.Equal("Case: regions thoracic; route c1c2; billing technical; setting office; outcome discontinued; ct thoracic; ctBefore thoracic; ctReader other", lines[1]);
    }

    [Fact]
    public void Each_decision_is_one_line_with_its_evidence_mark()
    {
        var (suggestion, lines) = Write(new("cervical", "c1c2", "both", "cervical"));

        Assert.Equal(["Claim line 1: 61055 x 1 unit (" + Snapshot.ById["61055"].ShortLabel + ") [C]", "Claim line 2: 72240-26 x 1 unit (" + Snapshot.ById["72240"].ShortLabel + ") [C]"], lines[2..4]);
        Assert.Equal(suggestion.Rationale.Select(n => $"Reason {n.Evidence.Mark()}: {n.Text}"), lines.Where(l => l.StartsWith("Reason ", StringComparison.Ordinal)));
        Assert.Equal(suggestion.Warnings.Select(n => $"Check {n.Evidence.Mark()}: {n.Text}"), lines.Where(l => l.StartsWith("Check ", StringComparison.Ordinal)));
        Assert.Equal(suggestion.DoNotReport.Sum(e => e.Reasons.Count), lines.Count(l => l.StartsWith("Do not report ", StringComparison.Ordinal)));
        Assert.Contains("Do not report 62302 [C]: 62302 bundles a lumbar injection only, so it is not used when contrast goes in at C1-C2 or the cistern.", lines);
        Assert.Contains(lines, l => l.StartsWith("Check UNCONFIRMED: Check the current CPT notes and NCCI edits before reporting 77003 with 61055", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_imports_the_note_names_the_shipped_releases_and_what_is_not_imported()
    {
        var (_, lines) = Write(new("lumbosacral", "lumbar", "both", "lumbosacral"));

        Assert.Equal("Rests on: MyeloCode catalogue revision 1 loaded 1970-01-01; Medicare figures CY2026 (shipped with MyeloCode: CMS Physician Fee Schedule "
            + "relative value file, CY2026 July release (RVU26C, released 06/30/2026), non-QPP file PPRRVU2026_Jul_nonQPP.csv); NCCI PTP: not imported; "
            + "MUE: MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (2026-04-01), shipped with MyeloCode, in force from 2026-04-01", lines[^2]);
        Assert.StartsWith("Marks: [C] confirmed", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_files_are_named_with_their_version()
    {
        ImportRecord ptp = new() { Id = 3, Kind = ImportKinds.NcciPtp, FileName = "ccipra-v321r0-f1.txt", Sha256 = "x", DataVersion = "2026Q1" };
        // The shipped MUE quarter is 2026-04-01: a file of that quarter takes its place.
        ImportRecord mue = new() { Id = 4, Kind = ImportKinds.Mue, FileName = "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", Sha256 = "y" };
        var catalogue = With(edits: [new PtpEdit { Column1 = "62304", Column2 = "62284", EffectiveDate = new DateOnly(2018, 1, 1), ModifierIndicator = 0, Rationale = "Misuse", ImportId = 3 }],
            mues: [new MueValue { Code = "62304", Value = 1, AdjudicationIndicator = "2 Date of Service Edit: Policy", Rationale = "Nature of service", ImportId = 4 }],
            imports: [ptp, mue]);

        var (_, lines) = Write(new("lumbosacral", "lumbar", "both", ""), catalogue);

        Assert.Contains("NCCI PTP: ccipra-v321r0-f1.txt (2026Q1), in force from 2026-04-01; MUE: MCR_MUE_PractitionerServices_Eff_04-01-2026.csv, in force from 2026-04-01", lines[^2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Do not report 62284 CMS file: NCCI PTP edit (imported, file ccipra-v321r0-f1.txt, 2026Q1)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_in_a_later_quarter_than_the_shipped_MUE_file_says_so()
    {
        var (_, lines) = Write(new("", "c1c2", "both", "cervical", CtBefore: "cervical"), Snapshot.On(new DateOnly(2026, 11, 2)));

        Assert.Contains("Medicare figures CY2026", lines[^2], StringComparison.Ordinal);
        Assert.EndsWith("in force from 2026-04-01 (MUE values of the 2026-04-01 quarter; later quarters not loaded)", lines[^2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Claim line 2: 72127-26 x 1 unit", StringComparison.Ordinal) && l.EndsWith("UNCONFIRMED", StringComparison.Ordinal));
    }
}
