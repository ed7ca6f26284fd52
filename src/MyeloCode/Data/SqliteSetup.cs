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
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && folder is not null)
            Directory.CreateDirectory(folder);
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
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
