using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using MyeloCode.Catalogue;

namespace MyeloCode.Suggestions;

/// <summary>
/// One case to code, already validated: the regions imaged by conventional myelography, how contrast reached the canal,
/// whose claim is being coded and the regions scanned by CT. Region lists are in spine order, without duplicates.
/// </summary>
public sealed partial record SuggestionRequest(IReadOnlyList<Region> Regions, InjectionRoute Route, BillingRole Billing, IReadOnlyList<Region> Ct)
{
    /// <summary>The regions a coder can pick, in spine order (two-or-more and posterior fossa are not picked: they follow).</summary>
    public static IReadOnlyList<Region> SpinalRegions { get; } = [Region.Cervical, Region.Thoracic, Region.Lumbosacral];

    /// <summary>The routes a coder can pick (<c>any</c> describes S&amp;I codes, not a case).</summary>
    public static IReadOnlyList<InjectionRoute> Routes { get; } = [InjectionRoute.Lumbar, InjectionRoute.C1C2, InjectionRoute.None];

    public static IReadOnlyList<BillingRole> Roles { get; } = [BillingRole.Both, BillingRole.Injecting, BillingRole.Interpreting];

    /// <summary>
    /// Reads the four query-string values. On failure <paramref name="errors"/> maps each offending parameter to what to
    /// change (the shape <c>TypedResults.ValidationProblem</c> takes); nothing is guessed.
    /// </summary>
    public static bool TryParse(string? regions, string? route, string? billing, string? ct,
        [NotNullWhen(true)] out SuggestionRequest? request, out Dictionary<string, string[]> errors)
    {
        var problems = new Problems();
        var regionList = ParseRegions("regions", regions, problems);
        var ctList = ParseRegions("ct", ct, problems);
        var routeValue = ParseOne("route", route, Routes, "lumbar (lumbar puncture), c1c2 (lateral C1-C2 or cisternal puncture) or none (no intrathecal contrast)", problems);
        var roleValue = ParseOne("billing", billing, Roles, "both (one provider did the injection and the imaging report), injecting or interpreting", problems);

        foreach (var (parameter, message) in Contradictions(regionList, routeValue, roleValue, ctList))
            problems.Add(parameter, message);
        if (problems.Count == 0)
        {
            request = new SuggestionRequest(regionList!, routeValue!.Value, roleValue!.Value, ctList!);
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
        foreach (var region in Regions.Concat(Ct).Where(r => !SpinalRegions.Contains(r)).Distinct())
            yield return (Ct.Contains(region) ? "ct" : "regions", $"{region.Slug()} cannot be picked; list each region imaged: cervical, thoracic or lumbosacral.");
        if (!Routes.Contains(Route))
            yield return ("route", $"{Route.Slug()} is not a route for a case; use lumbar, c1c2 or none.");
        foreach (var contradiction in Contradictions(Regions, Route, Billing, Ct))
            yield return contradiction;
    }

    // Each check runs when the values it needs were read, so one bad value does not hide another problem.
    static IEnumerable<(string Parameter, string Message)> Contradictions(
        IReadOnlyList<Region>? regions, InjectionRoute? route, BillingRole? billing, IReadOnlyList<Region>? ct)
    {
        if (regions is { Count: 0 } && ct is { Count: 0 })
            yield return ("regions", "Choose at least one region imaged by myelography (regions) or scanned by CT (ct); both are empty.");
        if (route == InjectionRoute.None && regions is { Count: > 0 })
            yield return ("route", "Conventional myelography needs intrathecal contrast: choose route lumbar or c1c2, or clear regions if only a CT without contrast was done.");
        if (billing == BillingRole.Injecting && route == InjectionRoute.None)
            yield return ("billing", "billing=injecting needs an intrathecal injection but route is none: choose route lumbar or c1c2, or billing both or interpreting.");
    }

    static List<Region>? ParseRegions(string parameter, string? text, Problems problems)
    {
        var regions = new List<Region>();
        if (string.IsNullOrWhiteSpace(text))
            return regions;
        var ok = true;
        foreach (var item in text.Split(',').Select(s => s.Trim()))
        {
            if (item.Length == 0)
            {
                problems.Add(parameter, $"{parameter} has an empty entry; separate regions with single commas, for example cervical,thoracic.");
                ok = false;
            }
            else if (!Vocabulary.TryParse<Region>(item, out var region) || !SpinalRegions.Contains(region))
            {
                problems.Add(parameter, $"{Shown(item)} is not a region; use cervical, thoracic or lumbosacral, comma-separated (list each region, not two-or-more).");
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

    static T? ParseOne<T>(string parameter, string? text, IReadOnlyList<T> allowed, string choices, Problems problems) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(parameter, $"{parameter} is required: {choices}.");
            return null;
        }
        if (Vocabulary.TryParse<T>(text, out var value) && allowed.Contains(value))
            return value;
        problems.Add(parameter, $"{Shown(text.Trim())} is not a value of {parameter}; use {choices}.");
        return null;
    }

    static readonly string[] Parameters = ["regions", "route", "billing", "ct"];

    static string Shown(string value) => SafeEcho.Quote(value) is ['\'', ..] quoted ? quoted : "The value given";

    /// <summary>Messages per parameter.</summary>
    sealed class Problems
    {
        readonly Dictionary<string, List<string>> _byParameter = [];

        public int Count => _byParameter.Count;

        public void Add(string parameter, string message)
        {
            if (!_byParameter.TryGetValue(parameter, out var list))
                _byParameter[parameter] = list = [];
            if (!list.Contains(message))
                list.Add(message);
        }

        /// <summary>In the order of the form and the URL, whatever the order found.</summary>
        public Dictionary<string, string[]> ToDictionary() => _byParameter
            .OrderBy(p => Array.IndexOf(Parameters, p.Key))
            .ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
