using MyeloCode.Reports;

namespace MyeloCode.Tests.Reports;

public sealed class ReportHighlightsTests
{
    const string Report = "HISTORY: Neck pain. Prior CT lumbar spine 2025.\nPROCEDURE: LP at L2-3 under fluoro, 15 mL Omnipaque 180 instilled, AP/lateral views of the C-spine, post-myelo CT C-spine";

    [Fact]
    public void The_segments_cover_the_text_once_in_order_and_mark_each_answers_evidence()
    {
        var reading = ReportReader.Read(Report);
        var segments = ReportHighlights.Segments(Report, reading);

        Assert.Equal(Report, string.Concat(segments.Select(s => s.Span.Of(Report))));
        foreach (var finding in reading.Findings)
        {
            foreach (var evidence in finding.Evidence)
            {
                var marked = segments.Where(s => s.Span.Start >= evidence.Start && s.Span.End <= evidence.End).ToList();
                Assert.Equal(evidence.Of(Report), string.Concat(marked.Select(s => s.Span.Of(Report))));
                Assert.All(marked, s => Assert.Contains(finding.Question, s.Questions));
            }
        }
        Assert.True(segments.Any(s => s.Questions.Contains(ReportQuestion.Route) && s.Span.Of(Report).StartsWith("LP", StringComparison.Ordinal)), string.Join("\n", segments.Select(s => $"[{s.Span.Of(Report)}] {string.Join(",", s.Questions)}")));
        Assert.DoesNotContain(segments, s => s.Questions.Count > 0 && s.Span.Of(Report).Contains("Prior", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_runs_next_to_each_other_are_one_segment()
    {
        var segments = ReportHighlights.Segments("Vital signs stable.", ReportReader.Read("Vital signs stable."));

        Assert.Equal("Vital signs stable.", Assert.Single(segments).Span.Of("Vital signs stable."));
    }
}
