using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Tests;

/// <summary>The real app over a SQLite file in its own temp folder, ready (catalogue loaded) before the first test.</summary>
public sealed class MyeloWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("myelocode-web-");

    public string ConnectionString =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "web.db") }.ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets(); // serve wwwroot and _content/ from the build output, as a published app would
        builder.UseSetting("ConnectionStrings:MyeloCode", ConnectionString);
        builder.UseSetting("MyeloCode:RateLimit:ApiPermitsPerMinute", "0");
    }

    public async ValueTask InitializeAsync()
    {
        var startup = Services.GetRequiredService<CatalogueStartup>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!startup.Ready && startup.LoadError is null && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        if (!startup.Ready)
            throw new InvalidOperationException($"The app did not become ready: {startup.LoadError}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
