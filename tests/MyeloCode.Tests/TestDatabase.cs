using Microsoft.Data.Sqlite;
using MyeloCode.Catalogue;
using MyeloCode.Data;

namespace MyeloCode.Tests;

/// <summary>A real SQLite file in its own temp folder, migrated; deleted with the folder on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("myelocode-test-");
    public string FilePath => Path.Combine(Folder.FullName, "test.db");
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();

    TestDatabase() { }

    public static async Task<TestDatabase> CreateAsync(bool loadCatalogue = false)
    {
        var database = new TestDatabase();
        File.Copy(await TemplateAsync(loadCatalogue), database.FilePath);
        return database;
    }

    /// <summary>A file migrated (and loaded) once per test run, copied for each test: migrating each one took most of their time.</summary>
    public static Task<string> TemplateAsync(bool loadCatalogue) => Templates[loadCatalogue ? 1 : 0].Value;

    static readonly Lazy<Task<string>>[] Templates = [new(() => MakeTemplateAsync(loadCatalogue: false)), new(() => MakeTemplateAsync(loadCatalogue: true))];

    static async Task<string> MakeTemplateAsync(bool loadCatalogue)
    {
        var template = new TestDatabase();
        await using (var db = template.Open())
        {
            await SqliteSetup.MigrateAsync(db, CancellationToken.None);
            if (loadCatalogue)
                await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(RealCatalogue.Directory), CancellationToken.None);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Folder.Delete(recursive: true);
        return template.FilePath;
    }

    public MyeloDbContext Open() => new(SqliteSetup.Options(ConnectionString));

    /// <summary>Every row of every table, as text: two dumps are equal when the database did not change.</summary>
    public string Dump()
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
        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            dump.Append('#').AppendLine(table);
            var row = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(row);
                dump.AppendJoin('|', row.Select(v => v is DBNull ? "NULL" : v)).AppendLine();
            }
        }
        return dump.ToString();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}

public static class RealCatalogue
{
    /// <summary>data/codes as copied beside the test binaries.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "data", "codes");

    /// <summary>A private copy of data/codes that a test may change.</summary>
    public static DirectoryInfo CopyTo(DirectoryInfo parent)
    {
        var target = parent.CreateSubdirectory("codes-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json"))
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        return target;
    }
}
