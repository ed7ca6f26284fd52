using System.Text;
using Microsoft.EntityFrameworkCore;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>SIGKILL the command-line importer at named points of an import: the database stays exactly as before.</summary>
public sealed class ImportCrashTests : IAsyncLifetime
{
    const int Rows = 5_000; // the stop points put every kill inside the import, whatever its size
    TestDatabase _database = null!;
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(loadCatalogue: true);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_import_killed_at_any_point_before_its_commit_leaves_the_database_exactly_as_before()
    {
        var file = await WritePtpFileAsync(Path.Combine(_database.Folder.FullName, "ccipra-v321r0-f1.txt"));
        var before = _database.Dump();

        // Validated, nothing written; the old edits deleted; every new row written, not yet committed.
        string[] import = ["import", "ncci-ptp", file, "--db", _database.ConnectionString];
        foreach (var point in new[] { "import:validated", "import:deleted", "import:before-commit" })
        {
            await using (var stopped = AppProcess.StartCli(point, import))
                await stopped.WaitForOutputAsync($"stopped at {point}"); // then killed (SIGKILL) as it is disposed

            Assert.Equal(before, _database.Dump());
        }

        // The same file run to the end does change the database: the kills above really interrupted a working import.
        await using (var complete = AppProcess.StartCli(null, import))
            Assert.Equal(0, await complete.WaitForExitAsync());
        Assert.NotEqual(before, _database.Dump());
        await using var db = _database.Open();
        Assert.Equal(Rows, await db.PtpEdits.CountAsync(Ct));
    }

    /// <summary>A PTP file in the CMS layout with many edits on catalogue codes (made-up pairs).</summary>
    static async Task<string> WritePtpFileAsync(string path)
    {
        string[] catalogue = ["62302", "62303", "62304", "62305", "62284", "61055", "72240", "72255", "72265", "72270"];
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteAsync("CPT codes, descriptions and other data only are copyright 2025 American Medical Association. All rights reserved.\r\n");
        await writer.WriteAsync("Medicare NCCI Practitioner PTP Edits\r\n\r\n");
        await writer.WriteAsync("Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\r\n");
        for (var i = 0; i < Rows; i++)
        {
            var column2 = (10000 + (i / catalogue.Length)).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            await writer.WriteAsync($"{catalogue[i % catalogue.Length]}\t{column2}\t\t20180101\t*\t1\tStandards of medical/surgical services\r\n");
        }
        return path;
    }
}
