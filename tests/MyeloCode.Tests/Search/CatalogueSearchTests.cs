using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Search;

namespace MyeloCode.Tests.Search;

public sealed class CatalogueSearchTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_index_follows_the_catalogue_when_it_changes()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var store = new CatalogueStore(new PooledDbContextFactory<MyeloDbContext>(SqliteSetup.Options(database.ConnectionString)));
        await store.RefreshAsync(Ct);
        var search = new CatalogueSearch(store);
        Assert.Empty(search.Search("zebra").Hits);

        var folder = RealCatalogue.CopyTo(database.Folder);
        var file = Path.Combine(folder.FullName, "62303.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(file, Ct))!;
        json["shortLabel"] = "Zebra label for test";
        await File.WriteAllTextAsync(file, json.ToJsonString(), Ct);
        await using (var db = database.Open())
            await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(folder.FullName), Ct);
        await store.RefreshAsync(Ct);

        var hit = Assert.Single(search.Search("zebra").Hits);
        Assert.Equal("62303", hit.Code.Id);
        Assert.Same(store.Current, search.Index.Snapshot);
    }
}
