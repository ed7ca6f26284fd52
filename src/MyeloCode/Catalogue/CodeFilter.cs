namespace MyeloCode.Catalogue;

/// <summary>
/// Which codes to show: by region, injection route and kind, each optional. A route filter also keeps the
/// supervision-and-interpretation codes whose route is "any", because those are billed with either injection:
/// filtering on C1-C2 shows 61055 with 72240-72270, the pair a coder reports for that route.
/// </summary>
public sealed record CodeFilter(Region? Region = null, InjectionRoute? Route = null, CodeKind? Kind = null)
{
    public static CodeFilter None { get; } = new();

    public bool IsEmpty => Region is null && Route is null && Kind is null;

    public bool Matches(Code code) =>
        (Region is null || code.Region == Region)
        && (Route is null || code.Route == Route || (code.Route == InjectionRoute.Any && Route is InjectionRoute.Lumbar or InjectionRoute.C1C2))
        && (Kind is null || code.Kind == Kind);

    /// <summary>Reads the slugs used in URLs and the API; each unknown value is an error naming its parameter.</summary>
    public static CodeFilter Parse(string? region, string? route, string? kind, out Dictionary<string, string[]> errors)
    {
        errors = [];
        return new CodeFilter(
            ParseOne<Region>("region", region, errors),
            ParseOne<InjectionRoute>("route", route, errors),
            ParseOne<CodeKind>("kind", kind, errors));
    }

    static T? ParseOne<T>(string name, string? value, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (Vocabulary.TryParse<T>(value, out var parsed))
            return parsed;
        errors[name] = [$"Unknown {name}: {SafeEcho.Quote(value)}. Use one of: {string.Join(", ", Vocabulary.Slugs<T>())}."];
        return null;
    }

}
