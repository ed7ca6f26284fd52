using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Tests.Catalogue;

public sealed class CatalogueLoaderTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_apply_to_an_empty_file()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Equal(0, await db.Codes.CountAsync(Ct));
        var journal = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync(Ct);
        Assert.Equal("wal", journal);
    }

    [Fact]
    public async Task Loading_fills_the_catalogue_from_data()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var data = CatalogueReader.ReadDirectory(RealCatalogue.Directory);

        Assert.Equal(LoadOutcome.Loaded, await CatalogueLoader.LoadAsync(db, data, Ct));

        Assert.Equal(data.Codes.Count, await db.Codes.CountAsync(Ct));
        var cervical = await db.Codes.Include(c => c.Relations).SingleAsync(c => c.Id == "62302", Ct);
        Assert.Equal(Region.Cervical, cervical.Region);
        Assert.Contains(cervical.Relations, r => r.RelatedCode == "62284" && r.Relation == RelationKind.NeverWith);
    }

    [Fact]
    public async Task A_second_load_of_the_same_files_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var before = database.Dump();
        await using var db = database.Open();

        var outcome = await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(RealCatalogue.Directory), Ct);

        Assert.Equal(LoadOutcome.Unchanged, outcome);
        Assert.Equal(before, database.Dump());
    }

    [Fact]
    public async Task A_changed_data_file_is_picked_up_without_duplicates()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var folder = RealCatalogue.CopyTo(database.Folder);
        var file = Path.Combine(folder.FullName, "62303.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(file, Ct))!;
        json["shortLabel"] = "Changed label for test";
        await File.WriteAllTextAsync(file, json.ToJsonString(), Ct);
        await using var db = database.Open();
        var countBefore = await db.Codes.CountAsync(Ct);
        var revisionBefore = await db.CatalogueStates.Select(s => s.Revision).SingleAsync(Ct);

        var outcome = await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(folder.FullName), Ct);

        Assert.Equal(LoadOutcome.Loaded, outcome);
        Assert.Equal("Changed label for test", (await db.Codes.SingleAsync(c => c.Id == "62303", Ct)).ShortLabel);
        Assert.Equal(countBefore, await db.Codes.CountAsync(Ct));
        Assert.Equal(revisionBefore + 1, await db.CatalogueStates.Select(s => s.Revision).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_reload_leaves_imported_tables_alone()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await using (var seed = database.Open())
        {
            var import = new ImportRecord { Kind = "mue", FileName = "MUE.csv", Sha256 = "ab", ImportedAt = DateTimeOffset.UtcNow };
            seed.Imports.Add(import);
            await seed.SaveChangesAsync(Ct);
            seed.MueValues.Add(new MueValue { Code = "62302", Value = 1, AdjudicationIndicator = "2", Rationale = "Nature of service", ImportId = import.Id });
            await seed.SaveChangesAsync(Ct);
        }
        var folder = RealCatalogue.CopyTo(database.Folder);
        var file = Path.Combine(folder.FullName, "62304.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(file, Ct))!;
        json["descriptor"] = "Changed so the load rewrites the catalogue.";
        await File.WriteAllTextAsync(file, json.ToJsonString(), Ct);
        await using var db = database.Open();

        await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(folder.FullName), Ct);

        Assert.Equal(1, await db.MueValues.CountAsync(Ct));
        Assert.Equal(1, await db.Imports.CountAsync(Ct));
    }
}
