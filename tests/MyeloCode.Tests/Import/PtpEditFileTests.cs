using Microsoft.EntityFrameworkCore;
using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Import;

public sealed class PtpEditFileTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Edits_touching_a_catalogue_code_in_either_column_are_kept_with_their_dates()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.NcciPtp, database.Write(PtpName, GoodPtp));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.Open();
        var edits = await db.PtpEdits.OrderBy(e => e.Column1).ThenBy(e => e.Column2).ToListAsync(Ct);
        Assert.Equal(["22551/62302", "62302/62284", "62302/77003"], edits.Select(e => $"{e.Column1}/{e.Column2}"));
        var active = edits[1];
        Assert.Equal((new DateOnly(2018, 1, 1), (DateOnly?)null, 0, false, "Misuse of column two code with column one code"),
            (active.EffectiveDate, active.DeletionDate, active.ModifierIndicator, active.InExistencePriorTo1996, active.Rationale));
        var deleted = edits[0];
        Assert.Equal((new DateOnly(1996, 1, 1), (DateOnly?)new DateOnly(2017, 12, 31), 1, true),
            (deleted.EffectiveDate, deleted.DeletionDate, deleted.ModifierIndicator, deleted.InExistencePriorTo1996));
        var record = await db.Imports.SingleAsync(Ct);
        Assert.Equal((ImportKinds.NcciPtp, 5, 3, 2, "v321r0"), (record.Kind, record.RowsRead, record.RowsStored, record.RowsSkipped, record.DataVersion));
    }

    [Fact]
    public async Task Columns_are_found_by_name_and_one_not_known_is_named()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var content = Lines([.. PtpTitle, PtpHeader + "\tSource", PtpRow("62302", "62284") + "\tx"]);

        var result = await database.ImportAsync(ImportKind.NcciPtp, database.Write(PtpName, content));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(["ignored column 8 'Source'"], Assert.Single(result.Validation.Files).Notes);
    }

    [Fact]
    public async Task A_header_spread_over_label_rows_is_read()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var stacked = Lines([
            .. PtpTitle,
            "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale",
            "\t\t\t\t\t0=not allowed\t",
            "\t\t\t\t*=no data\t1=allowed\t",
            "\t\t\t\t\t9=not applicable\t",
            .. PtpRows]);

        var result = await database.ImportAsync(ImportKind.NcciPtp, database.Write(PtpName, stacked));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(3, Assert.Single(result.Records).RowsStored);
    }

    [Fact]
    public async Task The_parts_of_a_release_go_in_together_and_the_earlier_version_stays()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportGoodAsync(ImportKind.NcciPtp);
        var part1 = database.Write("ccipra-v322r0-f1.txt", Ptp(PtpRow("62302", "62284")));
        var part4 = database.Write("ccipra-v322r0-f4.txt", Ptp(PtpRow("72240", "77003", modifier: "1")));

        var result = await database.ImportAsync(ImportKind.NcciPtp, part1, part4);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Single(result.Records.Select(r => r.ImportedAt).Distinct());
        await using var db = database.Open();
        var july = new DateOnly(2026, 7, 1);
        Assert.Equal(["62302/62284", "72240/77003"], await db.PtpEdits.Where(e => e.VersionFrom == july).OrderBy(e => e.Column1).Select(e => e.Column1 + "/" + e.Column2).ToListAsync(Ct));
        Assert.Equal(3, await db.PtpEdits.CountAsync(e => e.VersionFrom == new DateOnly(2026, 4, 1), Ct));
        Assert.Equal(["v322r0", "v322r0"], result.Records.Select(r => r.DataVersion));
    }

    [Fact]
    public async Task Importing_fewer_parts_than_before_for_the_same_quarter_says_which_files_edits_are_gone()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportAsync(ImportKind.NcciPtp,
            database.Write("ccipra-v321r0-f1.txt", Ptp(PtpRow("62302", "62284"))), database.Write("ccipra-v321r0-f4.txt", Ptp(PtpRow("72240", "77003"))));

        var result = await database.ImportAsync(ImportKind.NcciPtp, database.Write("ccipra-v321r1-f1.txt", Ptp(PtpRow("62302", "62270"))));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.StartsWith("The edits of ccipra-v321r0-f4.txt are no longer stored", Assert.Single(result.Notes!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_edit_in_two_parts_is_a_duplicate_naming_both_files()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var part1 = database.Write("ccipra-v322r0-f1.txt", Ptp(PtpRow("62302", "62284")));
        var part2 = database.Write("ccipra-v322r0-f2.txt", Ptp(PtpRow("62302", "62284"), PtpRow("62303", "62284")));

        var result = await database.ImportAsync(ImportKind.NcciPtp, part1, part2);

        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(new ImportError("ccipra-v322r0-f2.txt", 7, "duplicate edit 62302/62284 effective 20180101: already on ccipra-v322r0-f1.txt line 7."), error);
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        { "wrong column count", Ptp(PtpRows[0], PtpRow("62303", "62284") + "\textra"), 8, "8 tab-separated columns, expected 7 as in the header." },
        { "bad code in column 1", Ptp(PtpRow("6230", "62284")), 7, "column 1: '6230' is not a CPT/HCPCS code" },
        { "bad code in column 2", Ptp(PtpRow("62302", "622 84")), 7, "column 2: '622 84' is not a CPT/HCPCS code" },
        { "bad effective date", Ptp(PtpRow("62302", "62284", effective: "20181301")), 7, "column 4 (effective date): '20181301' is not a date YYYYMMDD." },
        { "bad deletion date", Ptp(PtpRow("62302", "62284", deletion: "2018-12-31")), 7, "column 5 (deletion date): '2018-12-31' is not a date YYYYMMDD or *." },
        { "bad modifier indicator", Ptp(PtpRow("62302", "62284", modifier: "2")), 7, "column 6 (modifier indicator): '2' is not 0, 1 or 9." },
        { "bad 1996 mark", Ptp(PtpRow("62302", "62284", prior: "Y")), 7, "column 3 (in existence prior to 1996): 'Y' is neither * nor empty." },
        { "wrong header width", Lines([.. PtpTitle, "Column 1\tColumn 2\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale", .. PtpRows]), 6, "wrong header: no column '*=in existence prior to 1996'" },
        { "wrong header name", Lines([.. PtpTitle, PtpHeader.Replace("Effective Date", "Start", StringComparison.Ordinal), .. PtpRows]), 6, "wrong header: no column 'Effective Date'" },
        { "no header", Lines([.. PtpTitle, .. PtpRows]), 0, "wrong header: no row starting 'Column 1<TAB>Column 2'" },
        { "header too late", Lines([.. Enumerable.Repeat("title", 25), PtpHeader, .. PtpRows]), 20, "in the first 20 lines" },
        { "duplicate edit", Ptp(PtpRow("62302", "62284"), PtpRow("62302", "62284", modifier: "1")), 8, "duplicate edit 62302/62284 effective 20180101: already on line 7." },
        { "no rows", Ptp(), 0, "no edit rows after the header." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_rejected_with_file_line_and_reason_and_the_database_is_unchanged(string _, string content, int line, string reason)
    {
        await AssertRejectedAsync(ImportKind.NcciPtp, PtpName, content, line, reason);
    }
}
