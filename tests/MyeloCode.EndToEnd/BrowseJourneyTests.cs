using System.Net;

namespace MyeloCode.EndToEnd;

/// <summary>A coder looking codes up: search, filters, code pages, not-found, copy, keyboard and dark mode.</summary>
public sealed partial class BrowseJourneyTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Searching_cervical_myelogram_finds_62302_first_and_opens_its_page(Viewport viewport)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, viewport: viewport);
        var site = new CataloguePages(session.Page);
        await session.Page.GotoAsync("/");

        await site.SearchInput.FillAsync("cervical myelogram");
        await site.SearchInput.PressAsync("Enter");
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/codes\?q=cervical(\+|%20)myelogram"));
        await Expect(site.SearchResults.First).ToHaveAttributeAsync("data-code", "62302");
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, "search results");
        await session.ScreenshotAsync(viewport == Viewport.Phone ? "search-light-phone" : "search-light");

        await site.SearchResults.First.GetByRole(AriaRole.Link, new() { Name = "62302" }).ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("/codes/62302$"));
        await Expect(site.Heading).ToContainTextAsync("62302");
        await Expect(session.Page).ToHaveTitleAsync(new Regex("62302"));
        await Expect(session.Page.Locator("[data-testid=section-never-with]")).ToContainTextAsync("62284");
        await Layout.AssertFitsScreenAsync(session.Page, $"/codes/62302 ({viewport})");

        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task A_region_filter_lives_in_the_url_and_survives_a_reload_and_the_back_button()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var site = new CataloguePages(session.Page);
        await session.Page.GotoAsync("/codes");
        var all = await site.RowCodesAsync();

        await site.FilterRegion.SelectOptionAsync("cervical");
        await site.FilterApply.ClickAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"/codes\?region=cervical$"));
        await Expect(site.CodeRows).Not.ToHaveCountAsync(all.Count); // the filtered page is in, not just its URL
        var filtered = await site.RowCodesAsync();
        await session.Page.ReloadAsync();

        Assert.Equal(filtered, await site.RowCodesAsync());
        await Expect(site.FilterRegion).ToHaveValueAsync("cervical");
        Assert.Contains("62302", filtered);
        Assert.Contains("72240", filtered);
        Assert.DoesNotContain("62304", filtered);
        Assert.True(filtered.Count < all.Count);
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, "the region filter");

        await session.Page.GoBackAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex("/codes$"));
        await Expect(site.CodeRows).ToHaveCountAsync(all.Count);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Theory]
    [InlineData("/codes/99999")]
    [InlineData("/codes/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task An_unknown_or_malformed_code_gets_a_friendly_404_page_with_search_suggestions(string path)
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var dialogs = 0;
        session.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        var response = await session.Page.GotoAsync(path);

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(session.Page.Locator(CataloguePages.Selectors.NotFound)).ToBeVisibleAsync();
        await Expect(session.Page.Locator(CataloguePages.Selectors.NotFoundSearch)).ToBeVisibleAsync();
        await Expect(session.Page.Locator(CataloguePages.Selectors.SearchSuggestion).First).ToBeVisibleAsync();
        Assert.Equal(0, dialogs);
        Assert.Equal(0, await session.Page.Locator("script:not([src])").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, $"the not-found page for {path}");
        // The 404 response itself is logged by the browser as a failed resource; anything else is a problem.
        Assert.True(session.Problems.All(p => p.Contains("404", StringComparison.Ordinal)), string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task A_two_region_lumbar_myelogram_with_a_ct_of_one_region_suggests_62305_and_the_ct_code_with_reasons()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync();

        await suggest.SpineRegion("cervical").ClickAsync();
        await suggest.SpineRegion("thoracic").ClickAsync();
        await suggest.Route("lumbar").CheckAsync();
        await suggest.Billing("both").CheckAsync();
        await suggest.CtToggle("lumbosacral").CheckAsync();

        // The default setting is a facility: the CT, which has a professional/technical split, carries 26 (issue 11).
        await suggest.ExpectClaimLinesAsync("62305", "72132-26");
        await suggest.Setting("office").CheckAsync();
        await suggest.ExpectClaimLinesAsync("62305", "72132");
        await Expect(suggest.Rationale.Filter(new() { HasText = "62305" }).First).ToBeVisibleAsync();
        await Expect(suggest.Rationale.Filter(new() { HasText = "72132" }).First).ToBeVisibleAsync();
        await Expect(session.Page.Locator("[data-testid=do-not-report][data-code='62284']")).ToBeVisibleAsync();
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"regions=cervical(,|%2C)thoracic&route=lumbar&billing=both&ct=lumbosacral"));
        await session.ScreenshotAsync("suggest-journey-light");
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task Copy_puts_the_code_on_the_clipboard_and_says_so()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var site = new CataloguePages(session.Page);
        await session.Page.GotoAsync("/codes/62302");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => window.isSecureContext && !!navigator.clipboard"));

        await site.CopyCode.ClickAsync();

        await Expect(site.CopyToast).ToContainTextAsync("Copied: 62302");
        Assert.Equal("62302", await session.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task Copy_works_over_plain_http_on_an_intranet_host_without_the_clipboard_api()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var intranet = new UriBuilder(app.BaseAddress) { Host = BrowserFixture.IntranetHost }.Uri;
        var site = new CataloguePages(session.Page);
        await session.Page.GotoAsync(new Uri(intranet, "/codes/72240").ToString());
        Assert.False(await session.Page.EvaluateAsync<bool>("() => window.isSecureContext"));
        Assert.True(await session.Page.EvaluateAsync<bool>("() => navigator.clipboard === undefined"));

        await site.CopyCode.ClickAsync();
        await Expect(site.CopyToast).ToContainTextAsync("Copied: 72240");

        // Read the clipboard back from a secure origin of the same browser.
        await session.Context.GrantPermissionsAsync(["clipboard-read"], new() { Origin = app.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var reader = await session.Context.NewPageAsync();
        await reader.GotoAsync(new Uri(app.BaseAddress, "/healthz").ToString());
        Assert.Equal("72240", await reader.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task A_coder_can_search_open_a_code_filter_and_copy_with_the_keyboard_alone()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var site = new CataloguePages(session.Page);
        var keyboard = session.Page.Keyboard;
        await session.Page.GotoAsync("/");

        // Focus starts at the page heading after load, so the first Tab reaches the page's search box.
        await site.TabToAsync(CataloguePages.Selectors.FilterSearch);
        await keyboard.TypeAsync("c-spine");
        await keyboard.PressAsync("Enter");
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"q=c-spine"));
        await Expect(site.SearchResults.First).ToBeVisibleAsync();

        await site.TabToAsync($"{CataloguePages.Selectors.SearchResult} a");
        var code = await session.Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await keyboard.PressAsync("Enter");
        await Expect(session.Page).ToHaveURLAsync(new Regex($"/codes/{code}$"));
        // Enhanced navigation changes the URL before it swaps the page in, and the results list has copy buttons too:
        // wait for the code page itself, or Tab may land on a results-page button that is about to disappear.
        await Expect(site.Heading).ToContainTextAsync(code);

        await site.TabToAsync(CataloguePages.Selectors.CopyCode);
        await keyboard.PressAsync("Space");
        await Expect(site.CopyToast).ToContainTextAsync($"Copied: {code}");
        Assert.Equal(code, await session.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await session.Page.GotoAsync("/codes");
        await site.TabToAsync(CataloguePages.Selectors.FilterRegion);
        await keyboard.PressAsync("ArrowDown"); // first region: cervical
        await site.TabToAsync(CataloguePages.Selectors.FilterApply);
        await keyboard.PressAsync("Enter");
        await Expect(session.Page).ToHaveURLAsync(new Regex(@"region=cervical"));
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_and_the_toggle_sticks_across_pages()
    {
        var session = await Browser.OpenAsync(app.BaseAddress, new() { ColorScheme = ColorScheme.Dark });
        var site = new CataloguePages(session.Page);
        var html = session.Page.Locator("html");

        await session.Page.GotoAsync("/");
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        var background = await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual("rgb(255, 255, 255)", background);

        await site.ThemeToggle.ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");
        await session.Page.GotoAsync("/codes/62305");
        await Expect(html).ToHaveAttributeAsync("data-theme", "light");
        await site.ThemeToggle.ClickAsync();
        await Expect(html).ToHaveAttributeAsync("data-theme", "dark");
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    // Layout (heading in view, no sideways scroll) and console errors follow the width, not the colour scheme: every
    // page is opened in light at both widths. Dark changes only colours, and a page has the same kinds of element in
    // either scheme, so dark opens the pages axe ran on in light (and those screenshotted for the README).
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Every_page_passes_axe_with_no_console_errors_its_heading_in_view_and_no_sideways_scroll(Viewport viewport)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var codes = Regex.Matches(await client.GetStringAsync("/api/codes", TestContext.Current.CancellationToken), "\"code\":\"(\\d{5})\"")
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(codes);
        string[] pages = ["/", "/codes?q=ct+myelogram", "/codes?q=cervcal", "/codes?kind=ct", "/codes?route=c1c2", "/compare",
            "/suggest", "/suggest?regions=cervical,thoracic&route=lumbar&billing=both&ct=lumbosacral",
            "/suggest?regions=cervical&route=c1c2&billing=interpreting&ct=cervical", "/not-found", .. codes.Select(c => $"/codes/{c}")];
        // /edits is not listed: EditGridTests runs the same checks on it in the same four states, with NCCI and MUE
        // files imported (more to check), and axe on its 2,600 elements is the slowest check of the suite.

        var axed = await SweepAsync(ColorScheme.Light, viewport, pages);
        // Every page template was checked: the home page, a code page, compare, suggest and the 404.
        Assert.Contains("/", axed);
        Assert.Contains($"/codes/{codes[0]}", axed);
        Assert.Contains("/compare", axed);
        Assert.Contains("/suggest", axed);
        Assert.Contains("/not-found", axed);
        var axedDark = await SweepAsync(ColorScheme.Dark, viewport, [.. pages.Where(p => axed.Contains(p) || Screenshots.ContainsKey(p))]);
        Assert.Empty(axed.Except(axedDark)); // each page axe checked in light, it checked in dark too
    }

    static readonly Dictionary<string, string> Screenshots = new()
    {
        ["/"] = "home", ["/codes/62302"] = "code", ["/compare"] = "compare",
        ["/suggest?regions=cervical,thoracic&route=lumbar&billing=both&ct=lumbosacral"] = "suggest",
    };

    /// <summary>Opens each page in one scheme: console errors, axe where it holds a new kind of element, heading, width.</summary>
    async Task<List<string>> SweepAsync(ColorScheme scheme, Viewport viewport, string[] pages)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, new() { ColorScheme = scheme }, viewport);
        var suffix = (scheme == ColorScheme.Dark ? "dark" : "light") + (viewport == Viewport.Phone ? "-phone" : "");
        var checkedKinds = new HashSet<string>();
        var axed = new List<string>();
        foreach (var path in pages)
        {
            await session.Page.GotoAsync(path);
            if (path.StartsWith("/suggest", StringComparison.Ordinal))
                await session.Page.Locator(SuggestPage.Selectors.Interactive).WaitForAsync();
            var state = $"{path} ({scheme}, {viewport})";
            if (await Accessibility.AssertNoSeriousViolationsOnNewKindsAsync(session.Page, state, checkedKinds))
                axed.Add(path);
            await Layout.AssertFitsScreenAsync(session.Page, state);
            if (Screenshots.TryGetValue(path, out var name))
                await session.ScreenshotAsync($"{name}-{suffix}");
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{scheme}: axe ran on {axed.Count} of {pages.Length} pages: {string.Join(" ", axed)}");
        Assert.True(session.Problems.All(p => p.Contains("404", StringComparison.Ordinal)), string.Join("\n", session.Problems));
        return axed;
    }
}
