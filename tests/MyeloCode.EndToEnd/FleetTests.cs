using System.Net;
using MyeloCode.Tests.Import;

namespace MyeloCode.EndToEnd;

/// <summary>
/// Two instances behind deploy/nginx/myelocode-fleet.conf (docs/deployment.md, "Several servers"): both answer, a
/// circuit sticks to one, an import reaches both, and a browser whose instance dies comes back on the other.
/// A process-level class with a browser of its own, like <see cref="ReverseProxyTests"/>.
/// </summary>
public sealed class FleetTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    AppFleet _fleet = null!;
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _fleet = await AppFleet.StartAsync();

    [Fact]
    public async Task Pages_and_apis_answer_from_both_instances_and_a_browsers_circuit_requests_stay_on_one()
    {
        using var client = new HttpClient { BaseAddress = _fleet.Proxy.Address };
        string[] paths = ["/", "/codes/62302", "/suggest?regions=cervical&route=lumbar&billing=both", "/api/codes",
            "/api/suggest?regions=cervical&route=lumbar&billing=both", "/healthz"];

        foreach (var path in paths)
        {
            var answeredBy = new HashSet<string>();
            for (var i = 0; i < 4; i++)
            {
                using var response = await client.GetAsync(path, Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answeredBy.Add(AppFleet.Instance(response));
            }
            Assert.True(AppFleet.Names.ToHashSet().SetEquals(answeredBy), $"{path} was answered by {string.Join(", ", answeredBy)}");
        }

        // One browser (one antiforgery cookie) always negotiates with the same instance; browsers spread over both.
        var browsers = Enumerable.Range(0, 40).Select(i => $"token-{i}").ToList();
        var chosen = new Dictionary<string, string>();
        foreach (var token in browsers)
        {
            var instances = new HashSet<string>();
            for (var i = 0; i < 3; i++)
                instances.Add(await NegotiateAsync(client, token));
            chosen[token] = Assert.Single(instances);
        }
        Assert.Equal(2, chosen.Values.Distinct().Count());
    }

    static async Task<string> NegotiateAsync(HttpClient client, string antiforgeryCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Cookie", $".AspNetCore.Antiforgery.fleet={antiforgeryCookie}");
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return AppFleet.Instance(response);
    }

    [Fact]
    public async Task An_import_into_both_databases_while_they_run_gives_both_the_same_new_data_stamp()
    {
        var before = await StampsAsync();
        Assert.Equal(before["a"], before["b"]);
        var files = Directory.CreateTempSubdirectory("myelocode-fleet-import-");
        try
        {
            var mue = Path.Combine(files.FullName, ImportFixtures.MueName);
            await File.WriteAllTextAsync(mue, ImportFixtures.GoodMue, Ct);

            await using (var import = AppProcess.StartCli(null, "import", "mue", mue, "--db", _fleet.ConnectionString("a"), "--db", _fleet.ConnectionString("b")))
                Assert.Equal(0, await import.WaitForExitAsync());

            // Each instance polls its database every 2 s: wait for both to have swapped in the import.
            var after = await WaitForAsync(StampsAsync, stamps => stamps.Values.All(s => s != before["a"]), TimeSpan.FromSeconds(30));
            Assert.Equal(after["a"], after["b"]);
        }
        finally
        {
            files.Delete(recursive: true);
        }
    }

    async Task<Dictionary<string, string>> StampsAsync()
    {
        var stamps = new Dictionary<string, string>();
        foreach (var name in AppFleet.Names)
        {
            var health = await _fleet.HealthAsync(name);
            Assert.Equal(name, health.GetProperty("instance").GetString());
            stamps[name] = health.GetProperty("dataStamp").GetString()!;
        }
        return stamps;
    }

    /// <summary>Reads until the condition holds (a state another process changes on its own schedule), or fails.</summary>
    static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (condition(value))
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached within {timeout}.");
            await Task.Delay(200, Ct);
        }
    }

    [Fact]
    public async Task When_the_instance_holding_the_circuit_dies_the_page_comes_back_on_the_other_with_the_case()
    {
        var session = await browser.OpenAsync(_fleet.Proxy.Address);
        var page = session.Page;
        var negotiatedWith = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/_blazor/negotiate", StringComparison.Ordinal))
                lock (negotiatedWith) negotiatedWith.Add(response.Headers.GetValueOrDefault("x-myelocode-instance", "(none)"));
        };
        string LastCircuit() { lock (negotiatedWith) return negotiatedWith.Count == 0 ? "" : negotiatedWith[^1]; }
        var suggest = new SuggestPage(page);
        await suggest.OpenAsync("?regions=cervical&route=lumbar&billing=both");
        await suggest.ExpectClaimLinesAsync("62302");
        var holder = LastCircuit();
        Assert.Contains(holder, AppFleet.Names);
        var other = AppFleet.Names.Single(n => n != holder);

        // Mark this document, so the wait below can only be met by a page loaded after the kill.
        await page.EvaluateAsync("() => { window.myelocodeBeforeFailover = true; }");
        _fleet[holder].KillHard();

        // Blazor loses the socket, fails to rejoin its circuit on the other instance (it is gone with its process),
        // reloads the page, and the new page starts a circuit there.
        await page.WaitForFunctionAsync(
            $"() => !window.myelocodeBeforeFailover && document.querySelector('{SuggestPage.Selectors.Interactive}') !== null",
            null, new() { Timeout = 60_000 });
        Assert.Equal(other, LastCircuit());
        await Expect(page).ToHaveURLAsync(new Regex(@"regions=cervical&route=lumbar&billing=both"));
        await suggest.ExpectClaimLinesAsync("62302");

        await suggest.SpineRegion("thoracic").ClickAsync();
        await suggest.ExpectClaimLinesAsync("62305");
        await session.ScreenshotAsync("fleet-after-failover");
    }

    public async ValueTask DisposeAsync()
    {
        await browser.EndTestAsync();
        if (_fleet is not null)
            await _fleet.DisposeAsync();
    }
}
