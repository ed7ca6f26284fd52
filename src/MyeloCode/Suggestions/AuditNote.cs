using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Suggestions;

/// <summary>
/// Plain text for an account's audit trail or a query to the physician: the case as answered, each claim line, the
/// reason for each decision with its evidence mark, what not to report and why, and what the answer rests on. One
/// line per decision. Pure: the date comes in.
/// </summary>
public static class AuditNote
{
    public static string Write(SuggestionRequest request, Suggestion suggestion, CatalogueSnapshot catalogue, DateOnly date)
    {
        var lines = new List<string>
        {
            $"MyeloCode audit note, {date:yyyy-MM-dd}",
            $"Case: {Case(request)}",
        };
        var number = 0;
        foreach (var code in suggestion.Codes)
            lines.Add($"Claim line {++number}: {code.ClaimLine} x {code.Units} unit{(code.Units == 1 ? "" : "s")}{(code.Label.Length > 0 ? $" ({code.Label})" : "")} {code.Evidence.Mark()}");
        foreach (var note in suggestion.Rationale)
            lines.Add($"Reason {note.Evidence.Mark()}: {note.Text}");
        foreach (var note in suggestion.Warnings)
            lines.Add($"Check {note.Evidence.Mark()}: {note.Text}");
        foreach (var exclusion in suggestion.DoNotReport)
        {
            foreach (var reason in exclusion.Reasons)
                lines.Add($"Do not report {exclusion.Code} {reason.Evidence.Mark()}: {reason.Text}");
        }
        lines.Add($"Rests on: {RestsOn(suggestion, catalogue)}");
        lines.Add("Marks: [C] confirmed in a cited public source; [K] standard coding knowledge, rule text not found in a public source; UNCONFIRMED: check the current CPT book and NCCI files; CMS import: read from an imported CMS file.");
        // Lines come from our own text and catalogue data; line breaks inside them would break "one line per decision".
        return string.Join('\n', lines.Select(l => l.ReplaceLineEndings(" ")));
    }

    static string Case(SuggestionRequest r)
    {
        static string List(IReadOnlyList<Region> regions) => regions.Count == 0 ? "none" : string.Join(", ", regions.Select(x => x.Slug()));
        var parts = new List<string>
        {
            $"regions {List(r.Regions)}",
            $"route {r.Route.Slug()}",
            $"billing {r.Billing.Slug()}",
            $"setting {r.Setting.Slug()}",
            $"outcome {r.Outcome.Slug()}",
            $"ct {List(r.Ct)}",
        };
        if (r.Ct.Count > 0)
        {
            parts.Add($"ctBefore {List(r.CtBefore)}");
            parts.Add($"ctReader {r.CtReader.Slug()}");
        }
        return string.Join("; ", parts);
    }

    static string RestsOn(Suggestion suggestion, CatalogueSnapshot catalogue)
    {
        var codes = suggestion.Codes.Select(c => c.Code).ToHashSet();
        var importedYear = catalogue.Rvus.Where(g => codes.Contains(g.Key)).SelectMany(g => g).Select(r => (int?)r.Year).Max();
        var catalogueYear = catalogue.Codes.Where(c => codes.Contains(c.Id)).SelectMany(c => c.Medicare).Select(m => (int?)m.Year).Max();
        var figures = importedYear is { } y ? $"Medicare figures CY{y} (imported PFS file)"
            : catalogueYear is { } c ? $"Medicare figures CY{c} (MyeloCode catalogue, CMS PFS RVU file)"
            : "Medicare figures: none";
        return string.Join("; ",
            $"MyeloCode catalogue revision {catalogue.Revision} loaded {catalogue.LoadedAt:yyyy-MM-dd}",
            figures,
            $"NCCI PTP: {Imported(catalogue, ImportKinds.NcciPtp)}",
            $"MUE: {Imported(catalogue, ImportKinds.Mue)}");
    }

    static string Imported(CatalogueSnapshot catalogue, string kind)
    {
        var files = catalogue.Imports.Where(i => i.Kind == kind).OrderBy(i => i.FileName, StringComparer.Ordinal)
            .Select(i => $"{i.FileName}{(i.DataVersion is { Length: > 0 } v ? $" ({v})" : "")}").ToList();
        return files.Count == 0 ? "not imported" : string.Join(", ", files);
    }
}
