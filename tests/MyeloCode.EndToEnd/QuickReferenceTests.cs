using System.Text;

namespace MyeloCode.EndToEnd;

/// <summary>/reference prints on one page; code pages print without the app bar or buttons.</summary>
public sealed partial class QuickReferenceTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task The_quick_reference_prints_on_one_portrait_page(string paper)
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/reference");
        await Expect(page.GetByTestId("reference-group").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=quick-reference] tr[data-code]")).ToHaveCountAsync(Directory.GetFiles(MyeloCode.Tests.RealCatalogue.Directory, "*.json").Length);
        await Expect(page.GetByTestId("reference-rules")).ToContainTextAsync("C1-C2");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = paper, Landscape = false, PrintBackground = false });

        Assert.Equal(1, PageObject().Count(Encoding.Latin1.GetString(pdf)));
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ResultsFolder.FullName, $"reference-{paper}.pdf"), pdf, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_quick_reference_passes_axe(ColorScheme scheme)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, new() { ColorScheme = scheme });
        await session.Page.GotoAsync("/reference");
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, $"/reference ({scheme})");
        await session.ScreenshotAsync(scheme == ColorScheme.Dark ? "reference-dark" : "reference-light");
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task A_code_page_prints_without_the_app_bar_buttons_or_footer()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/codes/62302");
        await Expect(page.Locator(".mud-appbar")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("copy-code")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("footer")).ToBeHiddenAsync();
        Assert.Equal(0, await page.Locator("button:visible").CountAsync());
        await Expect(page.Locator("h1")).ToContainTextAsync("62302");
        await Expect(page.Locator("[data-testid=section-never-with]")).ToBeVisibleAsync();
        // The room kept for the fixed app bar goes too (the date form is hidden; a stale-year notice may stay above).
        Assert.Equal("0px", await page.Locator(".mud-main-content").EvaluateAsync<string>("m => getComputedStyle(m).paddingTop"));
        await Expect(page.Locator(".dos-form")).ToBeHiddenAsync();
    }

    // A page object in the PDF Chromium writes ("/Type /Page", not the "/Type /Pages" tree).
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
