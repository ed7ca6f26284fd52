using Microsoft.EntityFrameworkCore;
using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Import;

public sealed class MueFileTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_good_file_stores_catalogue_codes_with_the_indicator_digit_and_the_effective_date_of_its_name()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.Mue, database.Write(MueName, GoodMue));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.Open();
        var values = await db.MueValues.OrderBy(m => m.Code).ToListAsync(Ct);
        Assert.Equal(["62302|1|2|Code Descriptor / CPT Instruction", "72240|1|3|Clinical: Anatomic Consideration"],
            values.Select(m => $"{m.Code}|{m.Value}|{m.AdjudicationIndicator}|{m.Rationale}"));
        var record = await db.Imports.SingleAsync(Ct);
        Assert.Equal((ImportKinds.Mue, 4, 2, 2, "2026-01-01"), (record.Kind, record.RowsRead, record.RowsStored, record.RowsSkipped, record.DataVersion));
    }

    [Fact]
    public async Task A_header_on_one_line_is_fine()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var content = Lines(["HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale", MueRow("62302")]);

        var result = await database.ImportAsync(ImportKind.Mue, database.Write(MueName, content));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(new DateOnly(2026, 1, 1), Assert.Single(result.Records).EffectiveFrom);
    }

    [Fact]
    public async Task A_column_not_known_is_left_out_and_named()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var content = Lines([.. MueTitle, "\"Notes\"," + MueHeader, "x," + MueRow("62302", "3")]);

        var result = await database.ImportAsync(ImportKind.Mue, database.Write(MueName, content));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(["ignored column 1 'Notes'"], Assert.Single(result.Validation.Files).Notes);
        await using var db = database.Open();
        Assert.Equal(("62302", 3), await db.MueValues.Select(m => ValueTuple.Create(m.Code, m.Value)).SingleAsync(Ct));
    }

    // MUE files hold no dates: without the effective date in the name, the quarter they apply to is unknown.
    [Fact]
    public async Task A_name_without_the_effective_date_is_rejected()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.Mue, database.Write("mue.csv", GoodMue));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(("mue.csv", 0), (error.File, error.Line));
        Assert.StartsWith("the file name does not give the effective date (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv", error.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        { "wrong column count", Mue(MueRows[0], MueRow("62303") + ",extra"), 6, "5 columns, expected 4 as in the header." },
        { "bad code", Mue(MueRow("62-03")), 5, "'62-03' is not a CPT/HCPCS code" },
        { "bad number", Mue(MueRow("62303", "one")), 5, "MUE value 'one' is not a whole number of units." },
        { "negative number", Mue(MueRow("62303", "-1")), 5, "MUE value '-1' is not a whole number of units." },
        { "bad indicator", Mue(MueRow("62303", indicator: "4 Something else")), 5, "adjudication indicator '4 Something else' does not start with 1, 2 or 3." },
        { "outpatient hospital file", Lines([.. MueTitle, MueHeader.Replace("Practitioner Services", "Outpatient Hospital Services", StringComparison.Ordinal), .. MueRows]), 3, "is not the practitioner file" },
        { "a required column missing", Lines([.. MueTitle, MueHeader.Replace("MUE Rationale", "MUE Reason", StringComparison.Ordinal), .. MueRows]), 3, "wrong header: no column 'MUE Rationale'" },
        { "rows narrower than the header", Lines([.. MueTitle, MueHeader + ",\"Notes\"", MueRows[0] + ",x", MueRows[1]]), 6, "4 columns, expected 5 as in the header." },
        { "no header", Lines([.. MueTitle, .. MueRows]), 0, "wrong header: no 'HCPCS/CPT Code' header row" },
        { "duplicate code", Mue(MueRow("62302"), MueRow("62302", "2")), 6, "duplicate code 62302: already on line 5." },
        { "unclosed quote", Mue(MueRow("62302"), "62303,1,\"2 Date of Service Edit: Policy,Nature"), 6, "a quoted field is never closed." },
        { "text after a closing quote", Mue("62303,1,\"2 Date\"x,Nature"), 5, "unexpected 'x' after the closing quote" },
        { "no rows", Mue(), 0, "no MUE rows after the header." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_rejected_with_file_line_and_reason_and_the_database_is_unchanged(string _, string content, int line, string reason)
    {
        await AssertRejectedAsync(ImportKind.Mue, MueName, content, line, reason);
    }
}
