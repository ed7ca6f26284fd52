using System.Text;
using MyeloCode.Suggestions;

namespace MyeloCode.Reports;

/// <summary>A range of characters in the report as given (no trimming or normalising before counting).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);

    internal static TextSpan FromTo(int start, int end) => new(start, end - start);
}

/// <summary>
/// What the reader answers: the <c>/api/suggest</c> questions, then facts a documentation checklist needs
/// (facts file §6) that do not change the codes.
/// </summary>
public enum ReportQuestion { Regions, Route, Ct, CtBefore, Outcome, Billing, Setting, CtReader, ContrastAgent, ContrastVolume, NeedleLevel }

public static class ReportQuestions
{
    /// <summary>The <c>/api/suggest</c> parameter the question answers, or null for a checklist fact.</summary>
    public static string? Parameter(this ReportQuestion question) => question switch
    {
        ReportQuestion.Regions => "regions",
        ReportQuestion.Route => "route",
        ReportQuestion.Ct => "ct",
        ReportQuestion.CtBefore => "ctBefore",
        ReportQuestion.Outcome => "outcome",
        ReportQuestion.Billing => "billing",
        ReportQuestion.Setting => "setting",
        ReportQuestion.CtReader => "ctReader",
        _ => null,
    };

    /// <summary>What the screen calls the question, beside the words it was read from.</summary>
    public static string Label(this ReportQuestion question) => question switch
    {
        ReportQuestion.Regions => "Regions imaged",
        ReportQuestion.Route => "Route",
        ReportQuestion.Ct => "CT after the contrast",
        ReportQuestion.CtBefore => "CT before the contrast",
        ReportQuestion.Outcome => "Outcome",
        ReportQuestion.Billing => "Who did what",
        ReportQuestion.Setting => "Setting",
        ReportQuestion.CtReader => "CT reader",
        ReportQuestion.ContrastAgent => "Contrast agent",
        ReportQuestion.ContrastVolume => "Contrast volume",
        ReportQuestion.NeedleLevel => "Needle level",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>The name the API gives the question: its <c>/api/suggest</c> parameter, or <c>contrastAgent</c>, <c>contrastVolume</c>, <c>needleLevel</c>.</summary>
    public static string Name(this ReportQuestion question) => question.Parameter() ?? question switch
    {
        ReportQuestion.ContrastAgent => "contrastAgent",
        ReportQuestion.ContrastVolume => "contrastVolume",
        ReportQuestion.NeedleLevel => "needleLevel",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}

/// <summary>
/// One answer read from the report: a slug of <c>/api/suggest</c> (comma-separated regions, empty for none) or, for a
/// checklist fact, the words as read (<c>Omnipaque 180</c>, <c>15 mL</c>, <c>L2-L3</c>). <paramref name="Evidence"/>
/// are the words it rests on, in text order; <paramref name="Basis"/> says in a line how they were read.
/// </summary>
public sealed record Finding(ReportQuestion Question, string Answer, IReadOnlyList<TextSpan> Evidence, string Basis);

/// <summary>A question the report does not settle: what is missing, and the question to put to the physician.</summary>
public sealed record MissingFact(ReportQuestion Question, string Statement, string QuestionForPhysician);

/// <summary>
/// What <see cref="ReportReader.Read"/> found. Holds spans, never the report text: the caller keeps the text and shows
/// the evidence with <see cref="TextSpan.Of"/>.
/// </summary>
public sealed record ReportReading(IReadOnlyList<Finding> Findings, IReadOnlyList<MissingFact> Missing)
{
    public Finding? Answer(ReportQuestion question) => Findings.FirstOrDefault(f => f.Question == question);

    /// <summary>
    /// The case as <c>/suggest</c> takes it. Unanswered questions stay absent, so their defaults apply (setting facility,
    /// outcome completed, the CT reader of the billing role, nothing scanned before the contrast).
    /// </summary>
    public SuggestionQuery ToQuery() => ReportCase.Of(this).Query;

    /// <summary>Nothing is missing and the answers together are a case the rules accept.</summary>
    public bool IsComplete => ReportCase.Of(this).IsComplete(out _);

    /// <summary>The answered parameters for <c>/api/suggest</c>, in the order of the form: <c>regions=cervical&amp;route=lumbar&amp;...</c>.</summary>
    public string ToQueryString() => ReportCase.Of(this).ToQueryString();

    /// <summary>A query to paste into a message to the physician, one numbered question per missing fact; empty when nothing is missing.</summary>
    public string PhysicianQuery() => PhysicianQueryFor(Missing);

    internal static string PhysicianQueryFor(IReadOnlyList<MissingFact> missing)
    {
        if (missing.Count == 0)
            return "";
        var text = new StringBuilder("Dear Doctor,\n\nTo code this procedure correctly, could you please clarify the following in the report or an addendum:\n");
        for (var i = 0; i < missing.Count; i++)
            text.Append('\n').Append(i + 1).Append(". ").Append(missing[i].QuestionForPhysician);
        return text.Append("\n\nThank you.").ToString();
    }
}
