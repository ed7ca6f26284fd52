using Microsoft.EntityFrameworkCore;
using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;
using static MyeloCode.Tests.Import.TwoYears;

namespace MyeloCode.Tests.Import;

public sealed class VersionsTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_years_of_each_kind_are_kept_side_by_side()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        await ImportAllAsync(database);

        await using var db = database.Open();
        Assert.Equal([2025, 2026], await db.PfsRvus.Select(r => r.Year).Distinct().OrderBy(y => y).ToListAsync(Ct));
        Assert.Equal([new DateOnly(2025, 10, 1), new DateOnly(2026, 4, 1)], await db.MueValues.Select(m => m.VersionFrom).Distinct().OrderBy(d => d).ToListAsync(Ct));
        Assert.Equal([new DateOnly(2025, 10, 1), new DateOnly(2026, 4, 1)], await db.PtpEdits.Select(e => e.VersionFrom).Distinct().OrderBy(d => d).ToListAsync(Ct));
        var status = await ImportStatus.ReadAsync(db, Ct);
        Assert.All(status.Imports, i => Assert.True(i.Current, i.Record.FileName));
    }

    [Fact]
    public async Task Importing_a_year_again_replaces_that_year_only()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await ImportAllAsync(database);

        var result = await database.ImportAsync(ImportKind.CmsRvu, database.Write(Pfs2025Name, Pfs(PfsRow("62302", "", (5, "9.99")))));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.Open();
        var rows = await db.PfsRvus.Where(r => r.Code == "62302").OrderBy(r => r.Year).Select(r => new { r.Year, r.Work }).ToListAsync(Ct);
        Assert.Equal([(2025, 9.99m), (2026, 2.40m)], rows.Select(r => (r.Year, r.Work!.Value)));
        Assert.False(await db.PfsRvus.AnyAsync(r => r.Code == "62303", Ct));
    }

    [Fact]
    public async Task An_NCCI_version_again_replaces_that_quarter_only()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await ImportAllAsync(database);

        await database.ImportAsync(ImportKind.NcciPtp, database.Write("ccipra-v321r1-f1.txt", Ptp(PtpRow("62303", "62284"))));

        await using var db = database.Open();
        Assert.Equal(["62303/62284"], await db.PtpEdits.Where(e => e.VersionFrom == new DateOnly(2026, 4, 1)).Select(e => e.Column1 + "/" + e.Column2).ToListAsync(Ct));
        Assert.Equal(2, await db.PtpEdits.CountAsync(e => e.VersionFrom == new DateOnly(2025, 10, 1), Ct));
    }

    [Fact]
    public async Task An_MUE_file_without_its_effective_date_in_the_name_is_rejected() =>
        await AssertRejectedAsync(ImportKind.Mue, "MUE_practitioner.csv", GoodMue, 0, "the file name does not give the effective date");

    [Fact]
    public async Task NCCI_parts_of_two_versions_in_one_run_are_rejected()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.NcciPtp,
            database.Write("ccipra-v321r0-f1.txt", Ptp(PtpRow("62302", "62284"))), database.Write("ccipra-v322r0-f2.txt", Ptp(PtpRow("62303", "62284"))));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Equal(new ImportError("ccipra-v322r0-f2.txt", 0, "ccipra-v321r0-f1.txt is for another quarter; import one version at a time."), Assert.Single(result.Validation.Errors));
    }

    [Theory]
    [InlineData("ccipra-v310r0-f1.txt", "2025-01-01")]
    [InlineData("ccipra-v312r0-f3.txt", "2025-07-01")]
    [InlineData("ccipra-v313r1-f2.txt", "2025-10-01")]
    [InlineData("CCIPRA-V321R0-F1.TXT", "2026-04-01")]
    public void An_NCCI_version_applies_from_the_first_day_of_its_quarter(string name, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ImportVersions.NcciQuarter(name));
}
