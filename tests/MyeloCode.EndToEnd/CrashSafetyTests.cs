using Microsoft.Data.Sqlite;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>SIGKILL the app while it serves load and at named points of its start-up load; the file must come back whole.</summary>
public sealed class CrashSafetyTests : IAsyncLifetime
{
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("myelocode-crash-");
    string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "crash.db"), Pooling = false }.ToString();
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killed_while_serving_load_the_database_restarts_intact()
    {
        await using (var app = await AppProcess.StartHealthyAsync(ConnectionString))
        {
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            using var stop = new CancellationTokenSource();
            var served = 0;
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var load = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        (await client.GetAsync("/", stop.Token)).EnsureSuccessStatusCode();
                        if (Interlocked.Increment(ref served) == 200)
                            enough.TrySetResult();
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException) { }
                }
            }, Ct)).ToList();
            // Killed in the middle of serving: after 200 pages, with 8 requests in flight.
            await enough.Task.WaitAsync(TimeSpan.FromSeconds(60), Ct);

            app.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        await AssertRestartsIntactAsync();
    }

    // The app stops at the named point, says so, and is killed there: holding the migration lock (on a new file and
    // on a loaded one), after the old rows are deleted, with the new rows written but not committed, just after the
    // commit. Changed data files (a new hash) make the start rewrite the catalogue.
    [Theory]
    [InlineData("migrate:locked", true)]
    [InlineData("migrate:locked", false)]
    [InlineData("catalogue-load:deleted", false)]
    [InlineData("catalogue-load:before-commit", false)]
    [InlineData("catalogue-load:committed", false)]
    public async Task Killed_at_a_point_of_start_up_the_database_restarts_intact(string point, bool newFile)
    {
        if (!newFile)
        {
            // The file as a first start leaves it, made in this process: an app start costs seconds of CPU.
            await using var db = new MyeloDbContext(SqliteSetup.Options(ConnectionString));
            await SqliteSetup.MigrateAsync(db, Ct);
            await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(RealCatalogue.Directory), Ct);
        }
        var data = _folder.CreateSubdirectory("changed");
        foreach (var file in Directory.GetFiles(RealCatalogue.Directory))
            await File.WriteAllTextAsync(Path.Combine(data.FullName, Path.GetFileName(file)), (await File.ReadAllTextAsync(file, Ct))
                .Replace("\"descriptor\": \"", "\"descriptor\": \"(changed) ", StringComparison.Ordinal), Ct);

        await using (var app = AppProcess.Start(ConnectionString, data.FullName, stopAt: point))
            await app.WaitForOutputAsync($"stopped at {point}");

        await AssertRestartsIntactAsync();
    }

    async Task AssertRestartsIntactAsync()
    {
        await using (var connection = new SqliteConnection(ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await check.ExecuteScalarAsync(Ct));
        }

        await using var app = await AppProcess.StartHealthyAsync(ConnectionString);

        await using var db = new SqliteConnection(ConnectionString);
        await db.OpenAsync(Ct);
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Codes";
        var expected = Directory.GetFiles(RealCatalogue.Directory, "*.json").Length;
        Assert.Equal(expected, Convert.ToInt32(await count.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture));
        count.CommandText = "SELECT COUNT(*) FROM Codes WHERE Descriptor LIKE '(changed)%'";
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync(Ct))!);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
