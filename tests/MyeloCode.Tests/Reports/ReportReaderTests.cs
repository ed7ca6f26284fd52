using MyeloCode.Reports;
using MyeloCode.Suggestions;

namespace MyeloCode.Tests.Reports;

public sealed class ReportReaderTests
{
    static readonly ReportQuestion[] CaseQuestions = [ReportQuestion.Regions, ReportQuestion.Route, ReportQuestion.Ct, ReportQuestion.Outcome, ReportQuestion.Billing];

    public static TheoryDataRow<string, string[]>[] Reports =>
        [.. ReportTestData.Cases.Select(c => new TheoryDataRow<string, string[]>(c.Report, c.Expected) { TestDisplayName = c.Name })];

    [Theory]
    [MemberData(nameof(Reports))]
    public void Each_answer_is_read_with_the_words_it_rests_on(string report, string[] expected)
    {
        var reading = ReportReader.Read(report);
        var expectations = expected.Select(Expectation.Parse).ToList();

        foreach (var question in CaseQuestions)
            Assert.Contains(expectations, e => e.Question == question);
        foreach (var e in expectations)
        {
            var finding = reading.Answer(e.Question);
            switch (e.State)
            {
                case '=':
                    Assert.True(finding is not null, $"{e.Question} is not answered; missing: {string.Join(" | ", reading.Missing.Select(m => m.Statement))}");
                    Assert.Equal((e.Question, e.Answer), (finding.Question, finding.Answer));
                    Assert.NotEmpty(finding.Evidence);
                    foreach (var words in e.Evidence)
                        Assert.True(finding.Evidence.Any(span => span.Of(report).Contains(words, StringComparison.OrdinalIgnoreCase)),
                            $"{e.Question}: no evidence shows '{words}'; evidence: {string.Join(" | ", finding.Evidence.Select(s => s.Of(report)))}");
                    break;
                case '?':
                    Assert.True(finding is null, $"{e.Question} should be missing but is answered '{finding?.Answer}' from '{string.Join(" | ", finding?.Evidence.Select(s => s.Of(report)) ?? [])}'");
                    Assert.Contains(reading.Missing, m => m.Question == e.Question);
                    break;
                default:
                    Assert.Null(finding);
                    Assert.DoesNotContain(reading.Missing, m => m.Question == e.Question);
                    break;
            }
        }
        // Questions not in the row: never guessed (the case's defaults apply).
        foreach (var question in Enum.GetValues<ReportQuestion>().Where(q => expectations.All(e => e.Question != q)))
        {
            if (question is not (ReportQuestion.ContrastAgent or ReportQuestion.ContrastVolume or ReportQuestion.NeedleLevel))
                Assert.True(reading.Answer(question) is null, $"{question} answered '{reading.Answer(question)?.Answer}' but not expected");
        }
        Assert.Equal(expectations.Where(e => e.State == '?').Select(e => e.Question).Order(), reading.Missing.Select(m => m.Question).Order());
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Evidence_lies_inside_the_report_and_is_in_text_order(string report, string[] expected)
    {
        _ = expected;
        foreach (var finding in ReportReader.Read(report).Findings)
        {
            Assert.All(finding.Evidence, span => Assert.InRange(span.End, span.Start + 1, report.Length));
            Assert.Equal(finding.Evidence.OrderBy(s => s.Start), finding.Evidence);
        }
    }

    [Fact]
    public void The_physician_query_asks_one_question_per_missing_fact()
    {
        var reading = ReportReader.Read("Lumbar myelogram. AP and lateral views of the lumbar spine were obtained.");

        Assert.Equal([ReportQuestion.Route, ReportQuestion.Ct, ReportQuestion.Billing], reading.Missing.Select(m => m.Question));
        var query = reading.PhysicianQuery();
        Assert.StartsWith("Dear Doctor,", query, StringComparison.Ordinal);
        Assert.Equal(3, query.Split('\n').Count(line => line.Length > 2 && char.IsDigit(line[0]) && line[1] == '.'));
        Assert.Contains("1. Where was the puncture", query, StringComparison.Ordinal);
        Assert.Contains("3. Who performed the puncture", query, StringComparison.Ordinal);
        Assert.Contains("The report does not say who did the puncture", reading.Missing[2].Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_reading_has_no_physician_query_and_gives_the_suggest_query_string()
    {
        var reading = ReportReader.Read("I performed the LP at L3-4 and interpreted the images. 15 mL Omnipaque 180. AP and lateral views of the C/T-spine. Post-myelogram CT of the cervical spine.");

        Assert.True(reading.IsComplete);
        Assert.Equal("", reading.PhysicianQuery());
        Assert.Equal("regions=cervical,thoracic&route=lumbar&billing=both&outcome=completed&ct=cervical", reading.ToQueryString());
        Assert.Equal(new SuggestionQuery("cervical,thoracic", "lumbar", "both", "cervical", Outcome: "completed"), reading.ToQuery());
    }

    [Fact]
    public void An_incomplete_reading_leaves_the_unanswered_parameters_out()
    {
        var reading = ReportReader.Read("LP at L2-3, lateral views of the lumbar spine. No CT.");

        Assert.False(reading.IsComplete);
        Assert.Equal("regions=lumbosacral&route=lumbar&outcome=completed&ct=", reading.ToQueryString());
        Assert.Null(reading.ToQuery().Billing);
    }

    [Fact]
    public void The_same_text_always_gives_the_same_reading()
    {
        var report = ReportTestData.Cases[^2].Report;

        var first = ReportReader.Read(report);
        var second = ReportReader.Read(new string(report.AsSpan()));

        Assert.Equal(Describe(first), Describe(second));
    }

    internal static string Describe(ReportReading reading) =>
        string.Join('\n', reading.Findings.Select(f => $"{f.Question}={f.Answer}").Concat(reading.Missing.Select(m => $"{m.Question}?")));

    sealed record Expectation(ReportQuestion Question, char State, string Answer, string[] Evidence)
    {
        public static Expectation Parse(string line)
        {
            var name = line.TakeWhile(char.IsLetter).ToArray();
            var question = QuestionNamed(new string(name));
            var rest = line[name.Length..].TrimStart();
            if (rest is "?" or "-")
                return new Expectation(question, rest[0], "", []);
            Assert.StartsWith("=", rest, StringComparison.Ordinal);
            var parts = rest[1..].Split('~').Select(p => p.Trim(' ')).ToArray();
            return new Expectation(question, '=', parts[0], parts[1..]);
        }

        static ReportQuestion QuestionNamed(string name) => name switch
        {
            "agent" => ReportQuestion.ContrastAgent,
            "volume" => ReportQuestion.ContrastVolume,
            "level" => ReportQuestion.NeedleLevel,
            _ => Enum.GetValues<ReportQuestion>().Single(q => q.Parameter() == name),
        };
    }
}
