using System.Globalization;

namespace MyeloCode.EndToEnd;

/// <summary>A coder coding an earlier date of service: the date field, its URL, the links that keep it and the data stamp.</summary>
public sealed class DateOfServiceJourneyTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_date_field_sets_dos_in_the_url_changes_the_stamp_and_links_keep_it()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var site = new CataloguePages(session.Page);
        await session.Page.GotoAsync("/codes/62302");
        var today = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Today by default; the catalogue ships CY2025 and CY2026 figures, so only a later year says so and names the file.
        await Expect(site.DateOfService).ToHaveValueAsync(today);
        await Expect(site.DataStamp).ToContainTextAsync($"Date of service {today}");
        if (DateTime.Now.Year > 2026)
            await Expect(site.StaleYear).ToContainTextAsync($"PPRRVU{DateTime.Now.Year}_*.csv");
        else
            await Expect(site.StaleYear).ToHaveCountAsync(0);

        await site.DateOfService.FillAsync("2025-06-30");
        await site.DateOfServiceSubmit.ClickAsync();

        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/codes/62302\?dos=2025-06-30$"));
        await Expect(site.DateOfService).ToHaveValueAsync("2025-06-30");
        await Expect(site.StaleYear).ToHaveCountAsync(0);
        await Expect(site.MedicareSection).ToContainTextAsync("CY2025");
        await Expect(site.DataStamp).ToContainTextAsync("Date of service 2025-06-30");
        await Expect(site.DataStamp).ToContainTextAsync("NCCI PTP: not imported");
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, "the date of service field");
        await session.ScreenshotAsync("date-of-service");

        await session.Page.Locator("[data-testid=section-siblings] a.sibling").First.ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/codes/\d{5}\?dos=2025-06-30$"));
        await Expect(site.DateOfService).ToHaveValueAsync("2025-06-30");

        await session.Page.GetByTestId("nav-compare").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/compare\?dos=2025-06-30$"));
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task Changing_the_date_on_the_suggest_screen_keeps_the_case()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var site = new CataloguePages(session.Page);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync("?regions=cervical&route=lumbar&billing=both&ct=");

        // The case changes on the interactive screen (the URL follows), then the date is changed.
        await suggest.SpineRegion("thoracic").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("regions=cervical,thoracic"));
        await site.DateOfService.FillAsync("2025-03-01");
        await site.DateOfServiceSubmit.ClickAsync();

        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/suggest\?regions=cervical(,|%2C)thoracic&route=lumbar&billing=both&ct=&dos=2025-03-01$"));
        await Expect(site.DateOfService).ToHaveValueAsync("2025-03-01");
        await session.Page.Locator(SuggestPage.Selectors.Interactive).WaitForAsync();
        await suggest.SpineRegion("lumbosacral").ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("regions=cervical,thoracic,lumbosacral.*&dos=2025-03-01$"));
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }
}
