using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MyeloCode.Data;
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
        foreach (var point in new[] { "import:validated", "import:deleted", "import:before-commit" })
        {
            using var import = StartImport(file, stopAt: point);
            await StoppedAtAsync(import, point);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(Ct);

            Assert.Equal(before, _database.Dump());
        }

        // The same file run to the end does change the database: the kills above really interrupted a working import.
        using (var complete = StartImport(file))
        {
            await complete.WaitForExitAsync(Ct);
            Assert.Equal(0, complete.ExitCode);
        }
        Assert.NotEqual(before, _database.Dump());
        await using var db = _database.Open();
        Assert.Equal(Rows, await db.PtpEdits.CountAsync(Ct));
    }

    Process StartImport(string file, string? stopAt = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { CliDll(), "import", "ncci-ptp", file, "--db", _database.ConnectionString })
            start.ArgumentList.Add(arg);
        if (stopAt is not null)
            start.Environment[StopPoint.Variable] = stopAt;
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    static async Task StoppedAtAsync(Process import, string point)
    {
        string? line;
        while ((line = await import.StandardOutput.ReadLineAsync(Ct)) is not null)
            if (line == $"stopped at {point}")
                return;
        throw new InvalidOperationException($"The importer exited (code {import.ExitCode}) without reaching {point}.");
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

    static string CliDll()
    {
        var dll = Path.Combine(Repository.Root, "src", "MyeloCode.Cli", "bin", Repository.Configuration, "net10.0", "MyeloCode.Cli.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll);
    }
}
