using MyeloCode.Import;

namespace MyeloCode.Catalogue;

/// <summary>
/// What a page shows, and how old it is: the catalogue revision, the fee schedule year for the date of service
/// (and whether it is that date's year), and the NCCI and MUE versions in force, or "not imported".
/// </summary>
public sealed record DataStamp(
    DateOnly DateOfService,
    long Revision,
    DateTimeOffset LoadedAt,
    int? FiguresYear,
    bool FiguresMatchDateOfService,
    string FiguresSource,
    string? FiguresNotice,
    IReadOnlyList<int> YearsLoaded,
    string Ncci,
    string Mue)
{
    /// <summary>Set when the MUE file in force is of an earlier quarter than the date's: "MUE values of the 2026-04-01 quarter; later quarters not loaded."</summary>
    public string? MueNotice { get; init; }

    public const string NotImported = "not imported";

    public static DataStamp Of(CatalogueSnapshot view, DateOnly dateOfService)
    {
        var year = view.FiguresYearFor(dateOfService.Year);
        var figures = year is null ? "none" : view.ImportedYears.Contains(year.Value)
            ? $"imported, {Latest(view, ImportKinds.CmsRvu, new DateOnly(year.Value, 1, 1))?.FileName ?? "PFS file"}"
            : view.Codes.SelectMany(c => c.Medicare).FirstOrDefault(m => m.Year == year)?.Source ?? "shipped figures";
        return new DataStamp(
            dateOfService, view.Revision, view.LoadedAt, year, year == dateOfService.Year, figures,
            DatesOfService.StaleNotice(dateOfService.Year, year), view.MedicareYears,
            Version(view, ImportKinds.NcciPtp, view.PtpVersion, view.PtpVersions, dateOfService),
            Version(view, ImportKinds.Mue, view.MueVersion, view.MueVersions, dateOfService))
        {
            MueNotice = view.DateOfService == dateOfService ? view.MueNotice : view.On(dateOfService).MueNotice,
        };
    }

    static string Version(CatalogueSnapshot view, string kind, DateOnly? inForce, IReadOnlyList<DateOnly> versions, DateOnly date)
    {
        if (versions.Count == 0)
            return NotImported;
        if (inForce is null || Latest(view, kind, inForce.Value) is not { } record)
            return $"none in force on {DatesOfService.ToText(date)} (the earliest imported applies from {DatesOfService.ToText(versions[0])})";
        return ImportVersions.Describe(record);
    }

    /// <summary>The latest import of a kind for the version that applies from <paramref name="from"/>.</summary>
    static ImportRecord? Latest(CatalogueSnapshot view, string kind, DateOnly from) =>
        view.Imports.Where(i => i.Kind == kind && ImportVersions.EffectiveFrom(i) == from).MaxBy(i => i.ImportedAt);
}
