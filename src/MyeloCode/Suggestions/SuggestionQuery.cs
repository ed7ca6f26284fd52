using MyeloCode.Catalogue;

namespace MyeloCode.Suggestions;

/// <summary>
/// The query-string values as typed (possibly incomplete or wrong), and the changes the screen makes to them.
/// The screen keeps its state here so that the URL always says what is on the screen and can be shared.
/// </summary>
public sealed record SuggestionQuery(string? Regions, string? Route, string? Billing, string? Ct,
    string? Setting = null, string? Outcome = null, string? CtReader = null, string? CtBefore = null)
{
    public const string Path = "/suggest";

    public static SuggestionQuery Empty { get; } = new(null, null, null, null);

    public bool TryParse(out SuggestionRequest? request, out Dictionary<string, string[]> errors) =>
        SuggestionRequest.TryParse(this, out request, out errors);

    public bool HasRegion(Region region) => Known(Regions, SuggestionRequest.MyelogramRegions).Contains(region);

    public bool HasCt(Region region) => Known(Ct, SuggestionRequest.SpinalRegions).Contains(region);

    public bool HasCtBefore(Region region) => Known(CtBefore, SuggestionRequest.SpinalRegions).Contains(region);

    /// <summary>The route as understood (any case), or null when missing or unknown.</summary>
    public InjectionRoute? RouteValue => Vocabulary.TryParse<InjectionRoute>(Route, out var value) && SuggestionRequest.Routes.Contains(value) ? value : null;

    public BillingRole? BillingValue => Vocabulary.TryParse<BillingRole>(Billing, out var value) ? value : null;

    /// <summary>The setting as understood; facility when missing (the default), null when unknown.</summary>
    public Setting? SettingValue => string.IsNullOrWhiteSpace(Setting) ? Catalogue.Setting.Facility
        : Vocabulary.TryParse<Setting>(Setting, out var value) ? value : null;

    public Outcome? OutcomeValue => string.IsNullOrWhiteSpace(Outcome) ? Catalogue.Outcome.Completed
        : Vocabulary.TryParse<Outcome>(Outcome, out var value) ? value : null;

    /// <summary>The CT reader as chosen, or the default for the billing role when missing; null when unknown.</summary>
    public CtReader? CtReaderValue => string.IsNullOrWhiteSpace(CtReader)
        ? (BillingValue is BillingRole.Injecting or BillingRole.Technical ? Catalogue.CtReader.Other : Catalogue.CtReader.This)
        : Vocabulary.TryParse<CtReader>(CtReader, out var value) ? value : null;

    /// <summary>
    /// Unknown entries are dropped by a toggle: the coder picked from the valid ones. The posterior fossa is coded on its
    /// own, so picking it clears the spinal regions and picking a spinal region clears it.
    /// </summary>
    public SuggestionQuery ToggleRegion(Region region)
    {
        if (region == Region.PosteriorFossa)
            return this with { Regions = HasRegion(region) ? "" : region.Slug() };
        var spinal = Known(Regions, SuggestionRequest.SpinalRegions);
        return this with { Regions = Toggle(string.Join(',', spinal.Select(r => r.Slug())), region, SuggestionRequest.SpinalRegions) };
    }

    /// <summary>Turning CT off for a region also clears its before-contrast scan, which cannot stand alone.</summary>
    public SuggestionQuery ToggleCt(Region region) => HasCt(region)
        ? this with { Ct = Toggle(Ct, region, SuggestionRequest.SpinalRegions), CtBefore = HasCtBefore(region) ? Toggle(CtBefore, region, SuggestionRequest.SpinalRegions) : CtBefore }
        : this with { Ct = Toggle(Ct, region, SuggestionRequest.SpinalRegions) };

    public SuggestionQuery ToggleCtBefore(Region region) => this with { CtBefore = Toggle(CtBefore, region, SuggestionRequest.SpinalRegions) };

    /// <summary>For example <c>/suggest?regions=cervical,thoracic&amp;route=lumbar&amp;billing=both&amp;ct=</c>; the newer
    /// parameters are written only when given, so links shared before they existed stay the same.</summary>
    public string ToUrl()
    {
        var url = $"{Path}?regions={Escape(Regions)}&route={Escape(Route)}&billing={Escape(Billing)}&ct={Escape(Ct)}";
        foreach (var (name, value) in new[] { ("setting", Setting), ("outcome", Outcome), ("ctReader", CtReader), ("ctBefore", CtBefore) })
        {
            if (!string.IsNullOrEmpty(value))
                url += $"&{name}={Escape(value)}";
        }
        return url;
    }

    static string Toggle(string? list, Region region, IReadOnlyList<Region> allowed)
    {
        var known = Known(list, allowed);
        if (!known.Remove(region))
            known.Add(region);
        return string.Join(',', allowed.Where(known.Contains).Select(r => r.Slug()));
    }

    static HashSet<Region> Known(string? list, IReadOnlyList<Region> allowed) =>
        [.. (list ?? "").Split(',').Select(item => Vocabulary.TryParse<Region>(item, out var r) ? r : (Region?)null)
            .OfType<Region>().Where(allowed.Contains)];

    // Commas stay readable in a shared link; everything else is escaped.
    static string Escape(string? value) => Uri.EscapeDataString(value ?? "").Replace("%2C", ",", StringComparison.Ordinal);
}
