namespace MyeloCode.EndToEnd;

public sealed partial class SuggestJourneyTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task A_coder_picks_regions_on_the_spine_by_mouse_and_keyboard_and_the_address_follows(Viewport viewport)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, viewport: viewport);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync();
        await Expect(suggest.ValidationErrors.First).ToBeVisibleAsync();

        await suggest.Route("lumbar").CheckAsync();
        await suggest.Billing("both").CheckAsync();
        await suggest.SpineRegion("cervical").ClickAsync();
        await Expect(suggest.SpineRegion("cervical")).ToHaveAttributeAsync("aria-checked", "true");
        await suggest.ExpectClaimLinesAsync("62302");

        // Focus may scroll the region into view (the report box sits above it); Space itself must not scroll.
        await suggest.SpineRegion("thoracic").FocusAsync();
        var scrolled = await session.Page.EvaluateAsync<double>("() => window.scrollY");
        await session.Page.Keyboard.PressAsync("Space");
        await Expect(suggest.SpineRegion("thoracic")).ToHaveAttributeAsync("aria-checked", "true");
        await suggest.ExpectClaimLinesAsync("62305");
        Assert.Equal(scrolled, await session.Page.EvaluateAsync<double>("() => window.scrollY"));
        await Expect(suggest.SpineRegion("thoracic")).ToBeFocusedAsync();

        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(suggest.SpineRegion("thoracic")).ToHaveAttributeAsync("aria-checked", "false");
        await Expect(suggest.RegionToggle("thoracic")).Not.ToBeCheckedAsync();
        await suggest.ExpectClaimLinesAsync("62302");
        await Expect(session.Page).ToHaveURLAsync(SuggestUrl());
        await Layout.AssertNoSidewaysScrollAsync(session.Page, $"/suggest ({viewport})");
        await session.ScreenshotAsync(viewport == Viewport.Phone ? "suggest-journey-phone" : "suggest-journey");

        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task A_shared_link_opens_on_the_same_answer_and_copy_all_puts_one_code_per_line()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync("?regions=cervical&route=c1c2&billing=interpreting&ct=cervical");

        await suggest.ExpectClaimLinesAsync("72240-26", "72126-26");
        await Expect(suggest.Rationale.First).ToBeVisibleAsync();
        await Expect(session.Page.Locator("[data-testid=do-not-report][data-code='61055']")).ToBeVisibleAsync();

        await suggest.CopyAll.ClickAsync();
        await Expect(session.Page.Locator(SuggestPage.Selectors.CopyToast)).ToContainTextAsync("72240-26, 72126-26");
        Assert.Equal("72240-26\n72126-26", await session.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await suggest.CtToggle("cervical").UncheckAsync();
        await suggest.ExpectClaimLinesAsync("72240-26");
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task A_coder_answers_the_claim_questions_by_keyboard_and_copies_the_audit_note()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync("?regions=cervical&route=c1c2&billing=interpreting&ct=cervical");
        await suggest.ExpectClaimLinesAsync("72240-26", "72126-26");

        await Press(suggest.Setting("office"), "Space");
        await suggest.ExpectClaimLinesAsync("72240", "72126");

        await Press(suggest.CtBeforeToggle("cervical"), "Space");
        await suggest.ExpectClaimLinesAsync("72240", "72127");

        await Press(suggest.CtReader("other"), "Space");
        await suggest.ExpectClaimLinesAsync("72240");

        await Press(suggest.Outcome("discontinued"), "Space");
        await suggest.ExpectClaimLinesAsync("72240-53");
        await Expect(session.Page).ToHaveURLAsync(ClaimUrl());

        await Press(suggest.CopyNote, "Enter");
        await Expect(session.Page.Locator(SuggestPage.Selectors.CopyToast)).ToContainTextAsync("Copied: audit note, ");
        var note = await session.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("\nClaim line 1: 72240-53 x 1 unit", note, StringComparison.Ordinal);
        Assert.Contains("setting office; outcome discontinued; ct cervical; ctBefore cervical; ctReader other", note, StringComparison.Ordinal);
        await session.ScreenshotAsync("suggest-claim-questions");

        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task The_technical_claim_and_the_posterior_fossa_are_reached_by_keyboard()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync("?regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral");
        await suggest.ExpectClaimLinesAsync("62304", "72132-26");

        await Press(suggest.Billing("technical"), "Space");
        await Expect(suggest.ValidationErrors.First).ToHaveAttributeAsync("data-parameter", "billing");

        await Press(suggest.Setting("office"), "Space");
        await suggest.ExpectClaimLinesAsync("72265-TC", "72132-TC");

        await Press(suggest.Billing("both"), "Space");
        await Press(suggest.RegionToggle("posterior-fossa"), "Space");
        await suggest.ExpectClaimLinesAsync("62284", "70010", "72132");
        await Expect(suggest.RegionToggle("lumbosacral")).Not.ToBeCheckedAsync();

        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task The_new_questions_have_no_serious_accessibility_problems()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var suggest = new SuggestPage(session.Page);

        await suggest.OpenAsync("?regions=cervical&route=c1c2&billing=interpreting&ct=cervical&setting=office&outcome=discontinued&ctReader=this&ctBefore=cervical");
        await Expect(suggest.CtReader("this")).ToBeVisibleAsync();
        await session.Page.Locator("[data-testid=audit-note] summary").ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, "the suggestion screen with every question answered and the audit note open");

        await suggest.OpenAsync("?regions=cervical&route=lumbar&billing=technical&ct=");
        await Expect(suggest.ValidationErrors.First).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(session.Page, "the suggestion screen refusing a technical claim in a facility");
    }

    static async Task Press(ILocator control, string key)
    {
        await control.FocusAsync();
        await Expect(control).ToBeFocusedAsync();
        await control.PressAsync(key);
    }

    [GeneratedRegex(@"/suggest\?regions=cervical&route=c1c2&billing=interpreting&ct=cervical&setting=office&outcome=discontinued&ctReader=other&ctBefore=cervical$")]
    private static partial Regex ClaimUrl();

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Every_spine_label_is_drawn_whole_when_its_region_is_picked(Viewport viewport)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, viewport: viewport);
        var suggest = new SuggestPage(session.Page);
        await suggest.OpenAsync("?regions=cervical,thoracic,lumbosacral&route=lumbar&billing=both&ct=lumbosacral");
        await Expect(suggest.SpineRegion("lumbosacral")).ToHaveAttributeAsync("aria-checked", "true");

        // A label past the drawing's right edge is clipped by the SVG viewport ("Lumbosacra").
        var clipped = await session.Page.EvaluateAsync<string[]>("""
            () => {
              const svg = document.querySelector('[data-testid=spine]');
              const edge = svg.getBoundingClientRect().right;
              return [...svg.querySelectorAll('text')].filter(t => t.getBoundingClientRect().right > edge + 0.5).map(t => t.textContent);
            }
            """);

        Assert.Empty(clipped);
        await Expect(suggest.SpineRegion("lumbosacral")).ToContainTextAsync("Lumbosacral");
    }

    [GeneratedRegex(@"/suggest\?regions=cervical&route=lumbar&billing=both&ct=$")]
    private static partial Regex SuggestUrl();
}
