using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using MyeloCode.Catalogue;
using MyeloCode.Data;

namespace MyeloCode.EndToEnd;

/// <summary>SIGKILL the command-line importer at several moments of a large import: the database stays exactly as before.</summary>
public sealed class ImportCrashTests : IAsyncLifetime
{
    const int Rows = 200_000;
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("myelocode-import-crash-");
    string DbPath => Path.Combine(_folder.FullName, "import.db");
    string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString();
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_killed_import_leaves_the_database_exactly_as_before()
    {
        await using (var db = new MyeloDbContext(SqliteSetup.Options(ConnectionString)))
        {
            await SqliteSetup.MigrateAsync(db, Ct);
            await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(Path.Combine(AppContext.BaseDirectory, "data", "codes")), Ct);
        }
        var file = await WritePtpFileAsync(Path.Combine(_folder.FullName, "ccipra-v321r0-f1.txt"));
        var before = Fingerprint();

        var killed = 0;
        foreach (var delay in new[] { 300, 900, 1800, 3000 })
        {
            using var import = StartImport(file);
            await Task.Delay(delay, Ct);
            if (!import.HasExited)
            {
                import.Kill(entireProcessTree: true);
                killed++;
            }
            await import.WaitForExitAsync(Ct);
            if (killed > 0 && import.ExitCode == 0)
                break; // this machine imports faster than the delays: the kills that landed still count
            Assert.Equal(before, Fingerprint());
        }

        // The same file run to the end does change the database: the kills above really interrupted a working import.
        using (var complete = StartImport(file))
        {
            await complete.WaitForExitAsync(Ct);
            Assert.Equal(0, complete.ExitCode);
        }
        Assert.True(killed >= 2, $"only {killed} kills landed before the import finished");
        Assert.NotEqual(before, Fingerprint());
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)check.ExecuteScalar());
    }

    Process StartImport(string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { CliDll(), "import", "ncci-ptp", file, "--db", ConnectionString })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A hash of every row of every table.</summary>
    string Fingerprint()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read()) tables.Add(reader.GetString(0));
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes((reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString()) + "|"));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
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
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(AppProcess.RepositoryRoot(), "src", "MyeloCode.Cli", "bin", configuration, "net10.0", "MyeloCode.Cli.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
