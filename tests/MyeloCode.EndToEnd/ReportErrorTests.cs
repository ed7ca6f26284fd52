using MyeloCode.Web.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>"Report an error": prefilled with page, code and data revision when MyeloCode:Feedback:Url is set; absent when not.</summary>
public sealed class ReportErrorTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    MyeloWebApplicationFactory? _reporting;

    // The browser first: an open page keeps a circuit that the app's shutdown would wait out (30 s) if it went first.
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_reporting is not null)
            await _reporting.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_feedback_address_there_is_no_report_link()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Page.GotoAsync("/codes/62302");
        await Expect(session.Page.Locator("h1")).ToContainTextAsync("62302");
        await Expect(session.Page.GetByTestId("report-error")).ToHaveCountAsync(0);

        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync("?regions=cervical&route=lumbar&billing=both&ct=");
        await suggest.ExpectClaimLinesAsync("62302");
        await Expect(session.Page.GetByTestId("report-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_mailto_address_gives_a_link_prefilled_with_the_page_the_code_and_the_data_revision()
    {
        var reporting = _reporting = new MyeloWebApplicationFactory().OnKestrel().With("MyeloCode:Feedback:Url", "mailto:coding-team@example.org");
        Assert.Null(await reporting.StartAsync());
        var session = await Browser.OpenAsync(reporting.BaseAddress);
        var page = session.Page;

        await page.GotoAsync("/codes/62303");
        var link = page.GetByTestId("report-error");
        await Expect(link).ToBeVisibleAsync();
        var href = Uri.UnescapeDataString(await link.GetAttributeAsync("href") ?? "");
        Assert.StartsWith("mailto:coding-team@example.org?subject=", href, StringComparison.Ordinal);
        Assert.Contains("Code: 62303", href, StringComparison.Ordinal);
        Assert.Contains($"Page: {reporting.BaseAddress}codes/62303", href, StringComparison.Ordinal);
        Assert.Matches(@"Data revision: \d+", href);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "a code page with the report link");

        var suggest = new SuggestPage(page);
        await suggest.OpenAsync("?regions=cervical&route=lumbar&billing=both&ct=");
        await suggest.ExpectClaimLinesAsync("62302");
        var suggestionHref = Uri.UnescapeDataString(await page.GetByTestId("report-error").GetAttributeAsync("href") ?? "");
        Assert.Contains("Code: 62302", suggestionHref, StringComparison.Ordinal);
        Assert.Contains("/suggest?regions=cervical", suggestionHref, StringComparison.Ordinal);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }
}
