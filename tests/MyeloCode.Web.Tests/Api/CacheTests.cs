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

    const string ThoracicCase = "/api/suggest?regions=thoracic&route=lumbar&billing=both";

    [Fact]
    public async Task A_suggestion_is_served_from_the_cache_the_second_time_and_recomputed_for_another_url()
    {
        await using var app = new MyeloWebApplicationFactory();
        await app.InitializeAsync();
        using var client = app.CreateClient();

        using var first = await client.GetAsync(ThoracicCase, Ct);
        using var second = await client.GetAsync(ThoracicCase, Ct);
        using var other = await client.GetAsync(ThoracicCase + "&ct=thoracic", Ct);

        Assert.Null(first.Headers.Age);
        Assert.True(second.Headers.Age is not null, "the second answer should come from the output cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        Assert.Null(other.Headers.Age);
        Assert.Equal(["62303"], await ClaimedCodes(first));
        Assert.Equal(["62303", "72129"], await ClaimedCodes(other));
    }

    static async Task<string?[]> ClaimedCodes(HttpResponseMessage response)
    {
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return [.. body.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString())];
    }

    [Fact]
    public async Task A_refused_case_is_never_cached()
    {
        await using var app = new MyeloWebApplicationFactory();
        await app.InitializeAsync();
        using var client = app.CreateClient();

        using var first = await client.GetAsync("/api/suggest?regions=sacral&route=lumbar&billing=both", Ct);
        using var second = await client.GetAsync("/api/suggest?regions=sacral&route=lumbar&billing=both", Ct);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task A_catalogue_change_shows_at_once_on_cached_pages_and_apis()
    {
        await using var app = new MyeloWebApplicationFactory();
        await app.InitializeAsync();
        using var client = app.CreateClient();
        await client.GetStringAsync("/codes/62303", Ct);
        await client.GetStringAsync("/api/search?q=zebra", Ct);
        await client.GetStringAsync(ThoracicCase, Ct);
        Assert.DoesNotContain("Zebra", await client.GetStringAsync(ThoracicCase, Ct), StringComparison.Ordinal);
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
            Assert.Contains("Zebra label for test", await client.GetStringAsync(ThoracicCase, Ct), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
