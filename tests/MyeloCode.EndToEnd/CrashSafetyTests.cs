using Microsoft.Data.Sqlite;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>SIGKILL the app while it serves load and at named points of its start-up load; the file must come back whole.</summary>
public sealed class CrashSafetyTests : IAsyncDisposable
{
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("myelocode-crash-");
    string DatabaseFile => Path.Combine(_folder.FullName, "crash.db");
    string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString();
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
        if (!newFile) // the file as a first start leaves it: migrated and loaded (a copy; an app start costs seconds)
            File.Copy(await TestDatabase.TemplateAsync(loadCatalogue: true), DatabaseFile);
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
        Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check"));
        await using var app = await AppProcess.StartHealthyAsync(ConnectionString);
        Assert.Equal((long)Directory.GetFiles(RealCatalogue.Directory, "*.json").Length, await ScalarAsync("SELECT COUNT(*) FROM Codes"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM Codes WHERE Descriptor LIKE '(changed)%'"));
    }

    async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
