namespace MyeloCode.EndToEnd;

/// <summary>Starred and recently opened codes: kept in the browser, shown on the home page and in the search box.</summary>
public sealed class MyCodesTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_starred_code_and_the_codes_opened_last_survive_a_reload_show_on_the_home_page_and_in_the_search_box_and_clear()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("my-codes")).ToBeHiddenAsync();

        await page.GotoAsync("/codes/62302");
        var star = page.GetByTestId("star");
        await Expect(star).ToHaveAttributeAsync("aria-pressed", "false");
        await star.ClickAsync();
        await Expect(star).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync("/codes/72240");
        await page.GotoAsync("/codes/72126");

        await page.GotoAsync("/");
        await page.ReloadAsync();
        var starred = page.GetByTestId("starred-codes").Locator("li");
        var recent = page.GetByTestId("recent-codes").Locator("li");
        await Expect(starred).ToHaveCountAsync(1);
        await Expect(starred.First).ToHaveAttributeAsync("data-code", "62302");
        await Expect(recent).ToHaveCountAsync(3);
        Assert.Equal(["72126", "72240", "62302"], await recent.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)"));
        await Accessibility.AssertNoSeriousViolationsAsync(page, "the home page with starred and recent codes");

        await page.GetByTestId("search-input").FocusAsync();
        var offered = page.Locator("#quick-results [role=option]");
        await Expect(offered.First).ToContainTextAsync("62302");
        await Expect(offered).ToHaveCountAsync(3);

        // Enhanced navigation (a link click, no page load) records the code too, and the star shows its state.
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("tr[data-code='62305'] a.code-link").First.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("62305");
        await page.GetByTestId("nav-codes").ClickAsync();
        await Expect(page.GetByTestId("recent-codes").Locator("li").First).ToHaveAttributeAsync("data-code", "62305");
        await page.GotoAsync("/codes/62302");
        await Expect(page.GetByTestId("star")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync("/");
        await page.GetByTestId("clear-my-codes").ClickAsync();
        await Expect(page.GetByTestId("my-codes")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(page.GetByTestId("my-codes")).ToBeHiddenAsync();
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task Only_the_last_ten_codes_opened_are_kept_and_nothing_reaches_the_server()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var page = session.Page;
        var sent = new List<string>();
        page.Request += (_, request) => { lock (sent) sent.Add(request.Url + " " + (request.Headers.TryGetValue("cookie", out var c) ? c : "")); };
        string[] codes = ["62270", "62284", "61055", "62302", "62303", "62304", "62305", "72240", "72255", "72265", "72270"];

        foreach (var code in codes)
        {
            await page.GotoAsync($"/codes/{code}");
            await Expect(page.GetByTestId("code-id")).ToHaveTextAsync(code);
        }
        await page.GotoAsync("/");

        var recent = page.GetByTestId("recent-codes").Locator("li");
        await Expect(recent).ToHaveCountAsync(10);
        await Expect(recent.First).ToHaveAttributeAsync("data-code", "72270");
        await Expect(page.GetByTestId("recent-codes").Locator("li[data-code='62270']")).ToHaveCountAsync(0);
        lock (sent)
            Assert.DoesNotContain(sent, s => s.Contains("myelocode-codes", StringComparison.Ordinal) || s.Contains("starred", StringComparison.Ordinal));
    }
}
