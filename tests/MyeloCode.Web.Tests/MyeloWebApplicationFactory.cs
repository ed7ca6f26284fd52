using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Tests;

/// <summary>
/// The real app in this process over a SQLite file in its own temp folder, ready (catalogue loaded) before the first
/// test. On Kestrel (<see cref="OnKestrel"/>) it listens on a free loopback port, for browsers and raw sockets.
/// </summary>
public class MyeloWebApplicationFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal) { ["MyeloCode:RateLimit:ApiPermitsPerMinute"] = "0" };
    bool _kestrel;

    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("myelocode-app-");

    public string ConnectionString =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder.FullName, "app.db") }.ToString();

    /// <summary>The Kestrel address; only with <see cref="OnKestrel"/>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A setting the app starts with (before <see cref="StartAsync"/>).</summary>
    public MyeloWebApplicationFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    public MyeloWebApplicationFactory OnKestrel()
    {
        _kestrel = true;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets(); // serve wwwroot and _content/ from the build output, as a published app would
        builder.UseSetting("ConnectionStrings:MyeloCode", ConnectionString);
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    /// <summary>Starts the app and waits for its start-up load: null when the catalogue is ready, else the problem.</summary>
    public async Task<string?> StartAsync()
    {
        if (_kestrel)
        {
            UseKestrel(0);
            StartServer();
            BaseAddress = ClientOptions.BaseAddress;
        }
        return await Services.GetRequiredService<CatalogueReadiness>().Settled.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    public async ValueTask InitializeAsync()
    {
        if (await StartAsync() is { } problem)
            throw new InvalidOperationException($"The app did not become ready: {problem}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }
}
