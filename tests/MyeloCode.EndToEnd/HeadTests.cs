using System.Text.Json;

namespace MyeloCode.EndToEnd;

/// <summary>Uptime monitors and link checkers send HEAD: every page and GET API answers it like GET, without a body.</summary>
public sealed class HeadTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    public static TheoryData<string, int> Addresses => new()
    {
        { "/", 200 }, { "/codes", 200 }, { "/codes?q=cervical", 200 }, { "/codes/62302", 200 }, { "/compare", 200 }, { "/edits", 200 },
        { "/suggest", 200 }, { "/api/codes", 200 }, { "/api/codes/62302", 200 }, { "/api/search?q=62302", 200 },
        { "/api/suggest?regions=cervical&route=lumbar&billing=both", 200 }, { "/ping", 200 }, { "/healthz", 200 },
        { "/codes/99999", 404 }, { "/api/codes/99999", 404 }, { "/api/search?limit=abc", 400 },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Head_answers_with_the_status_and_content_type_of_get_and_no_body(string target, int status)
    {
        var ct = TestContext.Current.CancellationToken;

        var get = await RawHttp.SendAsync(app.BaseAddress, "GET", target, ct);
        var head = await RawHttp.SendAsync(app.BaseAddress, "HEAD", target, ct);

        Assert.Equal(status, get.Status);
        Assert.Equal(status, head.Status);
        Assert.Equal(Header(get, "Content-Type"), Header(head, "Content-Type"));
        Assert.NotEqual("", get.Body);
        Assert.Equal("", head.Body);
    }

    [Fact]
    public async Task Chromium_gets_200_for_head_on_a_code_page_and_the_search_api()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Page.GotoAsync("/ping");

        var statuses = await session.Page.EvaluateAsync<JsonElement>(
            "async urls => Promise.all(urls.map(async u => (await fetch(u, { method: 'HEAD' })).status))",
            new[] { "/codes/62302", "/api/search?q=cervical", "/codes/99999" });

        Assert.Equal([200, 200, 404], statuses.EnumerateArray().Select(s => s.GetInt32()));
    }

    static string? Header(RawHttp.Response response, string name) =>
        response.Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
