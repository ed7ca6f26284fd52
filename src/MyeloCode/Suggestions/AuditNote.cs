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
        if (catalogue.DateOfService is { } dos)
            lines.Add($"Date of service: {dos:yyyy-MM-dd}");
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
        lines.Add($"Rests on: {RestsOn(catalogue)}");
        lines.Add("Marks: [C] confirmed in a cited public source; [K] standard coding knowledge, rule text not found in a public source; UNCONFIRMED: check the current CPT book and NCCI files; CMS file: read from a CMS public file, imported or shipped with MyeloCode (the reason names it).");
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

    static string RestsOn(CatalogueSnapshot catalogue)
    {
        var figures = catalogue.FiguresYear is not { } year ? "Medicare figures: none"
            : $"Medicare figures CY{year} ({(catalogue.ImportedYears.Contains(year) ? "imported PFS file" : $"shipped with MyeloCode: {ShippedSource(catalogue, year)}")}"
              + (catalogue.DateOfService is { } dos && dos.Year != year ? $"; the latest year loaded for a {dos.Year} date)" : ")");
        return string.Join("; ",
            $"MyeloCode catalogue revision {catalogue.Revision} loaded {catalogue.LoadedAt:yyyy-MM-dd}",
            figures,
            $"NCCI PTP: {InForce(catalogue, ImportKinds.NcciPtp, catalogue.PtpVersion)}",
            $"MUE: {InForce(catalogue, ImportKinds.Mue, catalogue.MueVersion)}");
    }

    static string ShippedSource(CatalogueSnapshot catalogue, int year) =>
        catalogue.Codes.SelectMany(c => c.Medicare).FirstOrDefault(m => m.Year == year)?.Source ?? "CMS PFS RVU file";

    /// <summary>The files of the version in force on the date of service, or why there is none.</summary>
    static string InForce(CatalogueSnapshot catalogue, string kind, DateOnly? version)
    {
        var imported = catalogue.Imports.Where(i => i.Kind == kind).ToList();
        if (imported.Count == 0)
            return "not imported";
        if (version is not { } from)
            return "none in force on the date of service";
        var files = imported.Where(i => ImportVersions.EffectiveFrom(i) == from).OrderBy(i => i.FileName, StringComparer.Ordinal)
            .Select(i => $"{i.FileName}{(i.DataVersion is { Length: > 0 } v ? $" ({v})" : "")}{(i.Shipped ? ", shipped with MyeloCode" : "")}").Distinct();
        var notice = kind == ImportKinds.Mue && catalogue.MueNotice is { } later ? $" ({later.TrimEnd('.')})" : "";
        return $"{string.Join(", ", files)}, in force from {from:yyyy-MM-dd}{notice}";
    }
}
