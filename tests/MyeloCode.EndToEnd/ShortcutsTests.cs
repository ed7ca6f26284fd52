namespace MyeloCode.EndToEnd;

/// <summary>/ search, c copy, s suggest, ? list: from the page, never while typing in a field.</summary>
public sealed class ShortcutsTests(AppServerFixture app, BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Slash_focuses_search_c_copies_the_code_s_opens_suggest_and_question_mark_lists_them()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = session.Page;
        var keyboard = page.Keyboard;
        await page.GotoAsync("/codes/62303");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();

        await keyboard.PressAsync("c");
        await Expect(page.GetByTestId("copy-toast")).ToContainTextAsync("Copied: 62303");
        Assert.Equal("62303", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await keyboard.PressAsync("?");
        var dialog = page.GetByTestId("shortcuts-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("shortcut-list")).ToContainTextAsync("Copy the code");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "the shortcuts dialog");
        await keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();

        await keyboard.PressAsync("/");
        await Expect(page.GetByTestId("search-input")).ToBeFocusedAsync();
        await Expect(page.GetByTestId("search-input")).ToHaveValueAsync("");

        await page.Locator("h1").FocusAsync();
        await keyboard.PressAsync("s");
        await Expect(page).ToHaveURLAsync(new Regex("/suggest$"));
        await keyboard.PressAsync("/");
        await Expect(page.GetByTestId("search-input")).ToBeFocusedAsync();
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Fact]
    public async Task Shortcut_keys_typed_in_a_field_are_just_text()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/codes/62302");

        await page.GetByTestId("search-input").FocusAsync();
        await page.Keyboard.TypeAsync("sc/?");
        await Expect(page.GetByTestId("search-input")).ToHaveValueAsync("sc/?");

        await page.GotoAsync("/codes");
        await page.Locator("[data-testid=filter-q]").FocusAsync();
        await page.Keyboard.TypeAsync("s?c/");
        await Expect(page.Locator("[data-testid=filter-q]")).ToHaveValueAsync("s?c/");
        await Expect(page).ToHaveURLAsync(new Regex("/codes$"));
        await Expect(page.GetByTestId("shortcuts-dialog")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("copy-toast")).ToBeEmptyAsync();
    }
}
