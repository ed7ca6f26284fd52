namespace MyeloCode.EndToEnd.Pages;

/// <summary>/suggest: the choices about the case and the answer.</summary>
public sealed class SuggestPage(IPage page)
{
    public static class Selectors
    {
        /// <summary>Present once the circuit is up and the choices respond.</summary>
        public const string Interactive = "[data-testid=case][data-interactive=true]";
        public const string SuggestedCode = "[data-testid=suggested-code]";
        public const string Rationale = "[data-testid=rationale]";
        public const string Warning = "[data-testid=warning]";
        public const string DoNotReport = "[data-testid=do-not-report]";
        public const string ValidationError = "[data-testid=validation-error]";
        public const string CopyAll = "[data-testid=copy-all]";
        public const string CopyToast = "[data-testid=copy-toast]";

        public static string SpineRegion(string region) => $"[data-testid=spine-region-{region}]";
        public static string RegionToggle(string region) => $"[data-testid=region-toggle-{region}]";
        public static string Route(string route) => $"[data-testid=route-{route}]";
        public static string Billing(string role) => $"[data-testid=billing-{role}]";
        public static string CtToggle(string region) => $"[data-testid=ct-toggle-{region}]";
        public static string Setting(string setting) => $"[data-testid=setting-{setting}]";
        public static string Outcome(string outcome) => $"[data-testid=outcome-{outcome}]";
        public static string CtReader(string reader) => $"[data-testid=ct-reader-{reader}]";
        public static string CtBeforeToggle(string region) => $"[data-testid=ct-before-toggle-{region}]";
        public const string CopyNote = "[data-testid=copy-note]";
    }

    public IPage Page => page;

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync("/suggest" + query);
        await page.Locator(Selectors.Interactive).WaitForAsync();
    }

    public ILocator SpineRegion(string region) => page.Locator(Selectors.SpineRegion(region));

    public ILocator RegionToggle(string region) => page.Locator(Selectors.RegionToggle(region));

    public ILocator Route(string route) => page.Locator(Selectors.Route(route));

    public ILocator Billing(string role) => page.Locator(Selectors.Billing(role));

    public ILocator CtToggle(string region) => page.Locator(Selectors.CtToggle(region));

    public ILocator Setting(string setting) => page.Locator(Selectors.Setting(setting));

    public ILocator Outcome(string outcome) => page.Locator(Selectors.Outcome(outcome));

    public ILocator CtReader(string reader) => page.Locator(Selectors.CtReader(reader));

    public ILocator CtBeforeToggle(string region) => page.Locator(Selectors.CtBeforeToggle(region));

    public ILocator CopyNote => page.Locator(Selectors.CopyNote);

    public ILocator Codes => page.Locator(Selectors.SuggestedCode);

    public ILocator Rationale => page.Locator(Selectors.Rationale);

    public ILocator Warnings => page.Locator(Selectors.Warning);

    public ILocator DoNotReport => page.Locator(Selectors.DoNotReport);

    public ILocator ValidationErrors => page.Locator(Selectors.ValidationError);

    public ILocator CopyAll => page.Locator(Selectors.CopyAll);

    /// <summary>Waits until the codes shown are these claim lines (e.g. 72240-26), in this order.</summary>
    public Task ExpectClaimLinesAsync(params string[] lines) =>
        Assertions.Expect(CopyAll).ToHaveAttributeAsync("data-copy", string.Join('\n', lines));
}
