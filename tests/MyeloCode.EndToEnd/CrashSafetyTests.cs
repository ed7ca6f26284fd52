using Microsoft.Data.Sqlite;

namespace MyeloCode.EndToEnd;

/// <summary>SIGKILL the app while it serves load and while it loads the catalogue; the file must come back whole.</summary>
public sealed class CrashSafetyTests : IAsyncLifetime
{
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("myelocode-crash-");
    string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "crash.db"), Pooling = false }.ToString();
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killed_while_serving_load_the_database_restarts_intact()
    {
        await using (var app = AppProcess.Start(ConnectionString))
        {
            Assert.True(await app.WaitHealthyAsync(TimeSpan.FromSeconds(60)), "the app did not start");
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            using var stop = new CancellationTokenSource();
            var load = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try { await client.GetAsync("/", stop.Token); } catch (Exception e) when (e is HttpRequestException or OperationCanceledException) { }
                }
            }, Ct)).ToList();
            await Task.Delay(1500, Ct);

            app.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        await AssertRestartsIntactAsync();
    }

    [Fact]
    public async Task Killed_at_many_points_while_loading_the_catalogue_the_database_restarts_intact()
    {
        // Each start sees changed data files (a new hash), so each start rewrites the catalogue; the kill lands
        // at a different moment of start-up each time, before, during and after the load's transaction.
        var source = Path.Combine(AppContext.BaseDirectory, "data", "codes");
        for (var round = 0; round < 6; round++)
        {
            var data = _folder.CreateSubdirectory($"data-{round}");
            foreach (var file in Directory.GetFiles(source))
            {
                var text = await File.ReadAllTextAsync(file, Ct);
                await File.WriteAllTextAsync(Path.Combine(data.FullName, Path.GetFileName(file)),
                    text.Replace("\"descriptor\": \"", $"\"descriptor\": \"(round {round}) ", StringComparison.Ordinal), Ct);
            }
            await using var app = AppProcess.Start(ConnectionString, data.FullName);
            await Task.Delay(300 + (round * 250), Ct);
            app.KillHard();
        }

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

        await using var app = AppProcess.Start(ConnectionString);
        Assert.True(await app.WaitHealthyAsync(TimeSpan.FromSeconds(60)), "/healthz did not answer 200 after the restart");

        await using var db = new SqliteConnection(ConnectionString);
        await db.OpenAsync(Ct);
        await using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Codes";
        var expected = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "codes"), "*.json").Length;
        Assert.Equal(expected, Convert.ToInt32(await count.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture));
        count.CommandText = "SELECT COUNT(*) FROM Codes WHERE Descriptor LIKE '(round%'";
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
