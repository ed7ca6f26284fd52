using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Tests.Api;

public sealed class HealthTests(MyeloWebApplicationFactory factory) : IClassFixture<MyeloWebApplicationFactory>
{
    [Fact]
    public async Task Healthz_answers_200_once_the_catalogue_is_loaded()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_home_page_lists_the_catalogue_from_sqlite()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("62302", html, StringComparison.Ordinal);
        Assert.Contains("72270", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_catalogue_cannot_be_loaded()
    {
        await using var broken = new MyeloWebApplicationFactory();
        var data = broken.Folder.CreateSubdirectory("data");
        await File.WriteAllTextAsync(Path.Combine(data.FullName, "62302.json"), "{ not json", TestContext.Current.CancellationToken);
        var problem = await broken.With("MyeloCode:DataPath", data.FullName).StartAsync();
        using var client = broken.CreateClient();

        var status = (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode;

        Assert.Contains("62302.json", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
    }
}
