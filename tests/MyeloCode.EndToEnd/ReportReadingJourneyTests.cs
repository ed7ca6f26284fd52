namespace MyeloCode.EndToEnd;

public sealed class ReportReadingJourneyTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    // The issue's terse example, with a history line that must not count and a patient marker that must go nowhere.
    static readonly string Report = $"""
        PATIENT: Zq{Guid.NewGuid():N}
        HISTORY: Neck pain. Prior CT lumbar spine 2025.
        PROCEDURE: LP at L2-3 under fluoro, 15 mL Omnipaque 180 instilled, AP/lateral views of the C-spine, post-myelo CT C-spine
        """;

    [Theory]
    [InlineData(ColorScheme.Light, Viewport.Desktop)]
    [InlineData(ColorScheme.Dark, Viewport.Desktop)]
    [InlineData(ColorScheme.Light, Viewport.Phone)]
    [InlineData(ColorScheme.Dark, Viewport.Phone)]
    public async Task A_pasted_report_answers_the_questions_with_its_words_marked_and_clear_forgets_it(ColorScheme scheme, Viewport viewport)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, new() { ColorScheme = scheme }, viewport);
        var page = session.Page;
        var suggest = new SuggestPage(page);
        await suggest.OpenAsync();
        var marker = Report.Split('\n')[0]["PATIENT: ".Length..];

        // Keyboard only: paste into the box, Tab to "Read report", Enter.
        await page.GetByTestId("report-text").FocusAsync();
        await page.Keyboard.InsertTextAsync(Report);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByTestId("report-read")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("report-as-read")).ToContainTextAsync("post-myelo CT C-spine");
        await Expect(page.Locator("[data-testid=report-mark][data-questions~=route]").First).ToHaveTextAsync(new Regex("^LP"));
        await Expect(page.GetByTestId("evidence-regions")).ToContainTextAsync("views of the C-spine");
        await Expect(page.GetByTestId("evidence-ct")).ToContainTextAsync("post-myelo CT C-spine");
        await Expect(page.GetByTestId("evidence-route")).ToContainTextAsync("LP");
        await Expect(page.Locator("[data-testid=report-missing-fact][data-question=billing]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("copy-physician-query")).ToHaveAttributeAsync("data-copy", new Regex("Dear Doctor"));
        await Expect(suggest.RegionToggle("cervical")).ToBeCheckedAsync();
        await Expect(suggest.RegionToggle("lumbosacral")).Not.ToBeCheckedAsync();
        await Expect(suggest.Route("lumbar")).ToBeCheckedAsync();
        await Expect(suggest.CtToggle("cervical")).ToBeCheckedAsync();
        await Expect(suggest.CtToggle("lumbosacral")).Not.ToBeCheckedAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"/suggest with a report read ({scheme}, {viewport})");

        // The coder answers what the report does not say; the claim lines follow.
        await suggest.Billing("both").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await suggest.ExpectClaimLinesAsync("62302", "72126-26");
        await Expect(page).ToHaveURLAsync(new Regex(@"regions=cervical&route=lumbar&billing=both&ct=cervical"));
        await Layout.AssertNoSidewaysScrollAsync(page, $"/suggest with a report ({viewport})");

        // Clear forgets the report: the box is empty, no mark or quote is left, the answers stay (they are the URL's).
        await page.GetByTestId("report-clear").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("report-text")).ToHaveValueAsync("");
        await Expect(page.GetByTestId("report-mark")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("evidence-route")).ToHaveCountAsync(0);
        await suggest.ExpectClaimLinesAsync("62302", "72126-26");
        Assert.DoesNotContain(marker, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(marker, page.Url, StringComparison.Ordinal);
        var stored = await page.EvaluateAsync<string>("() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie");
        Assert.DoesNotContain(marker, stored, StringComparison.Ordinal);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task An_empty_box_says_so_and_reads_nothing()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync("?regions=thoracic&route=lumbar&billing=both");

        await session.Page.GetByTestId("report-read").ClickAsync();

        await Expect(session.Page.GetByTestId("report-error")).ToContainTextAsync("empty");
        await suggest.ExpectClaimLinesAsync("62303");
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }
}
