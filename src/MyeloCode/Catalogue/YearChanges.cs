using System.Globalization;
using MyeloCode.Import;

namespace MyeloCode.Catalogue;

/// <summary>One figure of one line (global, -26, -TC) that differs between the years; <see cref="Difference"/> for numbers.</summary>
public sealed record FigureChange(string Figure, string From, string To, string? Difference);

public sealed record CodeChanges(string Code, string? Label, string? Modifier, IReadOnlyList<FigureChange> Figures)
{
    public string Line => Modifier is null ? Code : $"{Code}-{Modifier}";
}

public sealed record EditPair(string Column1, string Column2, int ModifierIndicator, string Rationale);

/// <summary>
/// What changed for the catalogue's codes between two fee schedule years: figures and indicators per code and line,
/// codes added to or gone from the schedule, and NCCI pairs added or removed (the version in force at each year's end).
/// </summary>
public sealed record YearChanges(
    int From, int To, IReadOnlyList<CodeChanges> Changed, IReadOnlyList<string> Added, IReadOnlyList<string> Gone,
    IReadOnlyList<EditPair>? EditsAdded, IReadOnlyList<EditPair>? EditsRemoved, string? EditsNote)
{
    /// <summary>The changes, or why they cannot be shown (a year not loaded, naming the file to import).</summary>
    public static YearChanges? Build(CatalogueSnapshot snapshot, int from, int to, out string? problem)
    {
        snapshot = snapshot.All;
        problem = null;
        var missing = new[] { from, to }.Distinct().Where(y => !snapshot.MedicareYears.Contains(y)).ToList();
        if (missing.Count > 0)
        {
            problem = string.Join(" ", missing.Select(y => $"CY{y} Medicare figures are not loaded: import the CY{y} relative value file (PPRRVU{y}_*.csv)."))
                + $" Years loaded: {string.Join(", ", snapshot.MedicareYears)}.";
            return null;
        }
        if (from == to)
        {
            problem = $"from and to are both {from}: choose two different years.";
            return null;
        }

        var changed = new List<CodeChanges>();
        var added = new List<string>();
        var gone = new List<string>();
        foreach (var code in snapshot.Codes)
        {
            var before = Lines(snapshot, code, from);
            var after = Lines(snapshot, code, to);
            if (before.Count == 0 && after.Count > 0)
                added.Add(code.Id);
            else if (before.Count > 0 && after.Count == 0)
                gone.Add(code.Id);
            foreach (var modifier in before.Keys.Intersect(after.Keys).OrderBy(m => m.Length == 0 ? 0 : m == "26" ? 1 : 2))
            {
                var figures = Compare(before[modifier], after[modifier]);
                if (figures.Count > 0)
                    changed.Add(new CodeChanges(code.Id, code.ShortLabel, modifier.Length == 0 ? null : modifier, figures));
            }
        }

        IReadOnlyList<EditPair>? editsAdded = null, editsRemoved = null;
        string? note = null;
        if (snapshot.PtpVersions.Count == 0)
            note = "NCCI PTP edits: not imported.";
        else
        {
            var end = (From: new DateOnly(from, 12, 31), To: new DateOnly(to, 12, 31));
            var pairsBefore = Active(snapshot.On(end.From), end.From);
            var pairsAfter = Active(snapshot.On(end.To), end.To);
            editsAdded = pairsAfter.Where(p => !pairsBefore.ContainsKey(p.Key)).Select(p => p.Value).ToList();
            editsRemoved = pairsBefore.Where(p => !pairsAfter.ContainsKey(p.Key)).Select(p => p.Value).ToList();
            var versions = (snapshot.On(end.From).PtpVersion, snapshot.On(end.To).PtpVersion);
            note = $"NCCI PTP edits in force at the end of each year: {Version(versions.Item1)} and {Version(versions.Item2)}.";
        }
        return new YearChanges(from, to, changed, added, gone, editsAdded, editsRemoved, note);
    }

    static string Version(DateOnly? from) => from is { } date ? $"the version from {DatesOfService.ToText(date)}" : "none imported";

    /// <summary>Edits in force on the date (not deleted by then), by pair; for the catalogue's codes.</summary>
    static Dictionary<(string, string), EditPair> Active(CatalogueSnapshot view, DateOnly date) =>
        view.PtpEdits.Where(e => e.EffectiveDate <= date && (e.DeletionDate is null || e.DeletionDate > date))
            .Where(e => view.Find(e.Column1) is not null || view.Find(e.Column2) is not null)
            .GroupBy(e => (e.Column1, e.Column2))
            .ToDictionary(g => g.Key, g => g.Select(e => new EditPair(e.Column1, e.Column2, e.ModifierIndicator, e.Rationale)).First());

    sealed record LineFigures(decimal? Work, decimal? NonFacilityPe, decimal? FacilityPe, decimal? Malpractice, decimal? NonFacilityTotal,
        decimal? FacilityTotal, decimal? NonFacilityPayment, decimal? FacilityPayment, string? Status, string? PcTc, string? Global);

    /// <summary>
    /// A code's lines in a year, by modifier ("" for the global line): from that year's PFS file when one is imported
    /// (a code it lacks is not on that year's schedule), else the catalogue's own figures.
    /// </summary>
    static Dictionary<string, LineFigures> Lines(CatalogueSnapshot snapshot, Code code, int year)
    {
        var lines = new Dictionary<string, LineFigures>(StringComparer.Ordinal);
        // A year's QPP file is named beside its figures, never compared: the non-QPP (or single) file is the year's schedule.
        var rows = snapshot.Rvus[code.Id].Where(r => r.Year == year && r.Variant != PfsRvuFile.Qpp).ToList();
        if (snapshot.ImportedYears.Contains(year))
        {
            var factor = rows.Select(r => r.ConversionFactor).FirstOrDefault(f => f is not null);
            foreach (PfsRvu r in rows)
            {
                lines[r.Modifier ?? ""] = new(r.Work, r.NonFacilityPe, r.FacilityPe, r.Malpractice, r.NonFacilityTotal, r.FacilityTotal,
                    CodeDetail.Payment(r.NonFacilityTotal, factor), CodeDetail.Payment(r.FacilityTotal, factor), r.Status, r.PcTcIndicator, r.GlobalPeriod);
            }
            return lines;
        }
        foreach (var m in code.Medicare.Where(m => m.Year == year))
        {
            lines[m.Modifier ?? ""] = new(m.Work, m.NonFacilityPe, m.FacilityPe, m.Malpractice, m.NonFacilityTotal, m.FacilityTotal,
                CodeDetail.Payment(m.NonFacilityTotal, m.ConversionFactor), CodeDetail.Payment(m.FacilityTotal, m.ConversionFactor),
                m.Modifier is null ? code.Status : null, m.Modifier is null ? code.PcTcIndicator : null, m.Modifier is null ? code.GlobalPeriod : null);
        }
        return lines;
    }

    static List<FigureChange> Compare(LineFigures a, LineFigures b)
    {
        var changes = new List<FigureChange>();
        void Number(string name, decimal? x, decimal? y, bool money = false)
        {
            if (x == y)
                return;
            string Text(decimal? v) => v is { } d ? (money ? d.ToString("C2", CultureInfo.GetCultureInfo("en-US")) : d.ToString("0.00", CultureInfo.InvariantCulture)) : "—";
            var difference = x is { } dx && y is { } dy
                ? (dy - dx).ToString(money ? "+$0.00;-$0.00" : "+0.00;-0.00", CultureInfo.InvariantCulture)
                : null;
            changes.Add(new FigureChange(name, Text(x), Text(y), difference));
        }
        void Indicator(string name, string? x, string? y)
        {
            if (x is not null && y is not null && x != y)
                changes.Add(new FigureChange(name, x, y, null));
        }
        Number("Work RVU", a.Work, b.Work);
        Number("PE RVU non-facility", a.NonFacilityPe, b.NonFacilityPe);
        Number("PE RVU facility", a.FacilityPe, b.FacilityPe);
        Number("MP RVU", a.Malpractice, b.Malpractice);
        Number("Total non-facility", a.NonFacilityTotal, b.NonFacilityTotal);
        Number("Total facility", a.FacilityTotal, b.FacilityTotal);
        Number("Amount non-facility", a.NonFacilityPayment, b.NonFacilityPayment, money: true);
        Number("Amount facility", a.FacilityPayment, b.FacilityPayment, money: true);
        Indicator("Status", a.Status, b.Status);
        Indicator("PC/TC indicator", a.PcTc, b.PcTc);
        Indicator("Global period", a.Global, b.Global);
        return changes;
    }
}
