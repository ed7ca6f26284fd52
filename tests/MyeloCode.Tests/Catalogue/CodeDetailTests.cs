using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Tests.Catalogue;

public sealed class CodeDetailTests
{
    [Fact]
    public void Unknown_or_missing_codes_have_no_detail()
    {
        var snapshot = Snapshots.Real();

        Assert.Null(CodeDetail.Build(snapshot, "99999"));
        Assert.Null(CodeDetail.Build(snapshot, "<script>"));
        Assert.Null(CodeDetail.Build(snapshot, null));
    }

    [Fact]
    public void Relations_are_split_into_never_with_billed_instead_and_add_with_with_labels()
    {
        var detail = CodeDetail.Build(Snapshots.Real(), "62302")!;

        Assert.Equal("62302 · Myelogram LP inj cervical", detail.Title);
        var never = Assert.Single(detail.NeverWith, r => r.Code == "62284");
        Assert.Equal("LP contrast inj myelo/CT", never.Label);
        Assert.Equal(Evidence.Confirmed, never.Evidence);
        Assert.Equal(["61055", "62305"], detail.BilledInstead.Select(r => r.Code).ToArray());
        Assert.Equal(["72126"], detail.AddWith.Select(r => r.Code).ToArray());
    }

    [Fact]
    public void Region_siblings_form_the_family()
    {
        var detail = CodeDetail.Build(Snapshots.Real(), "72255")!;

        Assert.NotNull(detail.Family);
        Assert.Equal(["72240", "72255", "72265", "72270"], detail.Family.Codes.Select(c => c.Id).ToArray());
        Assert.Null(CodeDetail.Build(Snapshots.Real(), "72126")!.Family);
    }

    [Fact]
    public void Diagnoses_are_grouped_by_region_with_any_region_last()
    {
        var detail = CodeDetail.Build(Snapshots.Real(), "62302")!;

        Assert.Equal(["Cervical", "Any region"], detail.Diagnoses.Select(g => g.Name).ToArray());
        Assert.Contains(detail.Diagnoses[0].Diagnoses, d => d.Icd10 == "M48.02");
    }

    [Fact]
    public void Without_imports_the_catalogue_figures_are_shown_with_their_source_and_the_amount_computed()
    {
        var detail = CodeDetail.Build(Snapshots.Real().On(new DateOnly(2025, 6, 30)), "62302")!;

        Assert.NotNull(detail.Medicare);
        Assert.False(detail.Medicare.Imported);
        Assert.Equal(2025, detail.Medicare.Year);
        var row = Assert.Single(detail.Medicare.Rows);
        Assert.Equal(7.47m, row.NonFacilityTotal);
        Assert.Equal(241.63m, row.NonFacilityPayment); // 7.47 x 32.3465 = 241.628...
        Assert.Empty(detail.Official);
        Assert.Contains(detail.Sources, s => s.What == "Official CPT descriptor" && s.Source.StartsWith("Not imported", StringComparison.Ordinal));
        Assert.All(detail.Sources, s => Assert.False(s.Imported));
    }

    [Fact]
    public void A_2026_date_shows_the_shipped_CY2026_non_QPP_figures_and_MUE_with_their_releases()
    {
        var detail = CodeDetail.Build(Snapshots.Real().On(new DateOnly(2026, 7, 15)), "62302")!;

        var medicare = detail.Medicare!;
        Assert.Equal((2026, false, true, null), (medicare.Year, medicare.Imported, medicare.MatchesDateOfService, medicare.StaleNotice));
        Assert.Equal((33.4009m, "nonQPP"), (medicare.ConversionFactor, medicare.Variant));
        var row = Assert.Single(medicare.Rows);
        Assert.Equal((2.23m, 7.33m, 3.06m, 244.83m, 102.21m), (row.Work!.Value, row.NonFacilityTotal!.Value, row.FacilityTotal!.Value, row.NonFacilityPayment!.Value, row.FacilityPayment!.Value));
        Assert.Contains("RVU26C", medicare.Source, StringComparison.Ordinal);
        Assert.StartsWith("These amounts use the non-QPP conversion factor (33.4009). CY2026 has a second one", medicare.VariantNote, StringComparison.Ordinal);
        var mue = detail.Mue!;
        Assert.Equal((1, "3", true, new DateOnly(2026, 4, 1)), (mue.Value, mue.Indicator, mue.Shipped, mue.EffectiveFrom));
        Assert.Equal("CMS file MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (effective 2026-04-01), shipped with MyeloCode", mue.Source);
        Assert.Equal("MUE values of the 2026-04-01 quarter; later quarters not loaded.", mue.Notice);
        Assert.Null(CodeDetail.Build(Snapshots.Real().On(new DateOnly(2026, 5, 15)), "62302")!.Mue!.Notice);
    }

    [Fact]
    public void Before_the_shipped_MUE_quarter_there_is_no_MUE_and_the_page_says_from_when_there_is()
    {
        var detail = CodeDetail.Build(Snapshots.Real().On(new DateOnly(2026, 3, 31)), "62302")!;

        Assert.Null(detail.Mue);
        Assert.Equal("no MUE file in force on 2026-03-31: the earliest imported applies from 2026-04-01.", detail.MueMissing);
    }

    [Fact]
    public void An_imported_QPP_file_is_named_beside_the_non_QPP_figures_shown()
    {
        var imports = new[] { new ImportRecord { Id = 1, Kind = "cms-rvu", FileName = "PPRRVU2026_Jul_QPP.csv", Sha256 = "a", DataVersion = "2026, July release (RVU26C), QPP", ImportedAt = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero) } };
        PfsRvu Qpp = new() { Code = "62302", Year = 2026, Variant = "QPP", Status = "A", PcTcIndicator = "0", GlobalPeriod = "000", Work = 2.23m, NonFacilityTotal = 7.33m, ConversionFactor = 33.5000m, ImportId = 1 };

        var medicare = CodeDetail.Build(Snapshots.Real(rvus: [Qpp], imports: imports).On(new DateOnly(2026, 7, 15)), "62302")!.Medicare!;

        Assert.Equal((false, 33.4009m, "nonQPP"), (medicare.Imported, medicare.ConversionFactor, medicare.Variant));
        Assert.Contains("The QPP file is loaded too (PPRRVU2026_Jul_QPP.csv", medicare.VariantNote, StringComparison.Ordinal);
        Assert.EndsWith("conversion factor 33.5000, for clinicians in a qualifying APM.", medicare.VariantNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Imported_data_wins_newest_year_first_and_names_its_file()
    {
        var imports = new[]
        {
            new ImportRecord { Id = 1, Kind = "pfs", FileName = "PPRRVU2024.csv", Sha256 = "a", DataVersion = "2024", ImportedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) },
            new ImportRecord { Id = 2, Kind = "pfs", FileName = "PPRRVU2026_Jan.csv", Sha256 = "b", DataVersion = "2026 A", ImportedAt = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero) },
            new ImportRecord { Id = 3, Kind = "cpt", FileName = "LONGULT.txt", Sha256 = "c", DataVersion = "2026", ImportedAt = new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero) },
            new ImportRecord { Id = 4, Kind = "ptp", FileName = "ccipra-v321r0.txt", Sha256 = "d", DataVersion = "2026Q1", ImportedAt = new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero) },
            // Of the shipped MUE quarter, so it takes that quarter's place.
            new ImportRecord { Id = 5, Kind = "mue", FileName = "MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", Sha256 = "e", DataVersion = "2026-04-01", ImportedAt = new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero) },
        };
        PfsRvu Rvu(int year, int import, decimal total) => new()
        {
            Code = "72240", Year = year, Status = "A", PcTcIndicator = "1", GlobalPeriod = "XXX", NonFacilityTotal = total, ConversionFactor = 33.4009m, ImportId = import,
        };
        var snapshot = Snapshots.Real(
            official: [new OfficialDescriptor { Code = "72240", Form = "long", Text = "Official long text", ImportId = 3 }],
            rvus: [Rvu(2024, 1, 3.00m), Rvu(2026, 2, 3.50m)],
            ptp: [new PtpEdit { Column1 = "62302", Column2 = "72240", ModifierIndicator = 0, Rationale = "Mutually exclusive procedures", EffectiveDate = new DateOnly(2018, 1, 1), ImportId = 4 }],
            mues: [new MueValue { Code = "72240", Value = 1, AdjudicationIndicator = "3 Date of Service Edit: Clinical", Rationale = "Nature of Service", ImportId = 5 }],
            imports: imports);

        var detail = CodeDetail.Build(snapshot, "72240")!;

        Assert.True(detail.Medicare!.Imported);
        Assert.Equal(2026, detail.Medicare.Year);
        Assert.Equal(116.90m, detail.Medicare.Rows.Single().NonFacilityPayment);
        Assert.Contains("PPRRVU2026_Jan.csv (2026 A)", detail.Medicare.Source, StringComparison.Ordinal);
        Assert.Equal("Official long text", Assert.Single(detail.Official).Text);
        var pair = Assert.Single(detail.Ptp);
        Assert.Equal("62302", pair.OtherCode);
        Assert.False(pair.ThisIsColumn1);
        Assert.StartsWith("Never allowed", pair.ModifierMeaning, StringComparison.Ordinal);
        Assert.Equal(1, detail.Mue!.Value);
        Assert.Equal("Date of service edit: clinical", detail.Mue.IndicatorMeaning);
        Assert.Equal(4, detail.Sources.Count(s => s.Imported));
    }

    // Facts §3.1: NA (not payable in that setting) is not the same as a figure the facts do not give.
    [Theory]
    [InlineData(2025, "72240", null, false, true, false)]
    [InlineData(2025, "72240", "26", false, false, false)]
    [InlineData(2025, "72240", "TC", false, true, false)]
    [InlineData(2025, "61055", null, true, false, false)]
    [InlineData(2025, "70010", null, true, false, false)]
    [InlineData(2025, "72255", null, false, false, false)]
    [InlineData(2025, "72255", "26", false, false, true)]
    [InlineData(2026, "72255", null, false, true, false)]
    [InlineData(2026, "72255", "26", false, false, false)]
    [InlineData(2026, "61050", null, true, false, false)]
    public void Medicare_lines_tell_not_payable_from_not_given(int year, string code, string? modifier, bool nonFacilityNa, bool facilityNa, bool repeated)
    {
        var row = CodeDetail.Build(Snapshots.Real().On(new DateOnly(year, 6, 30)), code)!.Medicare!.Rows.Single(r => r.Modifier == modifier);

        Assert.Equal((nonFacilityNa, facilityNa, repeated), (row.NonFacilityNa, row.FacilityNa, row.FacilityFromNonFacility));
    }

    [Fact]
    public void The_professional_component_is_paid_the_same_in_both_settings()
    {
        var in2025 = Snapshots.Real().On(new DateOnly(2025, 6, 30));
        var given = CodeDetail.Build(in2025, "72240")!.Medicare!.Rows.Single(r => r.Modifier == "26");
        var repeated = CodeDetail.Build(in2025, "72255")!.Medicare!.Rows.Single(r => r.Modifier == "26");

        Assert.Equal((1.29m, 1.29m, 41.73m), (given.NonFacilityTotal, given.FacilityTotal, given.FacilityPayment));
        Assert.Equal((1.28m, 1.28m, 41.40m), (repeated.NonFacilityTotal, repeated.FacilityTotal, repeated.FacilityPayment));
        Assert.Null(CodeDetail.Build(in2025, "72255")!.Medicare!.Rows.Single(r => r.Modifier is null).FacilityTotal);
    }
}
