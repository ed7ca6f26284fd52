namespace MyeloCode.EndToEnd;

public sealed class AccessibilityStatementTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(ColorScheme.Light, Viewport.Desktop)]
    [InlineData(ColorScheme.Dark, Viewport.Phone)]
    public async Task Every_page_links_the_statement_from_its_footer_and_it_lists_tests_limits_reporting_and_shortcuts(ColorScheme scheme, Viewport viewport)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, new() { ColorScheme = scheme }, viewport);
        var page = session.Page;
        foreach (var path in new[] { "/", "/codes/62302", "/compare", "/suggest", "/not-found" })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByTestId("footer-accessibility")).ToHaveAttributeAsync("href", "/accessibility");
        }

        await page.GetByTestId("footer-accessibility").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/accessibility$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Accessibility statement");
        await Expect(page.GetByTestId("a11y-tested")).ToContainTextAsync("axe-core");
        await Expect(page.GetByTestId("a11y-limits")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("a11y-report")).ToContainTextAsync("Report a barrier");
        await Expect(page.GetByTestId("a11y-shortcuts").Locator("kbd")).ToHaveTextAsync(["/", "c", "s", "?"]);
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"/accessibility ({scheme}, {viewport})");
        await Layout.AssertFitsScreenAsync(page, $"/accessibility ({viewport})");
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }
}
