using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Import;

/// <summary>
/// Two versions of each CMS file in the real layouts, with made-up values that differ between versions:
/// PFS 2025 and 2026 (in the CY2026 layout), MUE files effective 2025-10-01 and 2026-04-01, NCCI versions 31.3 (2025-10-01) and
/// 32.1 (2026-04-01). The 2026 files are of the year and quarter shipped in data/codes, so they take the shipped data's place.
/// </summary>
public static class TwoYears
{
    public const string Pfs2025Name = "PPRRVU2025_Oct.csv";
    public const string Pfs2026Name = "PPRRVU2026_Jan_nonQPP.csv";
    public const string Mue2025Name = "MCR_MUE_PractitionerServices_Eff_10-01-2025.csv";
    public const string Mue2026Name = "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv";
    public const string Ptp2025Name = "ccipra-v313r0-f1.txt";
    public const string Ptp2026Name = "ccipra-v321r0-f1.txt";

    /// <summary>62302's work RVU and 62270's presence differ; 62303 is only in 2025.</summary>
    public static string Pfs2025 => Pfs(PfsRow("62302"), PfsRow("62303"), PfsRow("72240", "26", (13, "1"), (14, "XXX")));

    /// <summary>In the CY2026 layout (32 columns); its made-up values take the place of the shipped CY2026 figures.</summary>
    public static string Pfs2026 => Lines([
        .. Pfs2026Title.Select(t => t.Replace("July Release", "January Release", StringComparison.Ordinal)), .. Pfs2026Header,
        Pfs2026Row("62302", "", (5, "2.40"), (11, "7.70"), (12, "3.60"), (24, "33.4009")),
        Pfs2026Row("62270"),
        Pfs2026Row("72240", "26", (13, "1"), (14, "XXX")),
    ]);

    public static string Mue2025 => Mue(MueRow("62302", "1"), MueRow("62284", "1"));
    public static string Mue2026 => Mue(MueRow("62302", "2"), MueRow("62284", "1"));

    public static string Ptp2025 => Ptp(PtpRow("62302", "62284"), PtpRow("62302", "77003", modifier: "1"));
    public static string Ptp2026 => Ptp(PtpRow("62302", "62270", effective: "20260401"), PtpRow("62302", "77003", modifier: "1"));

    public static Task ImportAllAsync(TestDatabase database) => ImportAllAsync(database.ConnectionString, database.Folder);

    /// <summary>Imports every file, as the command-line importer would, into the database of a test or a test app.</summary>
    public static async Task ImportAllAsync(string connectionString, DirectoryInfo folder)
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var (kind, name, content) in Files)
        {
            var path = Path.Combine(folder.CreateSubdirectory(Guid.NewGuid().ToString("N")[..8]).FullName, name);
            await File.WriteAllTextAsync(path, content, ct);
            await using var db = new MyeloDbContext(SqliteSetup.Options(connectionString));
            var result = await Importer.ImportAsync(db, kind, [path], new ImportOptions(), ct);
            Assert.True(result.Outcome == ImportOutcome.Imported, $"{name}: {string.Join("; ", result.Validation.Errors)}");
        }
    }

    public static IEnumerable<(ImportKind Kind, string Name, string Content)> Files =>
    [
        (ImportKind.CmsRvu, Pfs2026Name, Pfs2026), (ImportKind.CmsRvu, Pfs2025Name, Pfs2025),
        (ImportKind.Mue, Mue2025Name, Mue2025), (ImportKind.Mue, Mue2026Name, Mue2026),
        (ImportKind.NcciPtp, Ptp2026Name, Ptp2026), (ImportKind.NcciPtp, Ptp2025Name, Ptp2025),
    ];

    public static async Task<CatalogueSnapshot> SnapshotAsync(TestDatabase database)
    {
        var store = new CatalogueStore(new TestDbContextFactory(database.ConnectionString));
        await store.RefreshAsync(TestContext.Current.CancellationToken);
        return store.Current;
    }
}
