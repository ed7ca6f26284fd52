using System.Text;
using Microsoft.EntityFrameworkCore;
using MyeloCode.Data;
using MyeloCode.Import;

namespace MyeloCode.Tests.Import;

/// <summary>
/// Small files in the real layouts of the AMA and CMS releases, written by the tests. Descriptor text is made up
/// ("Test long text for 62302"): never real licensed wording.
/// </summary>
public static class ImportFixtures
{
    public const string Crlf = "\r\n";

    // ---- CMS PFS relative value file (PPRRVU2025_Oct.csv) ----
    public const string PfsName = "PPRRVU2025_Oct.csv";

    static string Title(string text) => ",," + text + new string(',', 28);

    public static readonly string[] PfsTitle =
    [
        Title("2025 National Physician Fee Schedule Relative Value File October Release"),
        Title("CPT codes and descriptions only are copyright 2024 American Medical Association.  All Rights Reserved.  Applicable FARS/DFARS Apply. "),
        Title("Dental codes (D codes) are copyright 2025/26 American Dental Association.  All Rights Reserved."),
        Title(" "),
        Title("RELEASED 09/11/2025"),
    ];

    public static readonly string[] PfsHeader =
    [
        ",, , ,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,",
        ",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED",
        ",,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS",
        ",,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT",
        "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT",
    ];

    // ---- The CY2026 layout (PPRRVU2026_Jul_nonQPP.csv): 32 columns, PRIC IND after TEAM SURG; header rows as published ----
    public static readonly string[] Pfs2026Title =
    [
        Title("2026 National Physician Fee Schedule Relative Value File July Release") + ",",
        Title("Test copyright line of the CY2026 file") + ",",
        Title("Test dental codes line") + ",",
        new string(',', 31),
        Title("RELEASED 06/30/2026") + ",",
    ];

    public static readonly string[] Pfs2026Header =
    [
        ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,",
        ",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED",
        ",,,,FOR,,,NON-FAC,,FACILITY,,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,FOR OPPS",
        ",,,STATUS,MEDICARE,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,PRIC,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT",
        "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,IND,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT",
    ];

    /// <summary>A row of the CY2026 layout: <see cref="PfsRow"/>'s 31 columns (same indexes) with PRIC IND inserted as column 24.</summary>
    public static string Pfs2026Row(string code, string modifier = "", params (int Column, string Value)[] changes)
    {
        var fields = PfsRow(code, modifier, changes).Split(',').ToList();
        fields.Insert(23, "9");
        return string.Join(',', fields);
    }

    public static string Pfs2026(params string[] rows) => Lines([.. Pfs2026Title, .. Pfs2026Header, .. rows]);

    /// <summary>One data row; <paramref name="changes"/> set columns by 0-based index.</summary>
    public static string PfsRow(string code, string modifier = "", params (int Column, string Value)[] changes)
    {
        string[] row =
        [
            code, modifier, $"Test text {code}", "A", "", "2.29", "4.97", "", "1.03", "", "0.21", "7.47", "3.53", "0", "000",
            "0.00", "0.00", "0.00", "2", "0", "1", "0", "0", "", "32.3465", "09", "0", "99", "0.00", "0.00", "0.00",
        ];
        foreach (var (column, value) in changes)
            row[column] = value;
        return string.Join(',', row);
    }

    public static readonly string[] PfsRows =
    [
        PfsRow("0001F", "", (3, "I"), (5, "0.00"), (13, "9"), (14, "XXX")),
        PfsRow("61055", "", (6, "0.00"), (7, "NA"), (11, "0.00")),
        PfsRow("62302"),
        PfsRow("72240", "", (13, "1"), (14, "XXX"), (9, "NA"), (25, "03")),
        PfsRow("72240", "26", (13, "1"), (14, "XXX")),
        PfsRow("72240", "TC", (13, "1"), (14, "XXX"), (5, "0.00"), (9, "NA"), (25, "03")),
        PfsRow("99213", "", (14, "XXX")),
        PfsRow("G0453", "", (14, "XXX")),
    ];

    public static string Pfs(params string[] rows) => Lines([.. PfsTitle, .. PfsHeader, .. rows]);

    public static string GoodPfs => Pfs(PfsRows);

    // ---- NCCI practitioner PTP edits (ccipra-v321r0-f1.txt) ----
    public const string PtpName = "ccipra-v321r0-f1.txt";
    public const string PtpHeader =
        "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale";

    public static readonly string[] PtpTitle =
    [
        "CPT codes, descriptions and other data only are copyright 2024 American Medical Association. All rights reserved.",
        "CPT is a registered trademark of the American Medical Association.",
        "Applicable FARS/DFARS restrictions apply to government use.",
        "",
        "Medicare NCCI Practitioner PTP Edits",
    ];

    public static string PtpRow(string column1, string column2, string prior = "", string effective = "20180101", string deletion = "*",
        string modifier = "0", string rationale = "Misuse of column two code with column one code") =>
        string.Join('\t', column1, column2, prior, effective, deletion, modifier, rationale);

    public static readonly string[] PtpRows =
    [
        PtpRow("62302", "62284"),
        PtpRow("62302", "77003", modifier: "1", rationale: "Standards of medical/surgical services"),
        PtpRow("22551", "62302", prior: "*", effective: "19960101", deletion: "20171231", modifier: "1", rationale: "Mutually exclusive procedures"),
        PtpRow("22551", "22845", modifier: "9", rationale: "Standards of medical/surgical services"),
        PtpRow("99213", "36415", modifier: "1", rationale: "Standards of medical/surgical services"),
    ];

    public static string Ptp(params string[] rows) => Lines([.. PtpTitle, PtpHeader, .. rows]);

    public static string GoodPtp => Ptp(PtpRows);

    // ---- Practitioner MUE file (MCR_MUE_PractitionerServices_Eff_01-01-2026.csv) ----
    public const string MueName = "MCR_MUE_PractitionerServices_Eff_01-01-2026.csv";
    public const string MueHeader = "\"HCPCS/\r\nCPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\",\"MUE Rationale\"";

    public static readonly string[] MueTitle =
    [
        "\"CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved.\",,,",
        "\"Applicable FARS/DFARS restrictions apply to government use, \"\"as stated\"\".\",,,",
    ];

    public static string MueRow(string code, string value = "1", string indicator = "2 Date of Service Edit: Policy", string rationale = "Code Descriptor / CPT Instruction") =>
        $"{code},{value},\"{indicator}\",\"{rationale}\"";

    public static readonly string[] MueRows =
    [
        MueRow("0001F"),
        MueRow("62302"),
        MueRow("72240", indicator: "3 Date of Service Edit: Clinical", rationale: "Clinical: Anatomic Consideration"),
        MueRow("99213", "2", "1 Line Edit", "Nature of Service"),
    ];

    public static string Mue(params string[] rows) => Lines([.. MueTitle, MueHeader, .. rows]);

    public static string GoodMue => Mue(MueRows);

    // ---- AMA CPT data files ----
    public static readonly string[] AmaHeader =
    [
        "Test licence header: to purchase additional CPT 2026 products, contact the publisher.",
        "",
        "To request a licence for distribution of products with CPT content, see the publisher's site.",
        "",
    ];

    public static string LongRow(string code, string? text = null) => $"{code}\t{text ?? $"Test long text for {code}"}";

    public static string Longult(params string[] rows) => Lines([.. AmaHeader, .. rows]);

    public static string GoodLongult => Longult(LongRow("00100"), LongRow("62302"), LongRow("62303"), LongRow("0042T"));

    public static string FixedRow(string code, string text) => $"{code} {text}";

    public static string Medu(params string[] rows) => Lines([.. AmaHeader, .. rows]);

    public static string GoodMedu => Medu(FixedRow("00100", "TEST MEDIUM TEXT 00100"), FixedRow("62302", "TEST MEDIUM TEXT 62302"));

    public static string GoodShortu => Medu(FixedRow("00100", "TEST SHORT 00100"), FixedRow("62302", "TEST SHORT 62302"));

    public const string ConsumerHeader = "Concept Id\tCPT Code\tConsumer Friendly Descriptor";

    public static string ConsumerRow(string conceptId, string code, string? text = null) => $"{conceptId}\t{code}\t{text ?? $"Test plain words for {code}"}";

    public static string Consumer(params string[] rows) => Lines([ConsumerHeader, .. rows]);

    public static string GoodConsumer => Consumer(ConsumerRow("1002798", "00100"), ConsumerRow("1009999", "62302"));

    public static string Lines(IEnumerable<string> lines) => string.Join(Crlf, lines) + Crlf;

    // ---- Writing and importing ----

    /// <summary>Writes <paramref name="content"/> under its own sub-folder, so a bad file can keep the good one's name.</summary>
    public static string Write(this TestDatabase database, string name, string content, Encoding? encoding = null) =>
        database.Write(name, (encoding ?? new UTF8Encoding(false)).GetBytes(content));

    public static string Write(this TestDatabase database, string name, byte[] bytes)
    {
        var folder = database.Folder.CreateSubdirectory(Guid.NewGuid().ToString("N")[..8]);
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static async Task<ImportResult> ImportAsync(this TestDatabase database, ImportKind kind, params string[] paths) =>
        await database.ImportAsync(kind, new ImportOptions(), paths);

    public static async Task<ImportResult> ImportAsync(this TestDatabase database, ImportKind kind, ImportOptions options, params string[] paths)
    {
        await using var db = database.Open();
        return await Importer.ImportAsync(db, kind, paths, options, TestContext.Current.CancellationToken);
    }

    /// <summary>Imports the good file of a kind and checks it went in.</summary>
    public static async Task ImportGoodAsync(this TestDatabase database, ImportKind kind)
    {
        var result = kind switch
        {
            ImportKind.CptDescriptors => await database.ImportAsync(kind, database.Write("LONGULT.txt", GoodLongult)),
            ImportKind.CmsRvu => await database.ImportAsync(kind, database.Write(PfsName, GoodPfs)),
            ImportKind.NcciPtp => await database.ImportAsync(kind, database.Write(PtpName, GoodPtp)),
            _ => await database.ImportAsync(kind, database.Write(MueName, GoodMue)),
        };
        Assert.Equal(ImportOutcome.Imported, result.Outcome);
    }

    /// <summary>
    /// The shared shape of every bad-file test: a good import first, then the bad file is rejected with exactly one
    /// error naming file, line and reason, and the database holds what it held before, byte for byte.
    /// </summary>
    public static async Task AssertRejectedAsync(ImportKind kind, string name, string content, int line, string reason, ImportOptions? options = null) =>
        await AssertRejectedAsync(kind, name, new UTF8Encoding(false).GetBytes(content), line, reason, options);

    public static async Task AssertRejectedAsync(ImportKind kind, string name, byte[] content, int line, string reason, ImportOptions? options = null)
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportGoodAsync(kind);
        var before = database.Dump();

        var result = await database.ImportAsync(kind, options ?? new ImportOptions(), database.Write(name, content));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(name, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, database.Dump());
    }

    public static async Task<long> RevisionAsync(this TestDatabase database)
    {
        await using var db = database.Open();
        return await db.CatalogueStates.Select(s => s.Revision).SingleAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>What the web app registers with AddDbContextFactory, for a <see cref="MyeloCode.Catalogue.CatalogueStore"/> in a test.</summary>
public sealed class TestDbContextFactory(string connectionString) : IDbContextFactory<MyeloDbContext>
{
    public MyeloDbContext CreateDbContext() => new(SqliteSetup.Options(connectionString));
}
