using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using MyeloCode.Import;
using MyeloCode.Search;

namespace MyeloCode.Catalogue;

/// <summary>
/// The whole catalogue plus imported data, read once from SQLite and shared read-only by every request.
/// It is small (tens of codes), so serving pages from memory beats a query per request by far.
/// It holds every imported version (PFS years, MUE and NCCI quarters); <see cref="On"/> gives the view for a date of
/// service, where <see cref="Mues"/> and <see cref="PtpEdits"/> are the versions in force on that date and code
/// pages show that year's figures. Without a date (this object itself), the newest of each is in force.
/// </summary>
public sealed class CatalogueSnapshot
{
    // A view per date of service asked for; dates are checked before they get here (a year or two of days at most).
    const int MaxViews = 4096;
    readonly ConcurrentDictionary<DateOnly, CatalogueSnapshot> _views = new();
    readonly IReadOnlyList<(DateOnly From, List<PtpEdit> Rows)> _ptpVersions;
    readonly IReadOnlyList<(DateOnly From, List<MueValue> Rows)> _mueVersions;

    public CatalogueSnapshot(long revision, DateTimeOffset loadedAt, IEnumerable<Code> codes, IEnumerable<OfficialDescriptor> official,
        IEnumerable<PfsRvu> rvus, IEnumerable<PtpEdit> ptpEdits, IEnumerable<MueValue> mues, IEnumerable<ImportRecord> imports)
    {
        Revision = revision;
        LoadedAt = loadedAt;
        Codes = codes.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        ById = Codes.ToDictionary(c => c.Id);
        Official = official.ToLookup(d => d.Code);
        var rvuList = rvus.ToList();
        Rvus = rvuList.ToLookup(r => r.Code);
        var importList = imports.ToList();
        ImportedYears = rvuList.Where(r => r.Variant != PfsRvuFile.Qpp).Select(r => r.Year).Distinct().Order().ToList();
        MedicareYears = rvuList.Select(r => r.Year).Concat(Codes.SelectMany(c => c.Medicare).Select(m => m.Year)).Distinct().Order().ToList();

        // Rows imported before versions were stored (VersionFrom unset) take their import's date.
        var byId = importList.ToDictionary(i => i.Id);
        DateOnly VersionOf(DateOnly stored, int importId) =>
            stored != default ? stored
            : byId.TryGetValue(importId, out var record) && ImportVersions.EffectiveFrom(record) is { } from ? from
            : DateOnly.MinValue;
        _ptpVersions = ptpEdits.GroupBy(e => VersionOf(e.VersionFrom, e.ImportId)).OrderBy(g => g.Key).Select(g => (g.Key, g.ToList())).ToList();
        var mueVersions = mues.GroupBy(m => VersionOf(m.VersionFrom, m.ImportId)).Select(g => (g.Key, g.ToList())).ToList();
        AddShippedMues(mueVersions, importList);
        _mueVersions = mueVersions.OrderBy(v => v.Key).ToList();
        Imports = importList.OrderByDescending(i => i.ImportedAt).ToList();

        All = this;
        SetDateOfService(null);
        Search = SearchIndex.Build(this);
    }

    /// <summary>
    /// The MUE quarters shipped in data/codes stand in for an import of their file: each becomes a version with a record
    /// marked <see cref="ImportRecord.Shipped"/> (negative id, never stored), unless a file of that quarter is imported,
    /// which then takes its place whole.
    /// </summary>
    void AddShippedMues(List<(DateOnly From, List<MueValue> Rows)> versions, List<ImportRecord> imports)
    {
        var id = 0;
        foreach (var quarter in Codes.SelectMany(c => c.Mues).GroupBy(m => m.EffectiveFrom).OrderBy(g => g.Key))
        {
            if (versions.Any(v => v.From == quarter.Key))
                continue;
            var record = new ImportRecord
            {
                Id = --id,
                Kind = ImportKinds.Mue,
                FileName = quarter.First().File,
                Sha256 = "",
                RowsStored = quarter.Count(),
                DataVersion = DatesOfService.ToText(quarter.Key),
                EffectiveFrom = quarter.Key,
                ImportedAt = LoadedAt,
                Shipped = true,
            };
            imports.Add(record);
            versions.Add((quarter.Key, quarter.Select(m => new MueValue
            {
                Code = m.CodeId,
                Value = m.Value,
                AdjudicationIndicator = m.AdjudicationIndicator,
                Rationale = m.Rationale,
                VersionFrom = quarter.Key,
                ImportId = record.Id,
            }).ToList()));
        }
    }

    // A view is this snapshot with the versions in force on its date; everything else is shared, not copied.
    [MemberNotNull(nameof(PtpEdits), nameof(PtpByCode), nameof(Mues))]
    void SetDateOfService(DateOnly? date)
    {
        DateOfService = date;
        (PtpVersion, PtpEdits) = InForce(_ptpVersions, date ?? DateOnly.MaxValue);
        (MueVersion, var values) = InForce(_mueVersions, date ?? DateOnly.MaxValue);
        PtpByCode = ByCode(PtpEdits);
        Mues = values.ToDictionary(m => m.Code);
    }

    public long Revision { get; }
    /// <summary>The <see cref="DataFingerprint"/> of what this snapshot holds; empty before the first load.</summary>
    public string DataId { get; init; } = "";
    public DateTimeOffset LoadedAt { get; }
    public IReadOnlyList<Code> Codes { get; }
    public IReadOnlyDictionary<string, Code> ById { get; }
    public ILookup<string, OfficialDescriptor> Official { get; }
    /// <summary>Imported fee schedule rows of every year.</summary>
    public ILookup<string, PfsRvu> Rvus { get; }
    /// <summary>The NCCI version in force: its edits, including those it lists as deleted.</summary>
    public IReadOnlyList<PtpEdit> PtpEdits { get; private set; }
    /// <summary>Edits where the code is column 1 or column 2.</summary>
    public ILookup<string, PtpEdit> PtpByCode { get; private set; }
    /// <summary>The MUE values of the file in force.</summary>
    public IReadOnlyDictionary<string, MueValue> Mues { get; private set; }
    /// <summary>Every import, newest first, and a <see cref="ImportRecord.Shipped"/> record for each shipped MUE quarter in use.</summary>
    public IReadOnlyList<ImportRecord> Imports { get; }
    /// <summary>The search index over these codes, built with the snapshot so the two can never disagree.</summary>
    public SearchIndex Search { get; }

    /// <summary>The snapshot with every version, whichever view this is.</summary>
    public CatalogueSnapshot All { get; }
    /// <summary>The date of service this view is for; null for the undated snapshot (newest of everything).</summary>
    public DateOnly? DateOfService { get; private set; }
    /// <summary>The first day of the NCCI version in force; null when none is (not imported, or not yet on this date).</summary>
    public DateOnly? PtpVersion { get; private set; }
    public DateOnly? MueVersion { get; private set; }

    /// <summary>
    /// Null when the MUE file in force is that of the date's quarter; otherwise says which quarter is shown (MUE files
    /// come every quarter, so values of an earlier quarter are never called current).
    /// </summary>
    public string? MueNotice => DateOfService is { } date && MueVersion is { } from && from < QuarterStart(date)
        ? $"MUE values of the {DatesOfService.ToText(from)} quarter; later quarters not loaded."
        : null;

    static DateOnly QuarterStart(DateOnly date) => new(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
    /// <summary>Years of imported PFS files (non-QPP or single-factor; a QPP file alone does not make a year imported).</summary>
    public IReadOnlyList<int> ImportedYears { get; }
    /// <summary>Years with Medicare figures: imported PFS years and the catalogue's own (CY2025, CY2026).</summary>
    public IReadOnlyList<int> MedicareYears { get; }
    public IReadOnlyList<DateOnly> PtpVersions => _ptpVersions.Select(v => v.From).ToList();
    public IReadOnlyList<DateOnly> MueVersions => _mueVersions.Select(v => v.From).ToList();

    /// <summary>The year whose figures apply on this view's date: that year, or the latest earlier one loaded.</summary>
    public int? FiguresYear => DateOfService is { } date ? FiguresYearFor(date.Year) : MedicareYears.Count > 0 ? MedicareYears[^1] : null;

    public int? FiguresYearFor(int year) => MedicareYears.Where(y => y <= year).Cast<int?>().LastOrDefault();

    /// <summary>The view for a date of service: the MUE and NCCI versions in force then, and that year's figures.</summary>
    public CatalogueSnapshot On(DateOnly dateOfService)
    {
        if (_views.TryGetValue(dateOfService, out var view))
            return view;
        view = (CatalogueSnapshot)All.MemberwiseClone(); // shares _views, All and every list
        view.SetDateOfService(dateOfService);
        return _views.Count < MaxViews ? _views.GetOrAdd(dateOfService, view) : view;
    }

    public Code? Find(string? code) => code is not null && ById.TryGetValue(code, out var found) ? found : null;

    public static CatalogueSnapshot Empty { get; } = new(0, DateTimeOffset.MinValue, [], [], [], [], [], []);

    static (DateOnly? From, List<T> Rows) InForce<T>(IReadOnlyList<(DateOnly From, List<T> Rows)> versions, DateOnly date)
    {
        for (var i = versions.Count - 1; i >= 0; i--)
        {
            if (versions[i].From <= date)
                return versions[i];
        }
        return (null, []);
    }

    static ILookup<string, PtpEdit> ByCode(IEnumerable<PtpEdit> edits) =>
        edits.SelectMany(e => new[] { (Code: e.Column1, Edit: e), (Code: e.Column2, Edit: e) }).ToLookup(x => x.Code, x => x.Edit);
}
