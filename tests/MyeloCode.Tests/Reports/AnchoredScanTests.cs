using System.Text.RegularExpressions;
using CsCheck;
using MyeloCode.Reports;

namespace MyeloCode.Tests.Reports;

/// <summary>The reader's anchored scans find exactly what a plain scan of the whole report with the same pattern finds.</summary>
public sealed class AnchoredScanTests
{
    public static TheoryData<string> Scans => ["InjectedBy", "InjectionWasDoneBy", "ReadBy"];

    static (AnchoredScan Scan, Regex Plain) Of(string name) => name switch
    {
        "InjectedBy" => (ReportPatterns.InjectedBy, new Regex(ReportPatterns.InjectedByPattern, ReportPatterns.Options)),
        "InjectionWasDoneBy" => (ReportPatterns.InjectionWasDoneBy, new Regex(ReportPatterns.InjectionWasDoneByPattern, ReportPatterns.Options)),
        _ => (ReportPatterns.ReadBy, new Regex(ReportPatterns.ReadByPattern, ReportPatterns.Options)),
    };

    static string[] Shown(IEnumerable<Match> matches) =>
        [.. matches.Select(m => $"{m.Index}+{m.Length} who={m.Groups["who"].Value} name={m.Groups["name"].Value} self={m.Groups["self"].Success} other={m.Groups["other"].Value} andread={m.Groups["andread"].Success}")];

    [Theory]
    [MemberData(nameof(Scans))]
    public void Every_report_and_every_pair_of_reports_gives_the_plain_scan_s_matches(string name)
    {
        var (scan, plain) = Of(name);
        var reports = ReportTestData.Cases.Select(c => c.Report).ToList();
        var found = 0;
        foreach (var text in reports.Concat(reports.SelectMany(a => reports.Select(b => a + "\n" + b))))
        {
            var expected = Shown(plain.Matches(text));
            Assert.Equal(expected, Shown(scan.Matches(text)));
            found += expected.Length;
        }
        Assert.True(found > 0, $"the corpus has no {name} match, so the comparison proves nothing");
    }

    // Words from the patterns and near misses, in any order, with the punctuation that bounds a search.
    static readonly string[] Words =
    [
        "I", "me", "myself", "the", "undersigned", "Dr.", "Dr", "J.", "Smith", "Lee-Ann", "O'Neil", "referring", "neurosurgeon", "neuro2",
        "physician", "performed", "did", "placed", "carried", "out", "was", "were", "personally", "done", "by", "puncture", "LP",
        "injection", "procedure", "myelogram", "tap", "needle", "placement", "and", "also", "supervised", "interpreted", "read",
        "reviewed", "reported", "then", "have", "a", "this", "help", "thread", ".", ",", ";", ":", "\n", "(", ")", "L3-4", "15",
    ];

    [Theory]
    [MemberData(nameof(Scans))]
    public void Random_word_salads_give_the_plain_scan_s_matches(string name)
    {
        var (scan, plain) = Of(name);
        Gen.OneOf(Words).Array[0, 40].Select(words => string.Join(' ', words))
            .Sample(text => Assert.Equal(Shown(plain.Matches(text)), Shown(scan.Matches(text))), iter: 3000);
    }
}
