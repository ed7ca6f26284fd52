using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.EndToEnd;

/// <summary>The real app on Kestrel, on a free loopback port, over a fresh SQLite file in a temp folder.</summary>
public sealed class AppServerFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("myelocode-e2e-");

    public Uri BaseAddress { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets(); // serve wwwroot and _content/ from the build output, as a published app would
        builder.UseSetting("ConnectionStrings:MyeloCode",
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder.FullName, "e2e.db") }.ToString());
        builder.UseSetting("MyeloCode:RateLimit:ApiPermitsPerMinute", "0");
    }

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
        var startup = Services.GetRequiredService<CatalogueStartup>();
        for (var i = 0; i < 600 && !startup.Ready && startup.LoadError is null; i++)
            await Task.Delay(50);
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
