using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Tests;

namespace MyeloCode.Web.Tests.Api;

/// <summary>Cached pages and API answers never outlive the catalogue they were rendered from.</summary>
public sealed class CacheTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_catalogue_change_shows_at_once_on_cached_pages_and_apis()
    {
        await using var app = new MyeloWebApplicationFactory();
        await app.InitializeAsync();
        using var client = app.CreateClient();
        await client.GetStringAsync("/codes/62303", Ct);
        await client.GetStringAsync("/api/search?q=zebra", Ct);
        Assert.DoesNotContain("Zebra", await client.GetStringAsync("/codes/62303", Ct), StringComparison.Ordinal);

        var folder = Directory.CreateTempSubdirectory("myelocode-cache-");
        try
        {
            var copy = RealCatalogue.CopyTo(folder);
            var file = Path.Combine(copy.FullName, "62303.json");
            var json = JsonNode.Parse(await File.ReadAllTextAsync(file, Ct))!;
            json["shortLabel"] = "Zebra label for test";
            await File.WriteAllTextAsync(file, json.ToJsonString(), Ct);
            await using (var db = new MyeloDbContext(SqliteSetup.Options(app.ConnectionString)))
                await CatalogueLoader.LoadAsync(db, CatalogueReader.ReadDirectory(copy.FullName), Ct);
            await app.Services.GetRequiredService<CatalogueStore>().RefreshAsync(Ct);

            Assert.Contains("Zebra label for test", await client.GetStringAsync("/codes/62303", Ct), StringComparison.Ordinal);
            Assert.Contains("\"62303\"", await client.GetStringAsync("/api/search?q=zebra", Ct), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
