using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MyeloCode.Data;

namespace MyeloCode.Tests.Data;

public sealed class MigrationTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A process killed inside EF Core's migration leaves its lock row behind; EF alone would then wait forever.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_lock_row_left_by_a_killed_migration_does_not_stop_the_next_start(bool alreadyMigrated)
    {
        var folder = Directory.CreateTempSubdirectory("myelocode-migrate-");
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "m.db"), Pooling = false }.ToString();
            await using (var db = new MyeloDbContext(SqliteSetup.Options(connectionString)))
            {
                if (alreadyMigrated)
                    await SqliteSetup.MigrateAsync(db, Ct);
                await db.Database.ExecuteSqlRawAsync(
                    "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL);" +
                    "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-01-01 00:00:00+00:00');", Ct);
            }

            using var patience = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            patience.CancelAfter(TimeSpan.FromSeconds(30));
            await using (var db = new MyeloDbContext(SqliteSetup.Options(connectionString)))
            {
                await SqliteSetup.MigrateAsync(db, patience.Token);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
                Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM \"__EFMigrationsLock\"").SingleAsync(Ct));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Migrators_started_together_on_a_new_file_take_turns()
    {
        await using var database = await TestDatabase.CreateAsync();
        var fresh = new SqliteConnectionStringBuilder { DataSource = Path.Combine(database.Folder.FullName, "fresh.db"), Pooling = false }.ToString();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = new MyeloDbContext(SqliteSetup.Options(fresh));
            await SqliteSetup.MigrateAsync(db, Ct);
        }));
        await using var check = new MyeloDbContext(SqliteSetup.Options(fresh));
        Assert.Empty(await check.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await check.Database.GetAppliedMigrationsAsync(Ct));
    }
}
