namespace MyeloCode.Catalogue;

/// <summary>The spinal region a code is about. "Two or more" is its own value because CPT codes it as one code.</summary>
public enum Region { Cervical, Thoracic, Lumbosacral, TwoOrMore, PosteriorFossa }

/// <summary>How contrast reaches the spinal canal. <c>Any</c>: the code does not depend on it (S&amp;I only).</summary>
public enum InjectionRoute { Lumbar, C1C2, Any, None }

public enum CodeKind { Combined, Injection, SupervisionInterpretation, Ct, Guidance, Puncture }

public enum RelationKind { NeverWith, BilledInstead, AddWith, ReplacedBy }

/// <summary>Whose claim is being coded: one provider did everything, or two providers split the work.</summary>
public enum BillingRole { Both, Injecting, Interpreting }

/// <summary>How sure we are: [C] confirmed in a cited public source, [K] standard coding knowledge, or unconfirmed.</summary>
public enum Evidence { Confirmed, Standard, Unconfirmed }

/// <summary>The words used for each value in data files, URLs and the API, and for people.</summary>
public static class Vocabulary
{
    static readonly Dictionary<Region, (string Slug, string Name)> Regions = new()
    {
        [Region.Cervical] = ("cervical", "Cervical"),
        [Region.Thoracic] = ("thoracic", "Thoracic"),
        [Region.Lumbosacral] = ("lumbosacral", "Lumbosacral"),
        [Region.TwoOrMore] = ("two-or-more", "Two or more regions"),
        [Region.PosteriorFossa] = ("posterior-fossa", "Posterior fossa"),
    };

    static readonly Dictionary<InjectionRoute, (string Slug, string Name)> Routes = new()
    {
        [InjectionRoute.Lumbar] = ("lumbar", "Lumbar puncture"),
        [InjectionRoute.C1C2] = ("c1c2", "C1-C2 or cisternal puncture"),
        [InjectionRoute.Any] = ("any", "Any route (injection billed separately)"),
        [InjectionRoute.None] = ("none", "No intrathecal injection"),
    };

    static readonly Dictionary<CodeKind, (string Slug, string Name)> Kinds = new()
    {
        [CodeKind.Combined] = ("combined", "Injection + imaging (one provider)"),
        [CodeKind.Injection] = ("injection", "Injection only"),
        [CodeKind.SupervisionInterpretation] = ("supervision-interpretation", "Supervision and interpretation only"),
        [CodeKind.Ct] = ("ct", "CT"),
        [CodeKind.Guidance] = ("guidance", "Guidance"),
        [CodeKind.Puncture] = ("puncture", "Puncture, no myelography"),
    };

    static readonly Dictionary<RelationKind, (string Slug, string Name)> Relations = new()
    {
        [RelationKind.NeverWith] = ("never-with", "Never billed with"),
        [RelationKind.BilledInstead] = ("billed-instead", "Billed instead"),
        [RelationKind.AddWith] = ("add-with", "Add with"),
        [RelationKind.ReplacedBy] = ("replaced-by", "Replaced by"),
    };

    static readonly Dictionary<Evidence, (string Slug, string Name)> Evidences = new()
    {
        [Evidence.Confirmed] = ("confirmed", "Confirmed in a public source"),
        [Evidence.Standard] = ("standard", "Standard coding practice"),
        [Evidence.Unconfirmed] = ("unconfirmed", "Unconfirmed"),
    };

    static readonly Dictionary<BillingRole, (string Slug, string Name)> Roles = new()
    {
        [BillingRole.Both] = ("both", "One provider did the injection and the imaging report"),
        [BillingRole.Injecting] = ("injecting", "Injecting provider only"),
        [BillingRole.Interpreting] = ("interpreting", "Interpreting provider only"),
    };

    public static string Slug(this Region value) => Regions[value].Slug;
    public static string Name(this Region value) => Regions[value].Name;
    public static string Slug(this InjectionRoute value) => Routes[value].Slug;
    public static string Name(this InjectionRoute value) => Routes[value].Name;
    public static string Slug(this CodeKind value) => Kinds[value].Slug;
    public static string Name(this CodeKind value) => Kinds[value].Name;
    public static string Slug(this RelationKind value) => Relations[value].Slug;
    public static string Name(this RelationKind value) => Relations[value].Name;
    public static string Slug(this Evidence value) => Evidences[value].Slug;
    public static string Slug(this BillingRole value) => Roles[value].Slug;
    public static string Name(this BillingRole value) => Roles[value].Name;
    public static string Name(this Evidence value) => Evidences[value].Name;

    public static IReadOnlyList<string> Slugs<T>() where T : struct, Enum => Table<T>().Values.Select(v => v.Slug).ToList();

    /// <summary>Parses a slug (case-insensitive); false for anything else, including enum numbers.</summary>
    public static bool TryParse<T>(string? slug, out T value) where T : struct, Enum
    {
        foreach (var (key, entry) in Table<T>())
        {
            if (string.Equals(entry.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }
        value = default;
        return false;
    }

    static Dictionary<T, (string Slug, string Name)> Table<T>() where T : struct, Enum => typeof(T) switch
    {
        var t when t == typeof(Region) => (Dictionary<T, (string, string)>)(object)Regions,
        var t when t == typeof(InjectionRoute) => (Dictionary<T, (string, string)>)(object)Routes,
        var t when t == typeof(CodeKind) => (Dictionary<T, (string, string)>)(object)Kinds,
        var t when t == typeof(RelationKind) => (Dictionary<T, (string, string)>)(object)Relations,
        var t when t == typeof(Evidence) => (Dictionary<T, (string, string)>)(object)Evidences,
        var t when t == typeof(BillingRole) => (Dictionary<T, (string, string)>)(object)Roles,
        _ => throw new ArgumentException($"No vocabulary for {typeof(T).Name}."),
    };
}
