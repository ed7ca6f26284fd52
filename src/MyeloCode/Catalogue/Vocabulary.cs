namespace MyeloCode.Catalogue;

/// <summary>The spinal region a code is about. "Two or more" is its own value because CPT codes it as one code.</summary>
public enum Region { Cervical, Thoracic, Lumbosacral, TwoOrMore, PosteriorFossa }

/// <summary>How contrast reaches the spinal canal. <c>Any</c>: the code does not depend on it (S&amp;I only).</summary>
public enum InjectionRoute { Lumbar, C1C2, Any, None }

public enum CodeKind { Combined, Injection, SupervisionInterpretation, Ct, Guidance, Puncture }

/// <summary><c>CheckWith</c>: a pairing that is not confirmed either way; it never puts a code on a do-not-report list.</summary>
public enum RelationKind { NeverWith, BilledInstead, AddWith, ReplacedBy, CheckWith }

/// <summary>
/// Whose claim is being coded: one provider did everything, two providers split the work, or the owner of the equipment
/// bills the technical component.
/// </summary>
public enum BillingRole { Both, Injecting, Interpreting, Technical }

/// <summary>Who bills the technical side: a facility on its own claim, or the provider's office that owns the equipment.</summary>
public enum Setting { Facility, Office }

/// <summary>Whether the planned procedure was completed or discontinued.</summary>
public enum Outcome { Completed, Discontinued }

/// <summary>Whether the provider whose claim is coded read the CT.</summary>
public enum CtReader { This, Other }

/// <summary>
/// How sure we are of a fact, the one scale for catalogue data, suggestions, code pages and the legend: the facts file's
/// [C] (confirmed in a cited public source), [K] (standard coding knowledge), UNCONFIRMED, or read from a CMS file
/// (NCCI PTP, MUE) imported into this installation. Data files may use the first three only.
/// </summary>
public enum Evidence { Confirmed, Standard, Unconfirmed, Imported }

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
        [RelationKind.CheckWith] = ("check-with", "Check the current CPT notes and NCCI edits"),
    };

    static readonly Dictionary<Evidence, (string Slug, string Name)> Evidences = new()
    {
        [Evidence.Confirmed] = ("confirmed", "Confirmed in a cited public source"),
        [Evidence.Standard] = ("standard", "Standard coding knowledge; the exact rule text was not found in a public source"),
        [Evidence.Unconfirmed] = ("unconfirmed", "Unconfirmed: check the current CPT book and NCCI files before relying on it"),
        [Evidence.Imported] = ("imported", "From a CMS public file, imported into this installation or shipped with MyeloCode"),
    };

    static readonly Dictionary<BillingRole, (string Slug, string Name)> Roles = new()
    {
        [BillingRole.Both] = ("both", "One provider did the injection and the imaging report"),
        [BillingRole.Injecting] = ("injecting", "Injecting provider only"),
        [BillingRole.Interpreting] = ("interpreting", "Interpreting provider only"),
        [BillingRole.Technical] = ("technical", "Technical component only (owner of the equipment)"),
    };

    static readonly Dictionary<Setting, (string Slug, string Name)> Settings = new()
    {
        [Setting.Facility] = ("facility", "Facility (hospital, ASC) bills the technical side"),
        [Setting.Office] = ("office", "Office: the practice owns the equipment"),
    };

    static readonly Dictionary<Outcome, (string Slug, string Name)> Outcomes = new()
    {
        [Outcome.Completed] = ("completed", "Completed"),
        [Outcome.Discontinued] = ("discontinued", "Discontinued because of the patient's condition"),
    };

    static readonly Dictionary<CtReader, (string Slug, string Name)> CtReaders = new()
    {
        [CtReader.This] = ("this", "This provider read the CT"),
        [CtReader.Other] = ("other", "Another provider read the CT"),
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
    public static string Slug(this Setting value) => Settings[value].Slug;
    public static string Name(this Setting value) => Settings[value].Name;
    public static string Slug(this Outcome value) => Outcomes[value].Slug;
    public static string Name(this Outcome value) => Outcomes[value].Name;
    public static string Slug(this CtReader value) => CtReaders[value].Slug;
    public static string Name(this CtReader value) => CtReaders[value].Name;

    /// <summary>The short mark shown beside a fact: [C], [K], UNCONFIRMED or CMS file.</summary>
    public static string Mark(this Evidence value) => value switch
    {
        Evidence.Confirmed => "[C]",
        Evidence.Standard => "[K]",
        Evidence.Unconfirmed => "UNCONFIRMED",
        _ => "CMS file",
    };

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
        var t when t == typeof(Setting) => (Dictionary<T, (string, string)>)(object)Settings,
        var t when t == typeof(Outcome) => (Dictionary<T, (string, string)>)(object)Outcomes,
        var t when t == typeof(CtReader) => (Dictionary<T, (string, string)>)(object)CtReaders,
        _ => throw new ArgumentException($"No vocabulary for {typeof(T).Name}."),
    };
}
