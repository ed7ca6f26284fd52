using System.Globalization;

namespace MyeloCode.Catalogue;

/// <summary>One property across the compared codes; <see cref="Differs"/> when not every code has the same value.</summary>
public sealed record ComparisonRow(string Label, IReadOnlyList<string> Values)
{
    public bool Differs => Values.Distinct(StringComparer.Ordinal).Count() > 1;
}

public sealed record Comparison(string Title, IReadOnlyList<Code> Codes, IReadOnlyList<ComparisonRow> Rows);

/// <summary>Side-by-side facts of a few codes, so a coder sees at a glance what separates 62302 from 62305.</summary>
public static class CodeComparison
{
    public const int MaxCodes = 6;

    public static Comparison Build(CatalogueSnapshot snapshot, string title, IEnumerable<Code> codes)
    {
        var details = codes.Take(MaxCodes).Select(c => CodeDetail.Build(snapshot, c.Id)!).ToList();
        string Money(decimal? amount) => amount is { } a ? a.ToString("C2", CultureInfo.GetCultureInfo("en-US")) : "—";
        string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";
        string Codes(IEnumerable<RelatedCode> related) => related.Any() ? string.Join(", ", related.Select(r => r.Code)) : "—";
        MedicareRow? Global(CodeDetail d) => d.Medicare?.Rows.FirstOrDefault(r => r.Modifier is null);
        var year = details.Select(d => d.Medicare?.Year).FirstOrDefault(y => y is not null);

        var rows = new List<ComparisonRow>
        {
            new("Label", details.Select(d => d.Code.ShortLabel).ToList()),
            new("Region imaged", details.Select(d => d.Code.Region?.Name() ?? "—").ToList()),
            new("Injection route", details.Select(d => d.Code.Route.Name()).ToList()),
            new("Kind", details.Select(d => d.Code.Kind.Name()).ToList()),
            new("Includes the injection", details.Select(d => d.IncludesInjection ? "Yes" : "No").ToList()),
            new("Includes supervision and interpretation", details.Select(d => d.Code.IncludesSupervisionAndInterpretation ? "Yes" : "No").ToList()),
            new("Modifiers 26 / TC", details.Select(d => d.Modifiers.Count > 0 ? "Allowed (PC/TC 1)" : $"Not allowed (PC/TC {d.PcTcIndicator})").ToList()),
            new("Global period", details.Select(d => d.GlobalPeriod).ToList()),
            new("Work RVU", details.Select(d => Number(Global(d)?.Work)).ToList()),
            new("Non-facility total RVU", details.Select(d => Number(Global(d)?.NonFacilityTotal)).ToList()),
            new("Facility total RVU", details.Select(d => Number(Global(d)?.FacilityTotal)).ToList()),
            new(year is null ? "Medicare non-facility amount" : $"Medicare non-facility amount, CY{year}", details.Select(d => Money(Global(d)?.NonFacilityPayment)).ToList()),
            new("Report instead when", details.Select(d => Codes(d.BilledInstead)).ToList()),
            new("Add with", details.Select(d => Codes(d.AddWith)).ToList()),
            new("Never billed with", details.Select(d => Codes(d.NeverWith)).ToList()),
        };
        return new Comparison(title, details.Select(d => d.Code).ToList(), rows);
    }

    /// <summary>Codes named in a <c>?codes=</c> list (comma or space separated); unknown or malformed entries are returned apart.</summary>
    public static (IReadOnlyList<Code> Found, IReadOnlyList<string> Unknown) Parse(CatalogueSnapshot snapshot, string? list)
    {
        var found = new List<Code>();
        var unknown = new List<string>();
        foreach (var entry in (list ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxCodes * 2))
        {
            if (snapshot.Find(entry) is { } code)
            {
                if (!found.Contains(code))
                    found.Add(code);
            }
            else
                unknown.Add(entry.Length <= 12 ? entry : entry[..12] + "…");
        }
        return (found.Take(MaxCodes).ToList(), unknown);
    }
}
