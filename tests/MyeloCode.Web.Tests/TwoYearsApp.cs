using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Tests.Import;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Tests;

/// <summary>A clock the test sets: "today" for the date of service default.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>
/// The real app with two versions of each CMS file imported (<see cref="TwoYears"/>: PFS 2025 and 2026, MUE from
/// 2025-10-01 and 2026-04-01, NCCI from 2025-10-01 and 2026-04-01), and today fixed at 2026-06-15.
/// </summary>
public sealed class TwoYearsApp : IAsyncLifetime
{
    public static readonly DateTimeOffset Today = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    readonly MyeloWebApplicationFactory _root = new();

    public TestClock Clock { get; } = new(Today);
    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public HttpClient CreateClient() => App.CreateClient();

    public async ValueTask InitializeAsync()
    {
        await _root.InitializeAsync();
        await TwoYears.ImportAllAsync(_root.ConnectionString, _root.Folder);
        // A second host over the same file, with the test's clock; its start-up load reads the imports.
        App = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        if (await App.Services.GetRequiredService<CatalogueReadiness>().Settled.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken) is { } problem)
            throw new InvalidOperationException($"The app did not become ready: {problem}");
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
            await App.DisposeAsync();
        await _root.DisposeAsync();
    }
}
