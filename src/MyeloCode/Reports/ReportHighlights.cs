namespace MyeloCode.Reports;

/// <summary>A run of the report's text, and the questions whose evidence it is (empty: plain text).</summary>
public sealed record ReportSegment(TextSpan Span, IReadOnlyList<ReportQuestion> Questions);

public static class ReportHighlights
{
    /// <summary>
    /// The report cut into runs at every evidence boundary, so a page can mark each run once even where the evidence
    /// of two answers overlaps (one region phrase can be the evidence of both the myelogram regions and the CT).
    /// </summary>
    public static IReadOnlyList<ReportSegment> Segments(string text, ReportReading reading)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var finding in reading.Findings)
        {
            foreach (var span in finding.Evidence)
            {
                cuts.Add(Math.Clamp(span.Start, 0, text.Length));
                cuts.Add(Math.Clamp(span.End, 0, text.Length));
            }
        }

        var segments = new List<ReportSegment>(cuts.Count);
        var start = 0;
        foreach (var end in cuts.Skip(1))
        {
            var questions = reading.Findings
                .Where(f => f.Evidence.Any(e => e.Start <= start && e.End >= end))
                .Select(f => f.Question).ToList();
            // Plain runs next to each other merge, so the text is not cut into pieces for nothing.
            if (questions.Count == 0 && segments.Count > 0 && segments[^1].Questions.Count == 0)
                segments[^1] = new ReportSegment(TextSpan.FromTo(segments[^1].Span.Start, end), []);
            else
                segments.Add(new ReportSegment(TextSpan.FromTo(start, end), questions));
            start = end;
        }
        return segments;
    }
}
