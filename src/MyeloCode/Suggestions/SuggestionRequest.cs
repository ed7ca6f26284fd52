using System.Diagnostics.CodeAnalysis;
using MyeloCode.Catalogue;

namespace MyeloCode.Suggestions;

/// <summary>
/// One case to code, already validated: the regions imaged by conventional myelography (spinal regions, or the posterior
/// fossa alone), how contrast reached the canal, whose claim is being coded, the regions scanned by CT, the setting,
/// the outcome, who read the CT and which CT regions were also scanned before the contrast. Region lists are in spine
/// order, without duplicates.
/// </summary>
public sealed record SuggestionRequest(IReadOnlyList<Region> Regions, InjectionRoute Route, BillingRole Billing, IReadOnlyList<Region> Ct)
{
    /// <summary>The spinal regions a coder can pick, in spine order (two-or-more is not picked: it follows).</summary>
    public static IReadOnlyList<Region> SpinalRegions { get; } = [Region.Cervical, Region.Thoracic, Region.Lumbosacral];

    /// <summary>What <c>regions</c> accepts: the spinal regions, or the posterior fossa on its own.</summary>
    public static IReadOnlyList<Region> MyelogramRegions { get; } = [.. SpinalRegions, Region.PosteriorFossa];

    /// <summary>The routes a coder can pick (<c>any</c> describes S&amp;I codes, not a case).</summary>
    public static IReadOnlyList<InjectionRoute> Routes { get; } = [InjectionRoute.Lumbar, InjectionRoute.C1C2, InjectionRoute.None];

    public static IReadOnlyList<BillingRole> Roles { get; } = [BillingRole.Both, BillingRole.Injecting, BillingRole.Interpreting, BillingRole.Technical];

    public static IReadOnlyList<Setting> Settings { get; } = [Setting.Facility, Setting.Office];

    public static IReadOnlyList<Outcome> Outcomes { get; } = [Outcome.Completed, Outcome.Discontinued];

    public static IReadOnlyList<CtReader> CtReaders { get; } = [CtReader.This, CtReader.Other];

    /// <summary>Who bills the technical side; the default is a facility (issue 11).</summary>
    public Setting Setting { get; init; } = Setting.Facility;

    public Outcome Outcome { get; init; } = Outcome.Completed;

    /// <summary>As given; null means the default for the billing role (see <see cref="CtReader"/>).</summary>
    public CtReader? CtReaderChoice { get; init; }

    /// <summary>
    /// Whether this claim's provider read the CT. Default: <c>this</c> for both and interpreting, <c>other</c> for
    /// injecting and technical (so answers from before the parameter existed do not change).
    /// </summary>
    public CtReader CtReader => CtReaderChoice ?? (Billing is BillingRole.Both or BillingRole.Interpreting ? CtReader.This : CtReader.Other);

    /// <summary>Regions of <see cref="Ct"/> also scanned before the contrast (the without-then-with CT codes).</summary>
    public IReadOnlyList<Region> CtBefore { get; init; } = [];

    public bool IsPosteriorFossa => Regions is [Region.PosteriorFossa];

    public static bool TryParse(string? regions, string? route, string? billing, string? ct,
        [NotNullWhen(true)] out SuggestionRequest? request, out Dictionary<string, string[]> errors) =>
        TryParse(new SuggestionQuery(regions, route, billing, ct), out request, out errors);

    /// <summary>
    /// Reads the query-string values. On failure <paramref name="errors"/> maps each offending parameter to what to
    /// change (the shape <c>TypedResults.ValidationProblem</c> takes); nothing is guessed.
    /// </summary>
    public static bool TryParse(SuggestionQuery query, [NotNullWhen(true)] out SuggestionRequest? request, out Dictionary<string, string[]> errors)
    {
        var problems = new Problems();
        var regionList = ParseRegions("regions", query.Regions, MyelogramRegions, problems);
        var ctList = ParseRegions("ct", query.Ct, SpinalRegions, problems);
        var ctBefore = ParseRegions("ctBefore", query.CtBefore, SpinalRegions, problems);
        var routeValue = ParseOne("route", query.Route, Routes, "lumbar (lumbar puncture), c1c2 (lateral C1-C2 or cisternal puncture) or none (no intrathecal contrast)", problems, required: true);
        var roleValue = ParseOne("billing", query.Billing, Roles, "both (one provider did the injection and the imaging report), injecting, interpreting or technical (owner of the equipment, office only)", problems, required: true);
        var setting = ParseOne("setting", query.Setting, Settings, "facility (a hospital, ASC or other facility bills the technical side; the default) or office (the practice owns the equipment)", problems, required: false);
        var outcome = ParseOne("outcome", query.Outcome, Outcomes, "completed (the default) or discontinued (started and stopped because of the patient's condition)", problems, required: false);
        var reader = ParseOne("ctReader", query.CtReader, CtReaders, "this (this claim's provider read the CT) or other", problems, required: false);

        var parsed = regionList is not null && ctList is not null && ctBefore is not null && routeValue is not null && roleValue is not null
            && !problems.Has("setting") && !problems.Has("outcome") && !problems.Has("ctReader");
        var candidate = new SuggestionRequest(regionList ?? [], routeValue ?? InjectionRoute.Lumbar, roleValue ?? BillingRole.Both, ctList ?? [])
        {
            Setting = setting ?? Setting.Facility,
            Outcome = outcome ?? Outcome.Completed,
            CtReaderChoice = reader,
            CtBefore = ctBefore ?? [],
        };
        // A value that did not parse is not used to look for contradictions (its default would mislead).
        var billingRead = roleValue is not null && !problems.Has("setting") && !problems.Has("ctReader");
        foreach (var (parameter, message) in Contradictions(candidate, regionList is not null, routeValue is not null, billingRead, ctList is not null, ctBefore is not null))
            problems.Add(parameter, message);
        if (parsed && problems.Count == 0)
        {
            request = candidate;
            errors = [];
            return true;
        }
        request = null;
        errors = problems.ToDictionary();
        return false;
    }

    /// <summary>Combinations that cannot describe a real case, each with the parameter to change.</summary>
    public IEnumerable<(string Parameter, string Message)> Contradictions()
    {
        foreach (var region in Regions.Where(r => !MyelogramRegions.Contains(r)).Distinct())
            yield return ("regions", $"{region.Slug()} cannot be picked; list each region imaged: cervical, thoracic, lumbosacral or posterior-fossa.");
        foreach (var region in Ct.Concat(CtBefore).Where(r => !SpinalRegions.Contains(r)).Distinct())
            yield return (Ct.Contains(region) ? "ct" : "ctBefore", $"{region.Slug()} cannot be picked for CT; list each region scanned: cervical, thoracic or lumbosacral.");
        if (!Routes.Contains(Route))
            yield return ("route", $"{Route.Slug()} is not a route for a case; use lumbar, c1c2 or none.");
        foreach (var contradiction in Contradictions(this, true, true, true, true, true))
            yield return contradiction;
    }

    // Each check runs when the values it needs were read, so one bad value does not hide another problem.
    static IEnumerable<(string Parameter, string Message)> Contradictions(
        SuggestionRequest r, bool regionsRead, bool routeRead, bool billingRead, bool ctRead, bool ctBeforeRead)
    {
        if (regionsRead && ctRead && r.Regions.Count == 0 && r.Ct.Count == 0)
            yield return ("regions", "Choose at least one region imaged by myelography (regions) or scanned by CT (ct); both are empty.");
        if (regionsRead && r.Regions.Contains(Region.PosteriorFossa) && r.Regions.Count > 1)
            yield return ("regions", "posterior-fossa is coded on its own (70010): list it alone, and code a myelogram of the spinal canal as a separate case.");
        if (regionsRead && routeRead && r.Route == InjectionRoute.None && r.Regions.Count > 0)
            yield return ("route", "Conventional myelography needs intrathecal contrast: choose route lumbar or c1c2, or clear regions if only a CT without contrast was done.");
        if (routeRead && billingRead && r.Billing == BillingRole.Injecting && r.Route == InjectionRoute.None)
            yield return ("billing", "billing=injecting needs an intrathecal injection but route is none: choose route lumbar or c1c2, or billing both or interpreting.");
        if (billingRead && r.Billing == BillingRole.Technical && r.Setting == Setting.Facility)
            yield return ("billing", "billing=technical is the claim of an office or imaging centre that owns the equipment (setting=office). In a facility (hospital, ASC) the facility reports the technical side on its own facility claim, not on a professional claim.");
        if (regionsRead && ctRead && billingRead && r.Billing == BillingRole.Technical && r.IsPosteriorFossa && r.Ct.Count == 0)
            yield return ("billing", "billing=technical has nothing to report here: 70010 has no professional/technical split (PCTC 0), so there is no technical component to bill.");
        if (ctRead && ctBeforeRead)
        {
            foreach (var region in r.CtBefore.Where(c => !r.Ct.Contains(c)))
                yield return ("ctBefore", $"{region.Slug()} is in ctBefore but not in ct: a region scanned before and after the contrast must also be listed in ct.");
        }
        if (ctBeforeRead && routeRead && r.Route == InjectionRoute.None && r.CtBefore.Count > 0)
            yield return ("ctBefore", "ctBefore needs contrast: with route none there is no scan before the contrast; a CT without contrast is coded from ct alone.");
        if (billingRead && ctRead && r.Billing == BillingRole.Technical && r.CtReaderChoice == CtReader.This && r.Ct.Count > 0)
            yield return ("ctReader", "ctReader=this contradicts billing=technical: the technical claim has no reading; the provider who read the CT reports its professional component.");
        if (regionsRead && routeRead && billingRead && ctRead && r.Regions.Count == 0 && r.Ct.Count > 0 && r.CtReader == CtReader.Other
            && (r.Billing == BillingRole.Interpreting || (r.Billing == BillingRole.Both && r.Route == InjectionRoute.None)))
            yield return ("ctReader", "With no myelogram and the CT read by another provider, this claim has nothing to report: choose ctReader=this, or code the claim of the provider who read the CT.");
    }

    static List<Region>? ParseRegions(string parameter, string? text, IReadOnlyList<Region> allowed, Problems problems)
    {
        var regions = new List<Region>();
        if (string.IsNullOrWhiteSpace(text))
            return regions;
        var choices = $"{string.Join(", ", allowed.SkipLast(1).Select(r => r.Slug()))} or {allowed[^1].Slug()}";
        var ok = true;
        foreach (var item in text.Split(',').Select(s => s.Trim()))
        {
            if (item.Length == 0)
            {
                problems.Add(parameter, $"{parameter} has an empty entry; separate regions with single commas, for example cervical,thoracic.");
                ok = false;
            }
            else if (!Vocabulary.TryParse<Region>(item, out var region) || !allowed.Contains(region))
            {
                problems.Add(parameter, $"{Shown(item)} is not a region; use {choices}, comma-separated (list each region, not two-or-more).");
                ok = false;
            }
            else if (regions.Contains(region))
            {
                problems.Add(parameter, $"{region.Slug()} is listed twice in {parameter}; give each region once.");
                ok = false;
            }
            else
            {
                regions.Add(region);
            }
        }
        return ok ? [.. regions.Order()] : null;
    }

    static T? ParseOne<T>(string parameter, string? text, IReadOnlyList<T> allowed, string choices, Problems problems, bool required) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
                problems.Add(parameter, $"{parameter} is required: {choices}.");
            return null;
        }
        if (Vocabulary.TryParse<T>(text, out var value) && allowed.Contains(value))
            return value;
        problems.Add(parameter, $"{Shown(text.Trim())} is not a value of {parameter}; use {choices}.");
        return null;
    }

    /// <summary>The parameters in the order of the form and the URL.</summary>
    public static IReadOnlyList<string> Parameters => ParameterOrder;

    static readonly string[] ParameterOrder = ["regions", "route", "billing", "setting", "outcome", "ct", "ctBefore", "ctReader"];

    static string Shown(string value) => SafeEcho.Quote(value) is ['\'', ..] quoted ? quoted : "The value given";

    /// <summary>Messages per parameter.</summary>
    sealed class Problems
    {
        readonly Dictionary<string, List<string>> _byParameter = [];

        public int Count => _byParameter.Count;

        public bool Has(string parameter) => _byParameter.ContainsKey(parameter);

        public void Add(string parameter, string message)
        {
            if (!_byParameter.TryGetValue(parameter, out var list))
                _byParameter[parameter] = list = [];
            if (!list.Contains(message))
                list.Add(message);
        }

        /// <summary>In the order of the form and the URL, whatever the order found.</summary>
        public Dictionary<string, string[]> ToDictionary() => _byParameter
            .OrderBy(p => Array.IndexOf(ParameterOrder, p.Key))
            .ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
