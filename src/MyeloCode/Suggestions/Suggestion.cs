using MyeloCode.Catalogue;

namespace MyeloCode.Suggestions;

/// <summary>
/// What a line of the answer rests on: the facts file's [C] (confirmed in a cited public source), [K] (standard coding
/// knowledge), UNCONFIRMED, or a CMS file (NCCI PTP, MUE) that was imported into this installation.
/// </summary>
public enum Basis { Confirmed, Standard, Unconfirmed, Imported }

public static class BasisText
{
    public static string Slug(this Basis basis) => basis switch
    {
        Basis.Confirmed => "confirmed",
        Basis.Standard => "standard",
        Basis.Unconfirmed => "unconfirmed",
        _ => "imported",
    };

    /// <summary>The short mark shown beside a line.</summary>
    public static string Mark(this Basis basis) => basis switch
    {
        Basis.Confirmed => "[C]",
        Basis.Standard => "[K]",
        Basis.Unconfirmed => "UNCONFIRMED",
        _ => "CMS import",
    };

    public static string Name(this Basis basis) => basis switch
    {
        Basis.Confirmed => "Confirmed in a cited public source",
        Basis.Standard => "Standard coding knowledge; the exact rule text was not found in a public source",
        Basis.Unconfirmed => "Unconfirmed: check the current CPT book and NCCI files before relying on it",
        _ => "From a CMS file imported into this installation",
    };

    public static Basis ToBasis(this Evidence evidence) => evidence switch
    {
        Evidence.Confirmed => Basis.Confirmed,
        Evidence.Standard => Basis.Standard,
        _ => Basis.Unconfirmed,
    };
}

/// <summary>One line of rationale or warning, with what it rests on.</summary>
public sealed record Note(string Text, Basis Basis)
{
    public NoteDto ToDto() => new(Text, Basis.Slug());
}

public sealed record SuggestedCode(string Code, IReadOnlyList<string> Modifiers, int Units, string Label, Basis Basis)
{
    /// <summary>The code as typed on a claim line: <c>72240-26</c>.</summary>
    public string ClaimLine => Modifiers.Count == 0 ? Code : $"{Code}-{string.Join('-', Modifiers)}";

    /// <summary>Claim line and short label separated by one space, as the code pages copy it.</summary>
    public string ClaimLineAndLabel => Label.Length == 0 ? ClaimLine : $"{ClaimLine} {Label}";
}

/// <summary>A code that must not be reported with the suggested ones, and every reason found for it.</summary>
public sealed record Exclusion(string Code, string Label, IReadOnlyList<Note> Reasons);

/// <summary>The answer for one <see cref="SuggestionRequest"/>: the same request always gives the same answer, in the same order.</summary>
public sealed record Suggestion(
    IReadOnlyList<SuggestedCode> Codes, IReadOnlyList<Note> Rationale, IReadOnlyList<Note> Warnings, IReadOnlyList<Exclusion> DoNotReport)
{
    /// <summary>All codes, one claim line each.</summary>
    public string ClaimText => string.Join('\n', Codes.Select(c => c.ClaimLine));

    public SuggestionDto ToDto() => new(
        [.. Codes.Select(c => new SuggestedCodeDto(c.Code, c.Modifiers, c.Units, c.Label, c.Basis.Slug()))],
        [.. Rationale.Select(n => n.Text)],
        [.. Warnings.Select(n => n.Text)],
        [.. DoNotReport.Select(e => e.Code)],
        [.. Rationale.Select(n => n.ToDto())],
        [.. Warnings.Select(n => n.ToDto())],
        [.. DoNotReport.Select(e => new ExclusionDto(e.Code, e.Label, [.. e.Reasons.Select(n => n.ToDto())]))]);
}

/// <summary>
/// The API's answer. The first four fields are the published contract; the <c>...Details</c> fields repeat them with
/// the basis of each line so a client can show which rules are unconfirmed.
/// </summary>
public sealed record SuggestionDto(
    IReadOnlyList<SuggestedCodeDto> Codes, IReadOnlyList<string> Rationale, IReadOnlyList<string> Warnings, IReadOnlyList<string> DoNotReport,
    IReadOnlyList<NoteDto> RationaleDetails, IReadOnlyList<NoteDto> WarningDetails, IReadOnlyList<ExclusionDto> DoNotReportDetails);

public sealed record SuggestedCodeDto(string Code, IReadOnlyList<string> Modifiers, int Units, string Label, string Basis);

public sealed record NoteDto(string Text, string Basis);

public sealed record ExclusionDto(string Code, string Label, IReadOnlyList<NoteDto> Reasons);
