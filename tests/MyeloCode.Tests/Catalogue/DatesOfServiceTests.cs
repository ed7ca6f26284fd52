using MyeloCode.Catalogue;
using MyeloCode.Suggestions;
using MyeloCode.Tests.Import;
using static MyeloCode.Tests.Import.TwoYears;

namespace MyeloCode.Tests.Catalogue;

public sealed class DatesOfServiceTests
{
    static readonly DateOnly Today = new(2026, 12, 1);

    static DateOnly Date(string text) => DateOnly.ParseExact(text, DatesOfService.Format, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, int, decimal, int, string> InForce => new()
    {
        // date of service, figures' year, 62302 work RVU, 62302 MUE, the PTP pair of 62302 in force
        { "2025-03-01", 2025, 2.29m, 0, "" },
        { "2025-11-15", 2025, 2.29m, 1, "62284" },
        { "2026-02-01", 2026, 2.40m, 1, "62284" },
        { "2026-05-01", 2026, 2.40m, 2, "62270" },
    };

    [Theory]
    [MemberData(nameof(InForce))]
    public async Task The_date_of_service_picks_the_figures_and_the_edits_in_force(string dos, int year, decimal work, int mue, string pair)
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await ImportAllAsync(database);
        var snapshot = (await SnapshotAsync(database)).On(Date(dos));

        var detail = CodeDetail.Build(snapshot, "62302")!;

        Assert.Equal(year, detail.Medicare!.Year);
        Assert.True(detail.Medicare.MatchesDateOfService);
        Assert.Null(detail.Medicare.StaleNotice);
        Assert.Equal(work, detail.Medicare.Rows.Single(r => r.Modifier is null).Work);
        Assert.Equal(mue, detail.Mue?.Value ?? 0);
        Assert.Equal(pair, string.Join(",", detail.Ptp.Where(p => p.ThisIsColumn1 && p.ModifierIndicator == 0).Select(p => p.OtherCode)));
    }

    [Fact]
    public async Task A_year_not_loaded_shows_the_latest_earlier_year_and_says_which_file_to_import()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportAsync(MyeloCode.Import.ImportKind.CmsRvu, database.Write(Pfs2025Name, Pfs2025));
        var snapshot = (await SnapshotAsync(database)).On(Date("2027-03-01"));

        var medicare = CodeDetail.Build(snapshot, "62302")!.Medicare!;

        Assert.Equal(2026, medicare.Year);
        Assert.False(medicare.MatchesDateOfService);
        Assert.Contains("PPRRVU2027_*.csv", medicare.StaleNotice, StringComparison.Ordinal);
        Assert.Contains("CY2026", medicare.StaleNotice, StringComparison.Ordinal);
        Assert.Equal(2026, snapshot.FiguresYear);
    }

    [Fact]
    public async Task Without_imports_the_catalogues_CY2025_figures_stay_with_their_source()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var snapshot = await SnapshotAsync(database);

        var medicare = CodeDetail.Build(snapshot.On(Date("2025-06-30")), "62302")!.Medicare!;

        Assert.Equal((2025, false, true), (medicare.Year, medicare.Imported, medicare.MatchesDateOfService));
        Assert.Equal(7.47m, medicare.Rows.Single(r => r.Modifier is null).NonFacilityTotal);
        Assert.Contains("RVU25D", medicare.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_imports_a_2026_date_shows_the_shipped_figures_with_no_notice()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var view = (await SnapshotAsync(database)).On(Date("2026-07-15"));

        var stamp = DataStamp.Of(view, Date("2026-07-15"));

        Assert.Equal((2026, true, null), (stamp.FiguresYear, stamp.FiguresMatchDateOfService, stamp.FiguresNotice));
        Assert.Contains("RVU26C", stamp.FiguresSource, StringComparison.Ordinal);
        Assert.Contains("PPRRVU2026_Jul_nonQPP.csv", stamp.FiguresSource, StringComparison.Ordinal);
        Assert.Equal("effective 2026-04-01 (MCR_MUE_PractitionerServices_Eff_04-01-2026.csv, shipped with MyeloCode)", stamp.Mue);
        Assert.Equal("MUE values of the 2026-04-01 quarter; later quarters not loaded.", stamp.MueNotice);
    }

    [Fact]
    public async Task An_imported_file_of_the_shipped_years_and_quarter_takes_their_place()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportAsync(MyeloCode.Import.ImportKind.CmsRvu, database.Write(Pfs2026Name, Pfs2026));
        await database.ImportAsync(MyeloCode.Import.ImportKind.Mue, database.Write("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", MyeloCode.Tests.Import.ImportFixtures.Mue(MyeloCode.Tests.Import.ImportFixtures.MueRow("62302", "3"))));
        var view = (await SnapshotAsync(database)).On(Date("2026-05-01"));

        var detail = CodeDetail.Build(view, "62302")!;

        Assert.Equal((true, 2.40m), (detail.Medicare!.Imported, detail.Medicare.Rows.Single().Work!.Value));
        Assert.Equal((3, false), (detail.Mue!.Value, detail.Mue.Shipped));
        // The quarter's file replaces the shipped values whole: a code it lacks has no MUE.
        Assert.Null(CodeDetail.Build(view, "62303")!.Mue);
        Assert.DoesNotContain("shipped", DataStamp.Of(view, Date("2026-05-01")).Mue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_suggestions_checks_use_the_edits_in_force_on_the_date()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await ImportAllAsync(database);
        var snapshot = await SnapshotAsync(database);
        Assert.True(SuggestionRequest.TryParse("", "lumbar", "injecting", "lumbosacral", out var request, out _));

        string Ptp(string dos) => string.Join(" ", SuggestionRules.Suggest(request, snapshot.On(Date(dos))).Rationale.Select(n => n.Text).Where(t => t.Contains("NCCI PTP", StringComparison.Ordinal)));

        Assert.Contains(Ptp2025Name, Ptp("2026-02-01"), StringComparison.Ordinal);
        Assert.DoesNotContain(Ptp2026Name, Ptp("2026-02-01"), StringComparison.Ordinal);
        Assert.Contains(Ptp2026Name, Ptp("2026-05-01"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadDates => new()
    {
        { "yesterday", "'yesterday' is not a date: give the date of service as YYYY-MM-DD" },
        { "2025-02-30", "'2025-02-30' is not a date" },
        { "06/30/2025", "is not a date" },
        { "2024-12-31", "2024-12-31 is before 2025, the earliest year loaded: give a date from 2025-01-01." },
        { "2027-12-02", "2027-12-02 is more than a year ahead of today (2026-12-01): give a date up to 2027-12-01." },
    };

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_bad_date_of_service_is_refused_with_the_reason(string dos, string reason)
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var snapshot = await SnapshotAsync(database);

        Assert.False(DatesOfService.TryParse(dos, snapshot, Today, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "2026-12-01")]
    [InlineData("", "2026-12-01")]
    [InlineData("2025-01-01", "2025-01-01")]
    [InlineData("2027-12-01", "2027-12-01")]
    public async Task A_good_or_missing_date_of_service_is_taken(string? dos, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var snapshot = await SnapshotAsync(database);

        Assert.True(DatesOfService.TryParse(dos, snapshot, Today, out var date, out var error), error);
        Assert.Equal(Date(expected), date);
    }
}
