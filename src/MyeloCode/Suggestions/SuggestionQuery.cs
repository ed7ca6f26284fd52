using MyeloCode.Catalogue;

namespace MyeloCode.Suggestions;

/// <summary>
/// The four query-string values as typed (possibly incomplete or wrong), and the changes the screen makes to them.
/// The screen keeps its state here so that the URL always says what is on the screen and can be shared.
/// </summary>
public sealed record SuggestionQuery(string? Regions, string? Route, string? Billing, string? Ct)
{
    public const string Path = "/suggest";

    public static SuggestionQuery Empty { get; } = new(null, null, null, null);

    public bool TryParse(out SuggestionRequest? request, out Dictionary<string, string[]> errors) =>
        SuggestionRequest.TryParse(Regions, Route, Billing, Ct, out request, out errors);

    public bool HasRegion(Region region) => Known(Regions).Contains(region);

    public bool HasCt(Region region) => Known(Ct).Contains(region);

    /// <summary>The route as understood (any case), or null when missing or unknown.</summary>
    public InjectionRoute? RouteValue => Vocabulary.TryParse<InjectionRoute>(Route, out var value) && SuggestionRequest.Routes.Contains(value) ? value : null;

    public BillingRole? BillingValue => Vocabulary.TryParse<BillingRole>(Billing, out var value) ? value : null;

    /// <summary>Unknown entries are dropped by a toggle: the coder picked from the valid ones.</summary>
    public SuggestionQuery ToggleRegion(Region region) => this with { Regions = Toggle(Regions, region) };

    public SuggestionQuery ToggleCt(Region region) => this with { Ct = Toggle(Ct, region) };

    /// <summary>For example <c>/suggest?regions=cervical,thoracic&amp;route=lumbar&amp;billing=both&amp;ct=</c>.</summary>
    public string ToUrl() =>
        $"{Path}?regions={Escape(Regions)}&route={Escape(Route)}&billing={Escape(Billing)}&ct={Escape(Ct)}";

    static string Toggle(string? list, Region region)
    {
        var known = Known(list);
        if (!known.Remove(region))
            known.Add(region);
        return string.Join(',', SuggestionRequest.SpinalRegions.Where(known.Contains).Select(r => r.Slug()));
    }

    static HashSet<Region> Known(string? list) =>
        [.. (list ?? "").Split(',').Select(item => Vocabulary.TryParse<Region>(item, out var r) ? r : (Region?)null)
            .OfType<Region>().Where(SuggestionRequest.SpinalRegions.Contains)];

    // Commas stay readable in a shared link; everything else is escaped.
    static string Escape(string? value) => Uri.EscapeDataString(value ?? "").Replace("%2C", ",", StringComparison.Ordinal);
}
