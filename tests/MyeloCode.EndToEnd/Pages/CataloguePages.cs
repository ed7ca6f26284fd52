namespace MyeloCode.EndToEnd.Pages;

/// <summary>The catalogue (/ and /codes), a code page (/codes/{code}) and the parts of the layout every page shares.</summary>
public sealed class CataloguePages(IPage page)
{
    public static class Selectors
    {
        public const string SearchInput = "[data-testid=search-input]";
        public const string SearchResult = "[data-testid=search-result]";
        public const string FilterRegion = "[data-testid=filter-region]";
        public const string FilterApply = "[data-testid=filter-apply]";
        public const string CodeRow = "tr[data-code]";
        public const string CopyCode = "[data-testid=copy-code]";
        public const string CopyToast = "[data-testid=copy-toast]";
        public const string NotFound = "[data-testid=not-found]";
        public const string NotFoundSearch = "[data-testid=not-found-search]";
        public const string SearchSuggestion = "[data-testid=no-results] a";
        public const string FilterSearch = "[data-testid=filter-q]";
        public const string ThemeToggle = "[data-testid=theme-toggle]";
        public const string DateOfService = "[data-testid=dos-input]";
        public const string DateOfServiceSubmit = "[data-testid=dos-submit]";
        public const string StaleYear = "[data-testid=dos-stale]";
        public const string DataStamp = "[data-testid=data-stamp]";
        public const string MedicareSection = "[data-testid=section-medicare]";
    }

    public ILocator SearchInput => page.Locator(Selectors.SearchInput);
    public ILocator SearchResults => page.Locator(Selectors.SearchResult);
    public ILocator FilterRegion => page.Locator(Selectors.FilterRegion);
    public ILocator FilterApply => page.Locator(Selectors.FilterApply);
    public ILocator CodeRows => page.Locator(Selectors.CodeRow);
    public ILocator CopyCode => page.Locator(Selectors.CopyCode).First;
    public ILocator CopyToast => page.Locator(Selectors.CopyToast);
    public ILocator ThemeToggle => page.Locator(Selectors.ThemeToggle);
    public ILocator Heading => page.Locator("h1");
    public ILocator DateOfService => page.Locator(Selectors.DateOfService);
    public ILocator DateOfServiceSubmit => page.Locator(Selectors.DateOfServiceSubmit);
    public ILocator StaleYear => page.Locator(Selectors.StaleYear);
    public ILocator DataStamp => page.Locator(Selectors.DataStamp);
    public ILocator MedicareSection => page.Locator(Selectors.MedicareSection);

    /// <summary>The codes of the rows on the page, in order.</summary>
    public async Task<IReadOnlyList<string>> RowCodesAsync() =>
        [.. (await CodeRows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)"))];

    /// <summary>Tabs from wherever focus is until the element matching the selector has it (keyboard only).</summary>
    public async Task TabToAsync(string selector, int maxPresses = 60)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }
        throw new InvalidOperationException($"{selector} was not reached with {maxPresses} presses of Tab.");
    }
}
