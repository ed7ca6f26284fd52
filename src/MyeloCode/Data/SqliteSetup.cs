using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MyeloCode.Data;

public static class SqliteSetup
{
    /// <summary>The file used when no connection string is configured: App_Data/myelocode.db under the content root.</summary>
    public static string DefaultConnectionString(string contentRoot) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(contentRoot, "App_Data", "myelocode.db") }.ToString();

    /// <summary>Configures EF Core for SQLite with our pragmas; reads are no-tracking unless a caller asks.</summary>
    public static DbContextOptionsBuilder UseMyeloSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(PragmaInterceptor.Instance);

    public static DbContextOptions<MyeloDbContext> Options(string connectionString) =>
        (DbContextOptions<MyeloDbContext>)new DbContextOptionsBuilder<MyeloDbContext>().UseMyeloSqlite(connectionString).Options;

    /// <summary>Creates the folder, applies migrations and switches the file to WAL (a setting the file keeps).</summary>
    public static async Task MigrateAsync(MyeloDbContext db, CancellationToken ct)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (await LockAsync(file + ".migrate-lock", ct))
        {
            await StopPoint.ReachAsync("migrate:locked", ct);
            // EF Core's own SQLite migration lock is a row in __EFMigrationsLock that a killed process leaves behind,
            // after which every later Migrate waits forever (https://aka.ms/efcore-docs-migrations-lock,
            // https://github.com/dotnet/efcore/issues/38958). Every migrator of this file holds the OS lock above,
            // which the OS frees when its process dies, so a row found here is always a dead process's: drop it.
            if (await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = '__EFMigrationsLock'").SingleAsync(ct) > 0)
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", ct);
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                await db.Database.MigrateAsync(ct);
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>An exclusive lock on a file beside the database (flock on Linux), waited for up to five minutes.</summary>
    static async Task<FileStream> LockAsync(string path, CancellationToken ct)
    {
        for (var waited = 0; ; waited += 100)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (waited < 300_000) { await Task.Delay(100, ct); } // another process is migrating
        }
    }

    /// <summary>
    /// synchronous=FULL: in WAL mode NORMAL may lose the last commits on power loss; an import that reported
    /// success must survive, and our write rate is tiny, so durability wins. busy_timeout lets a reader wait
    /// out the importer's short write lock instead of failing.
    /// </summary>
    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        public static readonly PragmaInterceptor Instance = new();
        const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ConnectionOpened(connection, eventData);
            return Task.CompletedTask;
        }
    }
}
