using MyeloCode.Catalogue;

namespace MyeloCode.Suggestions;

/// <summary>One line of rationale or warning, with how sure we are of it.</summary>
public sealed record Note(string Text, Evidence Evidence)
{
    public NoteDto ToDto() => new(Text, Evidence.Slug());
}

public sealed record SuggestedCode(string Code, IReadOnlyList<string> Modifiers, int Units, string Label, Evidence Evidence)
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

    /// <param name="note">The audit note (<see cref="AuditNote"/>), written by the caller because it carries the date.</param>
    public SuggestionDto ToDto(string note) => new(
        [.. Codes.Select(c => new SuggestedCodeDto(c.Code, c.Modifiers, c.Units, c.Label, c.Evidence.Slug()))],
        [.. Rationale.Select(n => n.Text)],
        [.. Warnings.Select(n => n.Text)],
        [.. DoNotReport.Select(e => e.Code)],
        [.. Rationale.Select(n => n.ToDto())],
        [.. Warnings.Select(n => n.ToDto())],
        [.. DoNotReport.Select(e => new ExclusionDto(e.Code, e.Label, [.. e.Reasons.Select(n => n.ToDto())]))],
        note);
}

/// <summary>
/// The API's answer. The first four fields are the published contract; the <c>...Details</c> fields repeat them with
/// the evidence of each line (field <c>basis</c>: confirmed, standard, unconfirmed or imported) so a client can show
/// which rules are unconfirmed. <c>Note</c> is plain text for an audit trail, one line per decision.
/// </summary>
public sealed record SuggestionDto(
    IReadOnlyList<SuggestedCodeDto> Codes, IReadOnlyList<string> Rationale, IReadOnlyList<string> Warnings, IReadOnlyList<string> DoNotReport,
    IReadOnlyList<NoteDto> RationaleDetails, IReadOnlyList<NoteDto> WarningDetails, IReadOnlyList<ExclusionDto> DoNotReportDetails,
    string Note);

public sealed record SuggestedCodeDto(string Code, IReadOnlyList<string> Modifiers, int Units, string Label, string Basis);

public sealed record NoteDto(string Text, string Basis);

public sealed record ExclusionDto(string Code, string Label, IReadOnlyList<NoteDto> Reasons);
