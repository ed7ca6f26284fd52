using System.Net;
using Microsoft.Data.Sqlite;

namespace MyeloCode.EndToEnd;

/// <summary>
/// The app behind nginx with deploy/nginx/myelocode.conf, driven by a real browser through the proxy. A process-level
/// class with a browser of its own, so it runs beside the browser collection rather than in its queue.
/// </summary>
public sealed class ReverseProxyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    AppProcess? _app;
    NginxProxy? _proxy;

    public async ValueTask InitializeAsync()
    {
        _app = await AppProcess.StartHealthyAsync(settings: new Dictionary<string, string>
        {
            ["MyeloCode__ReverseProxy__KnownProxies__0"] = "127.0.0.1",
        });
    }

    [Fact]
    public async Task Pages_and_api_answer_through_the_proxy_with_the_apps_headers()
    {
        _proxy = await NginxProxy.StartAsync(_app!.BaseAddress);
        using var client = new HttpClient { BaseAddress = _proxy.Address };

        var health = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        var page = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
        // nginx names itself (server_tokens off: no version); the app behind it adds nothing.
        Assert.Equal("nginx", Assert.Single(page.Headers.GetValues("Server")));
    }

    [Fact]
    public async Task A_browser_journey_through_the_proxy_works_with_no_console_errors()
    {
        _proxy = await NginxProxy.StartAsync(_app!.BaseAddress);
        var session = await browser.OpenAsync(_proxy.Address);

        await session.Page.GotoAsync("/");
        await Assertions.Expect(session.Page.GetByText("62302").First).ToBeVisibleAsync();

        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    public async ValueTask DisposeAsync()
    {
        await browser.EndTestAsync();
        if (_proxy is not null) await _proxy.DisposeAsync();
        if (_app is not null) await _app.DisposeAsync();
    }
}
