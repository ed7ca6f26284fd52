using MyeloCode.Import;

namespace MyeloCode.Catalogue;

public sealed record RelatedCode(string Code, string? Label, RelationKind Relation, string Reason, Evidence Evidence);

public sealed record DiagnosisGroup(string Name, IReadOnlyList<CodeDiagnosis> Diagnoses);

/// <summary>Official (AMA) descriptor text, present only where a licensee imported it.</summary>
public sealed record OfficialText(string Form, string Text, string Source);

/// <summary>
/// One fee schedule line. <c>NonFacilityNa</c>/<c>FacilityNa</c>: Medicare does not pay the service in that setting
/// (the file's NA), as against a figure the source did not give (null without NA). <c>FacilityFromNonFacility</c>: the
/// professional component (-26) is paid the same in both settings, so its facility total repeats the non-facility one.
/// </summary>
public sealed record MedicareRow(string? Modifier, decimal? Work, decimal? NonFacilityPe, decimal? FacilityPe, decimal? Malpractice,
    decimal? NonFacilityTotal, decimal? FacilityTotal, decimal? NonFacilityPayment, decimal? FacilityPayment,
    bool NonFacilityNa = false, bool FacilityNa = false, bool FacilityFromNonFacility = false);

/// <summary>
/// Fee schedule figures from one source and year: an imported PFS file or our data's figures, for the year of the date
/// of service or, when that year is not loaded, the latest earlier one (<see cref="MatchesDateOfService"/> false).
/// </summary>
public sealed record MedicareFigures(int Year, string Source, bool Imported, decimal? ConversionFactor, IReadOnlyList<MedicareRow> Rows)
{
    public bool MatchesDateOfService { get; init; } = true;

    /// <summary>QPP or nonQPP from CY2026 (two conversion factors a year); null for a single-factor year.</summary>
    public string? Variant { get; init; }

    /// <summary>Which conversion factor the amounts use and where the other one is, for years with two; null otherwise.</summary>
    public string? VariantNote { get; init; }

    /// <summary>Says plainly that the figures are not the date's year and which file brings that year in; null when they are.</summary>
    public string? StaleNotice { get; init; }
}

public sealed record PtpPair(string OtherCode, string? OtherLabel, bool ThisIsColumn1, int ModifierIndicator, string ModifierMeaning,
    DateOnly Effective, DateOnly? Deleted, string Rationale);

public sealed record MueLimit(int Value, string Indicator, string IndicatorMeaning, string Rationale, string Source)
{
    /// <summary>The first date of service of the MUE file's quarter.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>The CMS file shipped in data/codes, not one imported here.</summary>
    public bool Shipped { get; init; }

    /// <summary>Set when the file is of an earlier quarter than the date of service's (see <see cref="CatalogueSnapshot.MueNotice"/>).</summary>
    public string? Notice { get; init; }
}

/// <summary>Where one kind of fact on the page comes from.</summary>
public sealed record SourceLine(string What, string Source, bool Imported);

/// <summary>Everything the code page shows about one code, from the snapshot: our catalogue text and any imported data.</summary>
public sealed record CodeDetail(
    Code Code,
    string PcTcIndicator,
    string GlobalPeriod,
    string Status,
    IReadOnlyList<OfficialText> Official,
    IReadOnlyList<RelatedCode> NeverWith,
    IReadOnlyList<RelatedCode> BilledInstead,
    IReadOnlyList<RelatedCode> AddWith,
    CodeFamily? Family,
    IReadOnlyList<DiagnosisGroup> Diagnoses,
    MedicareFigures? Medicare,
    IReadOnlyList<PtpPair> Ptp,
    string? PtpSource,
    MueLimit? Mue,
    IReadOnlyList<SourceLine> Sources,
    IReadOnlyList<RelatedCode> CheckWith)
{
    public string Title => $"{Code.Id} · {Code.ShortLabel}";

    /// <summary>Why there is no MUE, when there is none: no file imported, none in force on the date, or none for this code.</summary>
    public string MueMissing { get; init; } = "no CMS MUE file imported.";

    public bool IncludesInjection => Code.Kind is CodeKind.Combined or CodeKind.Injection;

    public IReadOnlyList<string> Modifiers => ClaimText.Modifiers(PcTcIndicator);

    public static CodeDetail? Build(CatalogueSnapshot snapshot, string? id)
    {
        if (snapshot.Find(id) is not { } code)
            return null;
        var imports = snapshot.Imports.ToDictionary(i => i.Id);
        string SourceOf(int importId) => imports.TryGetValue(importId, out var record) ? Describe(record) : "an imported file";

        RelatedCode Related(CodeRelation r) =>
            new(r.RelatedCode, snapshot.Find(r.RelatedCode)?.ShortLabel, r.Relation, r.Reason, r.Evidence);
        var relations = code.Relations.OrderBy(r => r.RelatedCode, StringComparer.Ordinal).ToList();

        var official = snapshot.Official[code.Id]
            .OrderBy(d => Array.IndexOf(OfficialForms, d.Form) is var i and >= 0 ? i : OfficialForms.Length)
            .Select(d => new OfficialText(d.Form, d.Text, SourceOf(d.ImportId)))
            .ToList();

        // The date of service's year, or the latest earlier year this code has figures for; an import beats our data's
        // figures of the same year (a QPP file only where nothing else has the year). Without a date, the newest year.
        var rvus = snapshot.Rvus[code.Id].ToList();
        var maxYear = snapshot.DateOfService?.Year ?? int.MaxValue;
        var year = rvus.Select(r => r.Year).Concat(code.Medicare.Select(m => m.Year)).Where(y => y <= maxYear).Cast<int?>().Max();
        var yearRvus = rvus.Where(r => r.Year == year).ToList();
        var qpp = yearRvus.Where(r => r.Variant == PfsRvuFile.Qpp).ToList();
        var main = yearRvus.Except(qpp).ToList();
        var globalRvu = (main.Count > 0 ? main : qpp).FirstOrDefault(r => r.Modifier is null);
        var medicare = main.Count > 0 ? FromImport(main, SourceOf(main[0].ImportId))
            : year is not null && code.Medicare.Any(m => m.Year == year) ? FromCatalogue(code, year.Value)
            : qpp.Count > 0 ? FromImport(qpp, SourceOf(qpp[0].ImportId))
            : null;
        if (medicare is not null)
            medicare = medicare with { VariantNote = VariantNote(medicare, qpp.Count > 0 && medicare.Variant != PfsRvuFile.Qpp ? qpp : []) };
        if (medicare is not null && snapshot.DateOfService is { } date && medicare.Year != date.Year)
            medicare = medicare with { MatchesDateOfService = false, StaleNotice = DatesOfService.StaleNotice(date.Year, medicare.Year) };

        string? VariantNote(MedicareFigures figures, List<PfsRvu> otherRows)
        {
            if (figures.Variant is null)
                return null;
            if (figures.Variant == PfsRvuFile.Qpp)
                return $"These amounts use the QPP conversion factor (for clinicians in a qualifying APM); the non-QPP file for CY{figures.Year} is not loaded.";
            var factor = figures.ConversionFactor is { } f ? $" ({f.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : "";
            if (otherRows.Count == 0)
                return $"These amounts use the non-QPP conversion factor{factor}. CY{figures.Year} has a second one, for clinicians in a qualifying APM, in CMS's _QPP file, which is not loaded.";
            var other = otherRows.Select(r => r.ConversionFactor).FirstOrDefault(c => c is not null);
            return $"These amounts use the non-QPP conversion factor{factor}. The QPP file is loaded too ({SourceOf(otherRows[0].ImportId)}): conversion factor "
                + $"{other?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not given"}, for clinicians in a qualifying APM.";
        }

        var ptp = snapshot.PtpByCode[code.Id]
            .Select(e => e.Column1 == code.Id
                ? Pair(e, e.Column2, thisIsColumn1: true)
                : Pair(e, e.Column1, thisIsColumn1: false))
            .OrderBy(p => p.Deleted is not null)
            .ThenBy(p => p.OtherCode, StringComparer.Ordinal)
            .ToList();
        PtpPair Pair(PtpEdit e, string other, bool thisIsColumn1) =>
            new(other, snapshot.Find(other)?.ShortLabel, thisIsColumn1, e.ModifierIndicator, PaymentIndicators.PtpModifier(e.ModifierIndicator),
                e.EffectiveDate, e.DeletionDate, e.Rationale);
        var ptpSource = snapshot.PtpByCode[code.Id].Select(e => e.ImportId).Distinct().Select(SourceOf).FirstOrDefault();

        var mue = snapshot.Mues.TryGetValue(code.Id, out var m)
            ? new MueLimit(m.Value, m.AdjudicationIndicator, PaymentIndicators.MueAdjudication(m.AdjudicationIndicator), m.Rationale, SourceOf(m.ImportId))
            {
                EffectiveFrom = snapshot.MueVersion,
                Notice = snapshot.MueNotice,
                Shipped = imports.TryGetValue(m.ImportId, out var record) && record.Shipped,
            }
            : null;

        var diagnoses = code.Diagnoses
            .GroupBy(d => d.Region)
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new DiagnosisGroup(g.Key?.Name() ?? "Any region", g.OrderBy(d => d.Icd10, StringComparer.Ordinal).ToList()))
            .ToList();

        var sources = new List<SourceLine>
        {
            new("Descriptor, steps, relations, diagnoses and checklist",
                $"MyeloCode's own plain-language text (data/codes/{code.Id}.json), catalogue revision {snapshot.Revision} loaded {snapshot.LoadedAt:yyyy-MM-dd}", false),
            official.Count > 0
                ? new("Official CPT descriptor", official[0].Source, true)
                : new("Official CPT descriptor", "Not imported: CPT descriptors are © American Medical Association and need a licence", false),
            medicare is null
                ? new("Medicare figures", "None in the catalogue", false)
                : new("Medicare figures", $"CY{medicare.Year}: {medicare.Source}", medicare.Imported),
            ptpSource is not null
                ? new("NCCI PTP edits", ptpSource, true)
                : new("NCCI PTP edits", "Not imported: the never-billed-with list is our reading of the coding rules, not checked against the CMS files", false),
            mue is not null
                ? new("MUE", mue.Notice is null ? mue.Source : $"{mue.Source}. {mue.Notice}", !mue.Shipped)
                : new("MUE", snapshot.MueVersions.Count == 0 ? "Not imported" : "No value for this code in force on the date of service", false),
        };

        var mueMissing = snapshot.MueVersions.Count == 0 ? "no CMS MUE file imported."
            : snapshot.MueVersion is null ? $"no MUE file in force on {snapshot.DateOfService:yyyy-MM-dd}: the earliest imported applies from {snapshot.MueVersions[0]:yyyy-MM-dd}."
            : "no value for this code in the MUE file in force.";

        return new CodeDetail(
            code,
            globalRvu?.PcTcIndicator ?? code.PcTcIndicator,
            globalRvu?.GlobalPeriod ?? code.GlobalPeriod,
            globalRvu?.Status ?? code.Status,
            official,
            relations.Where(r => r.Relation == RelationKind.NeverWith).Select(Related).ToList(),
            relations.Where(r => r.Relation is RelationKind.BilledInstead or RelationKind.ReplacedBy).Select(Related).ToList(),
            relations.Where(r => r.Relation == RelationKind.AddWith).Select(Related).ToList(),
            CodeFamilies.Of(snapshot, code),
            diagnoses,
            medicare,
            ptp,
            ptpSource,
            mue,
            sources,
            relations.Where(r => r.Relation == RelationKind.CheckWith).Select(Related).ToList())
        { MueMissing = mueMissing };
    }

    static readonly string[] OfficialForms = ["long", "medium", "short", "consumer"];

    static string Describe(ImportRecord record) => record.Shipped
        ? $"CMS file {record.FileName} (effective {record.DataVersion}), shipped with MyeloCode"
        : $"{record.FileName}{(record.DataVersion is { Length: > 0 } version ? $" ({version})" : "")}, imported {record.ImportedAt:yyyy-MM-dd}";

    static MedicareFigures? FromCatalogue(Code code, int year)
    {
        var figures = code.Medicare.Where(m => m.Year == year).ToList();
        if (figures.Count == 0)
            return null;
        var first = figures[0];
        return new MedicareFigures(first.Year, first.Source, false, first.ConversionFactor,
            figures.OrderBy(m => ModifierOrder(m.Modifier))
                .Select(m => Row(m.Modifier, m.Work, m.NonFacilityPe, m.FacilityPe, m.Malpractice, m.NonFacilityTotal, m.FacilityTotal, first.ConversionFactor,
                    // Catalogue rows copy the PFS file, which gives both PE values unless one setting is NA.
                    nonFacilityNa: m.NonFacilityPe is null && m.FacilityPe is not null,
                    facilityNa: m.FacilityPe is null && m.NonFacilityPe is not null))
                .ToList()) { Variant = first.Variant };
    }

    static MedicareFigures FromImport(List<PfsRvu> rows, string source)
    {
        var factor = rows.Select(r => r.ConversionFactor).FirstOrDefault(f => f is not null);
        return new MedicareFigures(rows[0].Year, source, true, factor,
            rows.OrderBy(r => ModifierOrder(r.Modifier))
                .Select(r => Row(r.Modifier, r.Work, r.NonFacilityPe, r.FacilityPe, r.Malpractice, r.NonFacilityTotal, r.FacilityTotal, factor,
                    // The importer stores a setting marked NA in the file as empty (PfsRvuFile).
                    nonFacilityNa: r.NonFacilityPe is null && r.NonFacilityTotal is null,
                    facilityNa: r.FacilityPe is null && r.FacilityTotal is null))
                .ToList()) { Variant = rows[0].Variant };
    }

    static int ModifierOrder(string? modifier) => modifier switch { null => 0, "26" => 1, _ => 2 };

    static MedicareRow Row(string? modifier, decimal? work, decimal? nonFacilityPe, decimal? facilityPe, decimal? malpractice,
        decimal? nonFacilityTotal, decimal? facilityTotal, decimal? factor, bool nonFacilityNa, bool facilityNa)
    {
        // The professional component is paid the same in both settings (coder review, issue 11; 72240-26 in the facts shows 1.29 / 1.29).
        var repeated = modifier == "26" && facilityTotal is null && nonFacilityTotal is not null && !facilityNa;
        if (repeated)
            facilityTotal = nonFacilityTotal;
        return new(modifier, work, nonFacilityPe, facilityPe, malpractice, nonFacilityTotal, facilityTotal,
            Payment(nonFacilityTotal, factor), Payment(facilityTotal, factor), nonFacilityNa, facilityNa, repeated);
    }

    /// <summary>National amount before geographic adjustment: total RVUs times the conversion factor, to the cent.</summary>
    public static decimal? Payment(decimal? totalRvu, decimal? conversionFactor) =>
        totalRvu is { } rvu && conversionFactor is { } factor ? Math.Round(rvu * factor, 2, MidpointRounding.AwayFromZero) : null;
}
