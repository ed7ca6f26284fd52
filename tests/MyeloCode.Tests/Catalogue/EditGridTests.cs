using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Tests.Catalogue;

public sealed class EditGridTests
{
    static readonly DateOnly DateOfService = new(2026, 6, 15);
    static readonly ImportRecord PtpFile = new() { Id = 7, Kind = ImportKinds.NcciPtp, FileName = "ccipra-v321r0-f1.txt", Sha256 = "x", DataVersion = "v321r0", EffectiveFrom = new(2026, 4, 1) };
    // Of the shipped MUE quarter, so it takes that quarter's place.
    static readonly ImportRecord MueFile = new() { Id = 8, Kind = ImportKinds.Mue, FileName = "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", Sha256 = "y", EffectiveFrom = new(2026, 4, 1) };

    static PtpEdit Edit(string column1, string column2, int indicator = 0, DateOnly? effective = null, DateOnly? deleted = null) => new()
    {
        Column1 = column1, Column2 = column2, EffectiveDate = effective ?? new DateOnly(2018, 1, 1), DeletionDate = deleted,
        ModifierIndicator = indicator, Rationale = "Misuse of column two code with column one code", VersionFrom = new(2026, 4, 1), ImportId = PtpFile.Id,
    };

    static MueValue Mue(string code, int value, string indicator) => new()
    {
        Code = code, Value = value, AdjudicationIndicator = indicator, Rationale = "Code Descriptor / CPT Instruction", VersionFrom = new(2026, 4, 1), ImportId = MueFile.Id,
    };

    static EditGrid Grid(IEnumerable<PtpEdit>? edits = null, IEnumerable<MueValue>? mues = null, EditGridFilter? filter = null) =>
        EditGrid.Build(Snapshots.Real(ptp: edits, mues: mues, imports: [PtpFile, MueFile]).On(DateOfService), filter ?? EditGridFilter.None);

    static EditCell Cell(EditGrid grid, string row, string column) =>
        grid.Rows.Single(r => r.Code.Id == row).Cells.Single(c => c.Column == column);

    [Fact]
    public void Every_code_is_a_row_and_a_column_in_code_order()
    {
        var grid = Grid();

        var codes = Snapshots.Real().Codes.Select(c => c.Id).ToList();
        Assert.Equal(codes, grid.Columns.Select(c => c.Id));
        Assert.Equal(codes, grid.Rows.Select(r => r.Code.Id));
        Assert.All(grid.Rows, r => Assert.Equal(codes, r.Cells.Select(c => c.Column)));
    }

    [Fact]
    public void A_cell_holds_the_row_codes_own_relation_to_the_column_code_with_its_reason_and_evidence()
    {
        var grid = Grid();

        var never = Cell(grid, "62302", "62284").Relation!;
        Assert.Equal(RelationKind.NeverWith, never.Relation);
        Assert.Equal(Evidence.Confirmed, never.Evidence);
        Assert.StartsWith("The lumbar injection is already part of 62302", never.Reason, StringComparison.Ordinal);
        Assert.Equal(RelationKind.BilledInstead, Cell(grid, "62302", "62305").Relation!.Relation);
        Assert.Equal(RelationKind.AddWith, Cell(grid, "62302", "72126").Relation!.Relation);
        Assert.Equal(RelationKind.CheckWith, Cell(grid, "62302", "62328").Relation!.Relation);
    }

    [Fact]
    public void A_pair_the_row_code_says_nothing_about_is_empty_and_so_is_the_diagonal()
    {
        var grid = Grid();

        Assert.True(Cell(grid, "62302", "72131").IsEmpty);
        Assert.True(Cell(grid, "62302", "62302").IsEmpty);
        Assert.Equal("", Cell(grid, "62302", "72131").Text);
    }

    [Fact]
    public void An_ncci_edit_shows_in_both_cells_of_the_pair_from_each_rows_side()
    {
        var grid = Grid(edits: [Edit("62302", "62284", indicator: 1)]);

        var fromColumn1 = Assert.Single(Cell(grid, "62302", "62284").Ncci);
        var fromColumn2 = Assert.Single(Cell(grid, "62284", "62302").Ncci);
        Assert.True(fromColumn1.ThisIsColumn1);
        Assert.False(fromColumn2.ThisIsColumn1);
        Assert.Equal(1, fromColumn1.ModifierIndicator);
        Assert.Equal(new DateOnly(2018, 1, 1), fromColumn1.Effective);
        Assert.Null(fromColumn1.Deleted);
        Assert.Equal("Never with [C]; NCCI col 1, mod 1", Cell(grid, "62302", "62284").Text);
        Assert.True(grid.HasNcci);
    }

    [Fact]
    public void Only_edits_in_force_on_the_date_of_service_are_shown()
    {
        var grid = Grid(edits:
        [
            Edit("62302", "62284", deleted: new DateOnly(2026, 3, 31)),
            Edit("62302", "77003", effective: new DateOnly(2026, 7, 1)),
            Edit("62302", "62270", indicator: 9, deleted: new DateOnly(2026, 12, 31)),
        ]);

        Assert.Empty(Cell(grid, "62302", "62284").Ncci);
        Assert.Empty(Cell(grid, "62302", "77003").Ncci);
        Assert.Equal(new DateOnly(2026, 12, 31), Assert.Single(Cell(grid, "62302", "62270").Ncci).Deleted);
    }

    [Fact]
    public void Without_imports_no_cell_has_an_edit_and_every_row_has_the_shipped_MUE()
    {
        var grid = EditGrid.Build(Snapshots.Real().On(DateOfService), EditGridFilter.None);

        Assert.False(grid.HasNcci);
        Assert.Equal(DataStamp.NotImported, grid.Stamp.Ncci);
        Assert.Equal("effective 2026-04-01 (MCR_MUE_PractitionerServices_Eff_04-01-2026.csv, shipped with MyeloCode)", grid.Stamp.Mue);
        Assert.All(grid.Rows, r => Assert.NotNull(r.Mue));
        Assert.Equal("2", EditGrid.IndicatorDigit(grid.Rows.Single(r => r.Code.Id == "72240").Mue!));
    }

    [Fact]
    public void Each_row_carries_its_mue_value_and_adjudication_indicator()
    {
        var grid = Grid(mues: [Mue("62302", 1, "2 Date of Service Edit: Policy"), Mue("72240", 1, "3 Date of Service Edit: Clinical")]);

        var mue = grid.Rows.Single(r => r.Code.Id == "62302").Mue!;
        Assert.Equal(1, mue.Value);
        Assert.Equal("2", EditGrid.IndicatorDigit(mue));
        Assert.Equal("Date of service edit: policy", mue.IndicatorMeaning);
        Assert.Equal("3", EditGrid.IndicatorDigit(grid.Rows.Single(r => r.Code.Id == "72240").Mue!));
        Assert.Null(grid.Rows.Single(r => r.Code.Id == "62303").Mue);
    }

    [Fact]
    public void A_family_filter_keeps_its_codes_as_rows_and_every_code_as_a_column()
    {
        var snapshot = Snapshots.Real();
        var filter = EditGridFilter.Parse(snapshot, "combined-lumbar", null, out var errors);

        var grid = EditGrid.Build(snapshot.On(DateOfService), filter);

        Assert.Empty(errors);
        Assert.Equal(["62302", "62303", "62304", "62305"], grid.Rows.Select(r => r.Code.Id));
        Assert.Equal(snapshot.Codes.Count, grid.Columns.Count);
    }

    [Fact]
    public void A_region_filter_keeps_the_codes_of_that_region_and_combines_with_a_family()
    {
        var snapshot = Snapshots.Real();

        var cervical = EditGrid.Build(snapshot, EditGridFilter.Parse(snapshot, null, "cervical", out _));
        var both = EditGrid.Build(snapshot, EditGridFilter.Parse(snapshot, "supervision-interpretation", "CERVICAL", out var errors));

        Assert.Empty(errors);
        Assert.All(cervical.Rows, r => Assert.Equal(Region.Cervical, r.Code.Region));
        Assert.Contains("62302", cervical.Rows.Select(r => r.Code.Id));
        Assert.Equal(["72240"], both.Rows.Select(r => r.Code.Id));
    }

    [Fact]
    public void Unknown_filter_values_are_named_with_the_choices_and_ignored()
    {
        var snapshot = Snapshots.Real();

        var filter = EditGridFilter.Parse(snapshot, "<b>spine</b>", "neck", out var errors);

        Assert.True(filter.IsEmpty);
        Assert.Equal("Unknown family: the value given. Use one of: combined-lumbar, supervision-interpretation.", Assert.Single(errors["family"]));
        Assert.StartsWith("Unknown region: 'neck'. Use one of: cervical, thoracic", Assert.Single(errors["region"]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_as_text_has_a_header_line_and_one_tab_separated_line_per_row()
    {
        var grid = Grid(edits: [Edit("62302", "62284")], mues: [Mue("62302", 1, "2 Date of Service Edit: Policy")],
            filter: EditGridFilter.Parse(Snapshots.Real(), "combined-lumbar", null, out _));

        var lines = grid.ToTsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(5, lines.Length);
        var header = lines[0].Split('\t');
        Assert.Equal(["Code", "Label", "MUE"], header[..3]);
        Assert.Equal(grid.Columns.Select(c => c.Id), header[3..]);
        var row = lines[1].Split('\t');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal(["62302", "Myelogram LP inj cervical", "1 (indicator 2)"], row[..3]);
        Assert.Equal("Never with [C]; NCCI col 1, mod 0", row[Array.IndexOf(header, "62284")]);
        Assert.Equal("", row[Array.IndexOf(header, "62302")]);
    }
}
