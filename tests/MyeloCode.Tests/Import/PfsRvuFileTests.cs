using Microsoft.EntityFrameworkCore;
using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Import;

public sealed class PfsRvuFileTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_good_file_stores_the_catalogue_codes_rows_with_the_files_year()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.CmsRvu, database.Write(PfsName, GoodPfs));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.Open();
        var rows = await db.PfsRvus.OrderBy(r => r.Code).ThenBy(r => r.Modifier).ToListAsync(Ct);
        Assert.Equal(["61055", "62302", "72240", "72240", "72240"], rows.Select(r => r.Code));
        Assert.All(rows, r => Assert.Equal(2025, r.Year));
        var myelogram = rows.Single(r => r.Code == "62302");
        Assert.Equal((2.29m, 4.97m, 1.03m, 0.21m, 7.47m, 3.53m), (myelogram.Work, myelogram.NonFacilityPe, myelogram.FacilityPe, myelogram.Malpractice, myelogram.NonFacilityTotal, myelogram.FacilityTotal));
        Assert.Equal(("A", "0", "000", "2", "0", "1", "0", "0"), (myelogram.Status, myelogram.PcTcIndicator, myelogram.GlobalPeriod, myelogram.MultipleProcedure, myelogram.Bilateral, myelogram.AssistantSurgery, myelogram.CoSurgery, myelogram.TeamSurgery));
        Assert.Equal((32.3465m, "09", "99"), (myelogram.ConversionFactor, myelogram.PhysicianSupervision, myelogram.DiagnosticImagingFamily));
        Assert.Null(myelogram.Modifier);
        Assert.Equal(["26", "TC"], rows.Where(r => r.Code == "72240" && r.Modifier is not null).Select(r => r.Modifier));
        var record = await db.Imports.SingleAsync(Ct);
        Assert.Equal((ImportKinds.CmsRvu, PfsName, 8, 5, 3, "2025, October release (RVU25D), released 09/11/2025"),
            (record.Kind, record.FileName, record.RowsRead, record.RowsStored, record.RowsSkipped, record.DataVersion));
    }

    [Fact]
    public async Task NA_in_a_settings_indicator_leaves_that_settings_PE_and_total_empty()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        await database.ImportAsync(ImportKind.CmsRvu, database.Write(PfsName, GoodPfs));

        await using var db = database.Open();
        var cisternal = await db.PfsRvus.SingleAsync(r => r.Code == "61055", Ct);
        Assert.Equal((null, null, 1.03m, 3.53m), (cisternal.NonFacilityPe, cisternal.NonFacilityTotal, cisternal.FacilityPe, cisternal.FacilityTotal));
        var technical = await db.PfsRvus.SingleAsync(r => r.Code == "72240" && r.Modifier == "TC", Ct);
        Assert.Equal((4.97m, null, null, "03"), (technical.NonFacilityPe, technical.FacilityPe, technical.FacilityTotal, technical.PhysicianSupervision));
    }

    [Fact]
    public async Task The_CY2026_layout_imports_by_column_name_and_names_the_column_it_does_not_read()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var file = Pfs2026(Pfs2026Row("62302", "", (5, "2.23"), (6, "4.88"), (8, "0.61"), (10, "0.22"), (11, "7.33"), (12, "3.06"), (24, "33.4009")), Pfs2026Row("99213", "", (14, "XXX")));

        var result = await database.ImportAsync(ImportKind.CmsRvu, database.Write("PPRRVU2026_Jul_nonQPP.csv", file));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(["ignored column 24 'PRIC IND'"], Assert.Single(result.Validation.Files).Notes);
        Assert.Equal("2026, July release (RVU26C), non-QPP conversion factor, released 06/30/2026", Assert.Single(result.Records).DataVersion);
        await using var db = database.Open();
        var row = await db.PfsRvus.SingleAsync(Ct);
        Assert.Equal((2026, "nonQPP", 2.23m, 4.88m, 0.61m, 0.22m, 7.33m, 3.06m, 33.4009m),
            (row.Year, row.Variant, row.Work, row.NonFacilityPe, row.FacilityPe, row.Malpractice, row.NonFacilityTotal, row.FacilityTotal, row.ConversionFactor));
        Assert.Equal(("0", "000", "2", "0", "09", "99"), (row.PcTcIndicator, row.GlobalPeriod, row.MultipleProcedure, row.TeamSurgery, row.PhysicianSupervision, row.DiagnosticImagingFamily));
    }

    [Fact]
    public async Task A_further_unknown_column_anywhere_is_left_out_and_named()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        // A made-up later column "NEW FLAG" between MP RVU and NON-FACILITY TOTAL, stacked over two rows.
        static string Insert(string line, string value) => string.Join(',', line.Split(',').Take(11).Append(value).Concat(line.Split(',').Skip(11)));
        string[] header = [.. Pfs2026Header[..3].Select(h => Insert(h, "")), Insert(Pfs2026Header[3], "NEW"), Insert(Pfs2026Header[4], "FLAG")];
        var file = Lines([.. Pfs2026Title, .. header, Insert(Pfs2026Row("62302", "", (5, "2.23"), (11, "7.33")), "Y")]);

        var result = await database.ImportAsync(ImportKind.CmsRvu, database.Write("PPRRVU2026_Jul_nonQPP.csv", file));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(["ignored column 12 'NEW FLAG'", "ignored column 25 'PRIC IND'"], Assert.Single(result.Validation.Files).Notes);
        await using var db = database.Open();
        var row = await db.PfsRvus.SingleAsync(Ct);
        Assert.Equal((2.23m, 7.33m, 3.53m), (row.Work, row.NonFacilityTotal, row.FacilityTotal));
    }

    [Fact]
    public async Task A_years_QPP_and_non_QPP_files_are_kept_side_by_side_and_each_replaces_only_its_own()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        string File(string factor, string work) => Pfs2026(Pfs2026Row("62302", "", (5, work), (24, factor)));

        await database.ImportAsync(ImportKind.CmsRvu, database.Write("PPRRVU2026_Jul_nonQPP.csv", File("33.4009", "2.23")));
        await database.ImportAsync(ImportKind.CmsRvu, database.Write("PPRRVU2026_Jul_QPP.csv", File("33.5000", "2.23")));
        var again = await database.ImportAsync(ImportKind.CmsRvu, database.Write("PPRRVU2026_Jul_QPP.csv", File("33.6000", "2.23")));

        Assert.Equal(ImportOutcome.Imported, again.Outcome);
        await using var db = database.Open();
        Assert.Equal([("QPP", 33.6000m), ("nonQPP", 33.4009m)],
            (await db.PfsRvus.ToListAsync(Ct)).OrderBy(r => r.Variant, StringComparer.Ordinal).Select(r => (r.Variant, r.ConversionFactor!.Value)));
    }

    [Fact]
    public async Task The_year_comes_from_the_file_name_when_the_title_has_none()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var untitled = Lines([Title("Relative value file"), .. PfsHeader, PfsRow("62302")]);

        var result = await database.ImportAsync(ImportKind.CmsRvu, database.Write("PPRRVU2026_Jan_QPP.csv", untitled));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal("2026, January release (RVU26A), QPP (qualifying APM participants) conversion factor", Assert.Single(result.Records).DataVersion);
        await using var db = database.Open();
        Assert.Equal(2026, (await db.PfsRvus.SingleAsync(Ct)).Year);
    }

    static string Title(string text) => ",," + text + new string(',', 28);

    static string DropColumn10(string line) => string.Join(',', line.Split(',').Where((_, i) => i != 10));

    public static TheoryData<string, string, string, int, string> BadFiles => new()
    {
        { "wrong column count", PfsName, Pfs(PfsRows[0], PfsRow("62303") + ",extra"), 12, "32 columns, expected 31 as in the header." },
        { "bad code", PfsName, Pfs(PfsRow("6230")), 11, "'6230' is not a CPT/HCPCS code" },
        { "bad number", PfsName, Pfs(PfsRow("62303", "", (5, "2.2x"))), 11, "column 6 (WORK RVU): '2.2x' is not a number." },
        { "bad modifier", PfsName, Pfs(PfsRow("72240", "2-6")), 11, "column 2 (MOD): '2-6' is not a two-character modifier." },
        { "bad global period", PfsName, Pfs(PfsRow("62303", "", (14, "999"))), 11, "column 15 (GLOB DAYS): '999' is not one of" },
        { "bad NA indicator", PfsName, Pfs(PfsRow("62303", "", (7, "N/A"))), 11, "column 8 (NON-FAC NA INDICATOR): 'N/A' is neither NA nor empty." },
        { "bad PC/TC indicator", PfsName, Pfs(PfsRow("62303", "", (13, "12"))), 11, "column 14 (PCTC IND): '12' is not one digit." },
        { "wrong header name", PfsName, Lines([.. PfsTitle, .. PfsHeader[..4], PfsHeader[4].Replace("DAYS", "DAYZ", StringComparison.Ordinal), PfsRow("62302")]), 10, "wrong header: no column 'GLOB DAYS'" },
        { "rows narrower than the header", PfsName, Lines([.. PfsTitle, .. PfsHeader[..4], PfsHeader[4] + ",EXTRA", PfsRow("62302")]), 11, "31 columns, expected 32 as in the header." },
        { "a required column missing", PfsName, Lines([.. PfsTitle, .. PfsHeader.Select(DropColumn10), DropColumn10(PfsRow("62302"))]), 10, "wrong header: no column 'MP RVU'" },
        { "no header", PfsName, Lines([.. PfsTitle, .. PfsRows]), 0, "no header row starting HCPCS,MOD,DESCRIPTION" },
        { "header too late", PfsName, Lines([.. Enumerable.Repeat(Title("title"), 25), .. PfsHeader, .. PfsRows]), 20, "no header row starting HCPCS,MOD,DESCRIPTION in the first 20 rows" },
        { "duplicate row", PfsName, Pfs(PfsRow("72240", "26"), PfsRow("72240", "26")), 12, "duplicate row for 72240-26: already on line 11." },
        { "year of title and name differ", "PPRRVU2026_Oct.csv", GoodPfs, 1, "the title line says 2025 but the file name says 2026." },
        { "no year anywhere", "rvu.csv", Lines([Title("Relative value file"), .. PfsHeader, PfsRow("62302")]), 1, "the year is neither in the title line" },
        { "release of title and name differ", "PPRRVU2025_Jul.csv", GoodPfs, 1, "the title line says the October release but the file name says Jul." },
        { "unclosed quote", PfsName, Pfs(PfsRow("62302"), PfsRow("62303", "", (2, "\"Test text"))), 12, "a quoted field is never closed." },
        { "no rows", PfsName, Pfs(), 0, "no rows after the header." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_rejected_with_file_line_and_reason_and_the_database_is_unchanged(
        string _, string name, string content, int line, string reason)
    {
        await AssertRejectedAsync(ImportKind.CmsRvu, name, content, line, reason);
    }
}
