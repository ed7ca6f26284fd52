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
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (inMemory)
        {
            await db.Database.MigrateAsync(ct);
            return;
        }
        var file = Path.GetFullPath(builder.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (await MigrationLock.TakeAsync(file + ".migrate-lock", ct))
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

    /// <summary>An exclusive lock on a small file beside the database (flock on Linux), held for the duration of a migration.</summary>
    static class MigrationLock
    {
        static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

        public static async Task<FileStream> TakeAsync(string path, CancellationToken ct)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (true)
            {
                try
                {
                    return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    // Another process is migrating this file: wait for it.
                    await Task.Delay(100, ct);
                }
            }
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

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Run(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Run(connection);
            return Task.CompletedTask;
        }

        static void Run(DbConnection connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }
}
