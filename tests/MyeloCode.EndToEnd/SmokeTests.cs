using Microsoft.Playwright;

namespace MyeloCode.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(AppServerFixture app, BrowserFixture browser) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => browser.SaveScreensIfFailedAsync();

    [Fact]
    public async Task The_home_page_shows_the_catalogue_without_console_errors_or_serious_accessibility_problems()
    {
        await using var session = await browser.OpenAsync(app.BaseAddress);

        await session.Page.GotoAsync("/");
        await Assertions.Expect(session.Page.GetByText("62302").First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, "the home page");
        await session.ScreenshotAsync("home-light");

        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task The_axe_check_fails_on_a_serious_violation()
    {
        await using var session = await browser.OpenAsync(app.BaseAddress);
        await session.Page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><title>t</title><main><h1>t</h1><button></button></main></html>");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Accessibility.AssertNoSeriousViolationsAsync(session.Page, "a page with a nameless button"));

        Assert.Contains("button-name (critical)", failure.Message, StringComparison.Ordinal);
    }
}
