using System.Text.RegularExpressions;

namespace MyeloCode.Reports;

/// <summary>The headings a report is read by. <c>Untitled</c>: text before any heading, or under a heading we do not know.</summary>
public enum SectionKind { Untitled, Procedure, Technique, Findings, Impression, Comparison, History, Indication }

public sealed record ReportSection(SectionKind Kind, TextSpan Heading, TextSpan Body)
{
    /// <summary>History, comparison and indication describe other days or the reason for today, never today's work.</summary>
    public bool IsPast => Kind is SectionKind.Comparison or SectionKind.History or SectionKind.Indication;
}

/// <summary>
/// The report cut into sections, sentences and clauses (by position only; nothing of the text is kept).
/// Sentences end at . ! ? ; and at a line break before a line that does not go on in lower case (hard-wrapped
/// dictation goes on in lower case). Clauses also end at a comma before a word that starts a new statement
/// ("..., a C1-2 puncture was performed"), so that commas in lists ("cervical, thoracic and lumbar") do not cut.
/// </summary>
public sealed partial class ReportSections
{
    readonly List<ReportSection> _sections;
    readonly List<int> _sentenceStarts;
    readonly List<int> _clauseStarts;

    ReportSections(List<ReportSection> sections, List<int> sentenceStarts, List<int> clauseStarts, int length)
    {
        _sections = sections;
        _sentenceStarts = sentenceStarts;
        _clauseStarts = clauseStarts;
        Length = length;
    }

    public IReadOnlyList<ReportSection> Sections => _sections;

    public int Length { get; }

    public static ReportSections Split(string text)
    {
        var headings = Headings().Matches(text).Where(m => m.Groups["name"].Success).ToList();
        var sections = new List<ReportSection>();
        var bodyStart = 0;
        var kind = SectionKind.Untitled;
        var heading = new TextSpan(0, 0);
        foreach (var match in headings)
        {
            var name = match.Groups["name"];
            if (name.Index > bodyStart || sections.Count == 0)
                sections.Add(new ReportSection(kind, heading, TextSpan.FromTo(bodyStart, name.Index)));
            kind = KindOf(name.Value) ?? (TodayLabel().IsMatch(name.Value) ? SectionKind.Untitled : kind);
            heading = new TextSpan(name.Index, name.Length);
            bodyStart = match.Index + match.Length;
        }
        sections.Add(new ReportSection(kind, heading, TextSpan.FromTo(bodyStart, text.Length)));
        sections.RemoveAll(s => s.Body.Length == 0 && s.Heading.Length == 0);

        var sentenceStarts = new List<int> { 0 };
        foreach (Match m in SentenceBreaks().Matches(text))
            sentenceStarts.Add(m.Index + m.Length);
        // A heading starts a sentence of its own, so that "HISTORY: ... TECHNIQUE: LP" never joins the two.
        sentenceStarts.AddRange(sections.Select(s => s.Heading.Length > 0 ? s.Heading.Start : s.Body.Start));
        sentenceStarts = [.. sentenceStarts.Distinct().Order()];

        var clauseStarts = new List<int>(sentenceStarts);
        foreach (Match m in ClauseBreaks().Matches(text))
            clauseStarts.Add(m.Index + m.Length);
        clauseStarts = [.. clauseStarts.Distinct().Order()];
        return new ReportSections(sections, sentenceStarts, clauseStarts, text.Length);
    }

    /// <summary>The first section whose body ends after the position (the last one for the end of the text).</summary>
    public ReportSection SectionAt(int position)
    {
        // Bodies follow one another, so their ends are in order: a binary search for the first end past the position.
        var (low, high) = (0, _sections.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (position < _sections[middle].Body.End)
                high = middle;
            else
                low = middle + 1;
        }
        return _sections[low];
    }

    /// <summary>In a section about today's work (not history, comparison or indication).</summary>
    public bool IsToday(int position) => !SectionAt(position).IsPast;

    public TextSpan SentenceAt(int position) => Around(_sentenceStarts, position);

    public TextSpan ClauseAt(int position) => Around(_clauseStarts, position);

    TextSpan Around(List<int> starts, int position)
    {
        var index = starts.BinarySearch(position);
        if (index < 0)
            index = ~index - 1;
        var end = index + 1 < starts.Count ? starts[index + 1] : Length;
        return TextSpan.FromTo(starts[index], end);
    }

    /// <summary>The kind of a known heading; null for another label, which goes on with the section it is in.</summary>
    static SectionKind? KindOf(string heading)
    {
        var h = heading.ToLowerInvariant();
        return h switch
        {
            "proc" => SectionKind.Procedure,
            "tech" => SectionKind.Technique,
            "imp" => SectionKind.Impression,
            "ind" => SectionKind.Indication,
            _ when h.Contains("history") || h is "hx" or "pmh" or "clinical information" or "clinical data" => SectionKind.History,
            _ when h.Contains("indication") || h.StartsWith("reason") => SectionKind.Indication,
            _ when h.StartsWith("comparison") || h.StartsWith("prior") || h == "priors" || h == "correlation" => SectionKind.Comparison,
            _ when h.StartsWith("technique") || h.StartsWith("description") || h.StartsWith("procedure detail") || h.StartsWith("procedure note") => SectionKind.Technique,
            _ when h.StartsWith("procedure") || h.StartsWith("exam") || h == "study" || h == "title" || h == "operation" => SectionKind.Procedure,
            _ when h.Contains("findings") => SectionKind.Findings,
            _ when h is "impression" or "impressions" or "conclusion" or "conclusions" or "summary" or "assessment" or "opinion" or "final impression" => SectionKind.Impression,
            _ => null,
        };
    }

    // A heading is a known section word, or any short capitalised label, at the start of a line or after a sentence,
    // followed by a colon; a known word alone on its line also counts (templates in capitals without colons).
    // A label naming the past ("Prior CT:") is a comparison heading; a label of today's work ("Contrast:", "Needle:") starts
    // a today section; any other label ("Cervical:", "Symptoms:") stays in the section it is in.
    [GeneratedRegex(@"(?:^|(?<=\n)|(?<=[.;]\s+))[ \t]*(?:[-*•]\s*)?(?<name>(?i:clinical\s+history|history|hx|pmh|proc|tech|imp|ind|clinical\s+information|clinical\s+data|indications?|clinical\s+indications?|reason\s+for\s+(?:exam|examination|study|referral|procedure)|comparisons?|prior\s+studies|priors|correlation|technique|procedure\s+details|procedure\s+note|description(?:\s+of\s+(?:the\s+)?procedure)?|procedures?(?:\s+performed)?|exam(?:ination)?|study|title|operation|findings|ct\s+findings|myelogra\w*\s+findings|impressions?|conclusions?|summary|assessment|opinion|final\s+impression))[ \t]*(?::|(?=[ \t]*\r?\n))|(?:^|(?<=\n))[ \t]*(?<name>[A-Z][A-Za-z0-9'&/()-]*(?:[ \t][A-Za-z0-9'&/()-]+){0,4})[ \t]*:(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Headings();

    [GeneratedRegex(@"contrast|needle|medication|complication|fluoro|sedation|anesth|consent|approach|level|view|\bct\b|myelo|perform|interpret|operator|radiologist|physician|attending|\bdate|specimen|csf|access|guidance|puncture|\blp\b|route|disposition|image|film|agent|volume|dose|signed|place of service|setting|impression", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TodayLabel();

    // "Dr." and the like do not end a sentence; a decimal point has no space after it.
    [GeneratedRegex(@"(?<!\b(?i:dr|drs|mr|mrs|ms|vs|approx|st|e\.g|i\.e))[.!?](?=\s|$)\s*|;\s*|\r?\n\s*(?=[^a-z\s])|\r?\n[ \t]*\r?\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreaks();

    [GeneratedRegex(@",\s*(?=(?i:and|but|so|then|after|afterwards|following|followed|subsequently|therefore|thus|however|which|a|an|the|this|successful|ultimately|finally|instead|with|without|no)\b)|\s+(?=(?i:but|however|whereas|although|though|and\s+then|after\s+which)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreaks();
}
