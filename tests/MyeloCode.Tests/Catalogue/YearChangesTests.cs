using MyeloCode.Catalogue;
using MyeloCode.Tests.Import;
using static MyeloCode.Tests.Import.TwoYears;

namespace MyeloCode.Tests.Catalogue;

public sealed class YearChangesTests
{
    [Fact]
    public async Task Figures_that_changed_are_listed_per_line_with_the_difference()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await ImportAllAsync(database);

        var changes = YearChanges.Build(await SnapshotAsync(database), 2025, 2026, out var problem)!;

        Assert.Null(problem);
        var line = Assert.Single(changes.Changed);
        Assert.Equal("62302", line.Line);
        Assert.Contains(new FigureChange("Work RVU", "2.29", "2.40", "+0.11"), line.Figures);
        Assert.Contains(new FigureChange("Total non-facility", "7.47", "7.70", "+0.23"), line.Figures);
        // 7.47 × 32.3465 = 241.63; 7.70 × 33.4009 = 257.19
        Assert.Contains(new FigureChange("Amount non-facility", "$241.63", "$257.19", "+$15.56"), line.Figures);
        Assert.DoesNotContain(line.Figures, f => f.Figure == "MP RVU");
    }

    [Fact]
    public async Task Codes_added_to_or_gone_from_the_schedule_and_edit_pairs_added_or_removed_are_listed()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await ImportAllAsync(database);

        var changes = YearChanges.Build(await SnapshotAsync(database), 2025, 2026, out _)!;

        Assert.Equal(["62270"], changes.Added);
        Assert.Equal(["62303"], changes.Gone);
        Assert.Equal(["62302/62270"], changes.EditsAdded!.Select(e => $"{e.Column1}/{e.Column2}"));
        Assert.Equal(["62302/62284"], changes.EditsRemoved!.Select(e => $"{e.Column1}/{e.Column2}"));
    }

    [Fact]
    public async Task A_year_not_loaded_is_named_with_the_file_to_import()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        Assert.Null(YearChanges.Build(await SnapshotAsync(database), 2026, 2027, out var problem));
        Assert.Equal("CY2027 Medicare figures are not loaded: import the CY2027 relative value file (PPRRVU2027_*.csv). Years loaded: 2025, 2026.", problem);
    }

    [Fact]
    public async Task Without_NCCI_files_the_edits_are_said_to_be_not_imported()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportAsync(MyeloCode.Import.ImportKind.CmsRvu, database.Write(Pfs2026Name, Pfs2026));

        var changes = YearChanges.Build(await SnapshotAsync(database), 2025, 2026, out _)!;

        Assert.Null(changes.EditsAdded);
        Assert.Equal("NCCI PTP edits: not imported.", changes.EditsNote);
        // 2025 comes from the catalogue's own figures: 62302's CY2025 work RVU is 2.29 there too.
        Assert.Contains(changes.Changed, c => c.Line == "62302" && c.Figures.Contains(new FigureChange("Work RVU", "2.29", "2.40", "+0.11")));
    }
}
