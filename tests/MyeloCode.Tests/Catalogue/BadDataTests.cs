using System.Text.Json.Nodes;
using MyeloCode.Catalogue;

namespace MyeloCode.Tests.Catalogue;

/// <summary>Each kind of bad data file stops the load with a message naming file, record and field, and changes nothing.</summary>
public sealed class BadDataTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, Func<string, string>, string, string?, string?, string> BadFiles => new()
    {
        { "missing field", json => Edit(json, j => j.AsObject().Remove("descriptor")), "62303.json", "62303", "descriptor", "is required" },
        { "unknown region", json => Edit(json, j => j["region"] = "neck"), "62303.json", "62303", "region", "unknown value 'neck'" },
        { "duplicate code", json => Edit(json, j => { j["code"] = "62302"; j["relations"] = new JsonArray(); }), "62303.json", "62302", "code", "duplicate code" },
        { "malformed JSON", json => json.Replace("\"kind\"", "\"kind", StringComparison.Ordinal), "62303.json", null, null, "malformed JSON" },
        { "label too long", json => Edit(json, j => j["shortLabel"] = new string('x', 29)), "62303.json", "62303", "shortLabel", "at most 28" },
        { "unknown relation", json => Edit(json, j => j["relations"]![0]!["relation"] = "sometimes"), "62303.json", "62303", "relations[0].relation", "unknown value" },
        { "bad ICD-10", json => Edit(json, j => j["diagnoses"]![0]!["icd10"] = "nonsense"), "62303.json", "62303", "diagnoses[0].icd10", "not an ICD-10-CM code" },
        { "unconfirmed never-with", json => Edit(json, j => { j["relations"]![0]!["relation"] = "never-with"; j["relations"]![0]!["evidence"] = "unconfirmed"; }), "62303.json", "62303", "relations[0].relation", "use check-with" },
        { "imported evidence in a data file", json => Edit(json, j => j["relations"]![0]!["evidence"] = "imported"), "62303.json", "62303", "relations[0].evidence", "'imported' is for CMS files" },
        { "negative RVU", json => Edit(json, j => j["medicare"]![0]!["rows"]![0]!["work"] = -1), "62303.json", "62303", "medicare[0].rows[0].work", "non-negative" },
        { "a year twice", json => Edit(json, j => j["medicare"]![1]!["year"] = 2025), "62303.json", "62303", "medicare[1].year", "2025 is given twice" },
        { "unknown variant", json => Edit(json, j => j["medicare"]![1]!["variant"] = "QPPX"), "62303.json", "62303", "medicare[1].variant", "'QPPX' is not QPP or nonQPP." },
        { "bad MUE indicator", json => Edit(json, j => j["mue"]!["adjudicationIndicator"] = "4"), "62303.json", "62303", "mue.adjudicationIndicator", "'4' is not 1, 2 or 3." },
        { "bad MUE date", json => Edit(json, j => j["mue"]!["effectiveFrom"] = "04-01-2026"), "62303.json", "62303", "mue.effectiveFrom", "is not a date YYYY-MM-DD." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_stops_the_load_and_leaves_the_database_as_it_was(
        string _, Func<string, string> spoil, string file, string? record, string? field, string problem)
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var before = database.Dump();
        var folder = RealCatalogue.CopyTo(database.Folder);
        var path = Path.Combine(folder.FullName, file);
        await File.WriteAllTextAsync(path, spoil(await File.ReadAllTextAsync(path, Ct)), Ct);

        var error = Assert.Throws<CatalogueDataException>(() => CatalogueReader.ReadDirectory(folder.FullName));

        Assert.Equal(file, error.File);
        Assert.Equal(record, error.Record);
        Assert.Equal(field, error.Field);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(file, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, database.Dump());
    }

    [Fact]
    public void A_relation_to_a_code_outside_the_catalogue_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("myelocode-bad-");
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RealCatalogue.Directory, "62302.json")))!;
            File.WriteAllText(Path.Combine(folder.FullName, "62302.json"), json.ToJsonString());

            var error = Assert.Throws<CatalogueDataException>(() => CatalogueReader.ReadDirectory(folder.FullName));

            Assert.Equal("relations", error.Field);
            Assert.Contains("not in the catalogue", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    static string Edit(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }
}
