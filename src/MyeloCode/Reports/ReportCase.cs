using MyeloCode.Suggestions;

namespace MyeloCode.Reports;

/// <summary>
/// The case a report gives once what the coder already knows is added: the billing role and setting of the claim
/// being coded come from the coder when given (the report seldom says whose claim it is), otherwise from the report.
/// </summary>
public sealed record ReportCase(SuggestionQuery Query, IReadOnlyDictionary<string, string> Answers, IReadOnlyList<MissingFact> Missing)
{
    public static ReportCase Of(ReportReading reading, string? billing = null, string? setting = null)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in SuggestionRequest.Parameters)
        {
            if (reading.Findings.FirstOrDefault(f => f.Question.Parameter() == name) is { } finding)
                answers[name] = finding.Answer;
        }
        if (!string.IsNullOrWhiteSpace(billing))
            answers["billing"] = billing.Trim();
        if (!string.IsNullOrWhiteSpace(setting))
            answers["setting"] = setting.Trim();

        var missing = reading.Missing.Where(m => !answers.ContainsKey(m.Question.Parameter() ?? "")).ToList();
        var query = new SuggestionQuery(Get("regions"), Get("route"), Get("billing"), Get("ct"), Get("setting"), Get("outcome"), Get("ctReader"), Get("ctBefore"));
        return new ReportCase(query, answers, missing);

        string? Get(string name) => answers.GetValueOrDefault(name);
    }

    /// <summary>Nothing is missing and the answers together are a case the rules accept.</summary>
    public bool IsComplete(out SuggestionRequest? request) => Query.TryParse(out request, out _) & Missing.Count == 0;

    public string PhysicianQuery => ReportReading.PhysicianQueryFor(Missing);

    /// <summary>The answers as an <c>/api/suggest</c> query string, in the order of the form.</summary>
    public string ToQueryString() => string.Join('&', Answers.Select(a => $"{a.Key}={Uri.EscapeDataString(a.Value).Replace("%2C", ",", StringComparison.Ordinal)}"));

    /// <summary>
    /// The case for a screen where the coder already chose whose claim it is and the setting: the report's answers
    /// replace the case's, and those two stay as chosen when the report does not say (they are about the claim).
    /// </summary>
    public SuggestionQuery KeepingClaimOf(SuggestionQuery chosen) =>
        Query with { Billing = Query.Billing ?? chosen.Billing, Setting = Query.Setting ?? chosen.Setting };
}
