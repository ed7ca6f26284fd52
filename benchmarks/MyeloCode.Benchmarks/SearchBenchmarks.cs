using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using MyeloCode.Catalogue;
using MyeloCode.Search;

namespace MyeloCode.Benchmarks;

/// <summary>
/// The in-memory index on the queries coders type, against SQLite FTS5 over the same text as the yardstick.
/// FTS5 gets the easy version of the job (one word, no synonyms, no typos, no reasons) and is still slower.
/// </summary>
public class SearchBenchmarks
{
    SearchIndex _index = null!;
    SqliteConnection _fts = null!;
    SqliteCommand _ftsQuery = null!;

    [Params("62302", "623", "cervical", "c-spine myelogram", "CT myelogram", "lumbar puncture", "cervcal myelogrm")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var data = CatalogueReader.ReadDirectory(Path.Combine(AppContext.BaseDirectory, "data", "codes"));
        var snapshot = new CatalogueSnapshot(1, DateTimeOffset.UtcNow, data.Codes, [], [], [], [], []);
        _index = SearchIndex.Build(snapshot);

        _fts = new SqliteConnection("Data Source=:memory:");
        _fts.Open();
        using (var create = _fts.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE codes USING fts5(code, label, descriptor, narrative, tokenize = 'porter unicode61')";
            create.ExecuteNonQuery();
        }
        foreach (var code in data.Codes)
        {
            using var insert = _fts.CreateCommand();
            insert.CommandText = "INSERT INTO codes VALUES ($code, $label, $descriptor, $narrative)";
            insert.Parameters.AddWithValue("$code", code.Id);
            insert.Parameters.AddWithValue("$label", code.ShortLabel);
            insert.Parameters.AddWithValue("$descriptor", code.Descriptor);
            insert.Parameters.AddWithValue("$narrative", string.Join(' ', code.Narrative));
            insert.ExecuteNonQuery();
        }
        _ftsQuery = _fts.CreateCommand();
        _ftsQuery.CommandText = "SELECT code, label FROM codes WHERE codes MATCH $q ORDER BY bm25(codes, 10.0, 4.0, 1.5, 0.4) LIMIT 20";
        _ftsQuery.Parameters.Add("$q", SqliteType.Text);
        _ftsQuery.Prepare();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ftsQuery.Dispose();
        _fts.Dispose();
    }

    [Benchmark(Baseline = true, Description = "In-memory index")]
    public int InMemory() => _index.Search(Query).Hits.Count;

    [Benchmark(Description = "SQLite FTS5 (plain words)")]
    public int Fts5()
    {
        // FTS5 syntax: each word quoted as a phrase, prefix match on code digits; no synonyms or typo tolerance.
        var words = Query.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.All(char.IsDigit) ? $"\"{w}\"*" : $"\"{w}\"");
        _ftsQuery.Parameters[0].Value = string.Join(' ', words);
        var count = 0;
        using var reader = _ftsQuery.ExecuteReader();
        while (reader.Read())
            count++;
        return count;
    }
}

/// <summary>What a catalogue change costs: building the index from a snapshot.</summary>
public class IndexBuildBenchmarks
{
    CatalogueSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = CatalogueReader.ReadDirectory(Path.Combine(AppContext.BaseDirectory, "data", "codes"));
        _snapshot = new CatalogueSnapshot(1, DateTimeOffset.UtcNow, data.Codes, [], [], [], [], []);
    }

    [Benchmark]
    public SearchIndex Build() => SearchIndex.Build(_snapshot);
}
