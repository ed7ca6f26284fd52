using CsCheck;
using MyeloCode.Reports;

namespace MyeloCode.Tests.Reports;

public sealed class ReportReaderPropertyTests
{
    // Sentences a report carries that say nothing about what was imaged, how, or by whom.
    static readonly string[] Unrelated =
    [
        "Vital signs were stable throughout.",
        "Allergies: penicillin (rash).",
        "Medications were reviewed with the patient.",
        "Blood pressure 132/80, pulse 72.",
        "The patient is a 64-year-old retired teacher.",
        "Follow-up with the referring clinician in two weeks.",
        "Anticoagulation was held for three days as instructed.",
        "Results will be discussed at the next clinic visit.",
        "Dictated but not read; transcription errors are possible.",
        "Hydration and bed rest were advised for 24 hours.",
    ];

    static readonly Gen<string> Padding = Gen.OneOf(Unrelated).Array[0, 3].Select(s => string.Join(' ', s));

    [Fact]
    public void Unrelated_sentences_before_or_after_the_report_change_no_answer_and_no_evidence()
    {
        var cases = ReportTestData.Cases;
        Gen.Select(Gen.Int[0, cases.Count - 1], Padding, Padding).Sample((index, before, after) =>
        {
            var report = cases[index].Report;
            var padded = (before.Length > 0 ? before + "\n\n" : "") + report + (after.Length > 0 ? "\n\n" + after : "");

            Assert.Equal(Summary(report, ReportReader.Read(report)), Summary(padded, ReportReader.Read(padded)));
        }, iter: 300);
    }

    // Answers with the words they rest on, and what is missing: the offsets move with the padding, the words do not.
    static string Summary(string text, ReportReading reading) => string.Join('\n',
        reading.Findings.OrderBy(f => f.Question).Select(f => $"{f.Question}={f.Answer} [{string.Join(" | ", f.Evidence.Select(e => e.Of(text)))}]")
            .Concat(reading.Missing.OrderBy(m => m.Question).Select(m => $"{m.Question}?")));
}
