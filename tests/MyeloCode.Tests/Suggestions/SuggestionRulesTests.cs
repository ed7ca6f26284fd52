using System.Text.Json;
using MyeloCode.Catalogue;
using MyeloCode.Suggestions;
using static MyeloCode.Tests.Suggestions.SuggestionTestData;

namespace MyeloCode.Tests.Suggestions;

public sealed class SuggestionRulesTests
{
    // One clinical case per row: regions, route, billing, ct, then the claim lines expected, in order.
    public static TheoryDataRow<string, string, string, string, string>[] Cases =>
    [
        // Facts §2.1: one provider, lumbar injection → bundled 62302-62305 by regions; 62305 once for any two or more.
        Row("One provider, lumbar, cervical only", "cervical", "lumbar", "both", "", "62302"),
        Row("One provider, lumbar, thoracic only", "thoracic", "lumbar", "both", "", "62303"),
        Row("One provider, lumbar, lumbosacral only", "lumbosacral", "lumbar", "both", "", "62304"),
        Row("One provider, lumbar, cervical and thoracic", "cervical,thoracic", "lumbar", "both", "", "62305"),
        Row("One provider, lumbar, cervical and lumbosacral", "cervical,lumbosacral", "lumbar", "both", "", "62305"),
        Row("One provider, lumbar, thoracic and lumbosacral", "thoracic,lumbosacral", "lumbar", "both", "", "62305"),
        Row("One provider, lumbar, all three regions", "cervical,thoracic,lumbosacral", "lumbar", "both", "", "62305"),
        // C1-C2 route: 61055 + S&I; the bundled codes are lumbar only. The default setting is a facility, so split codes carry 26.
        Row("One provider, C1-C2, cervical only", "cervical", "c1c2", "both", "", "61055 72240-26"),
        Row("One provider, C1-C2, thoracic only", "thoracic", "c1c2", "both", "", "61055 72255-26"),
        Row("One provider, C1-C2, lumbosacral only", "lumbosacral", "c1c2", "both", "", "61055 72265-26"),
        Row("One provider, C1-C2, cervical and thoracic", "cervical,thoracic", "c1c2", "both", "", "61055 72270-26"),
        Row("One provider, C1-C2, all three regions", "cervical,thoracic,lumbosacral", "c1c2", "both", "", "61055 72270-26"),
        // Split: the injecting provider reports the injection only.
        Row("Injecting provider, lumbar, cervical", "cervical", "lumbar", "injecting", "", "62284"),
        Row("Injecting provider, lumbar, all three regions", "cervical,thoracic,lumbosacral", "lumbar", "injecting", "", "62284"),
        Row("Injecting provider, C1-C2, lumbosacral", "lumbosacral", "c1c2", "injecting", "", "61055"),
        Row("Injecting provider, C1-C2, cervical and thoracic", "cervical,thoracic", "c1c2", "injecting", "", "61055"),
        // Split: the interpreting provider reports the S&I with 26.
        Row("Interpreting provider, lumbar, cervical", "cervical", "lumbar", "interpreting", "", "72240-26"),
        Row("Interpreting provider, lumbar, thoracic", "thoracic", "lumbar", "interpreting", "", "72255-26"),
        Row("Interpreting provider, lumbar, lumbosacral", "lumbosacral", "lumbar", "interpreting", "", "72265-26"),
        Row("Interpreting provider, lumbar, thoracic and lumbosacral", "thoracic,lumbosacral", "lumbar", "interpreting", "", "72270-26"),
        Row("Interpreting provider, C1-C2, cervical", "cervical", "c1c2", "interpreting", "", "72240-26"),
        Row("Interpreting provider, C1-C2, cervical and lumbosacral", "cervical,lumbosacral", "c1c2", "interpreting", "", "72270-26"),
        // CT after a conventional myelogram: one with-contrast CT code per region scanned.
        Row("One provider, lumbar, lumbosacral myelogram and lumbar CT", "lumbosacral", "lumbar", "both", "lumbosacral", "62304 72132-26"),
        Row("One provider, lumbar, all regions with CT of all regions", "cervical,thoracic,lumbosacral", "lumbar", "both", "cervical,thoracic,lumbosacral", "62305 72126-26 72129-26 72132-26"),
        Row("One provider, C1-C2, cervical myelogram and cervical CT", "cervical", "c1c2", "both", "cervical", "61055 72240-26 72126-26"),
        Row("Interpreting provider, lumbosacral myelogram and lumbar CT", "lumbosacral", "lumbar", "interpreting", "lumbosacral", "72265-26 72132-26"),
        Row("Injecting provider, lumbosacral myelogram and lumbar CT", "lumbosacral", "lumbar", "injecting", "lumbosacral", "62284"),
        // CT of regions the myelogram did not image.
        Row("One provider, lumbosacral myelogram, cervical CT", "lumbosacral", "lumbar", "both", "cervical", "62304 72126-26"),
        Row("Interpreting provider, cervical myelogram, thoracic and lumbar CT", "cervical", "lumbar", "interpreting", "thoracic,lumbosacral", "72240-26 72129-26 72132-26"),
        // CT only after intrathecal contrast: injection + CT, no myelography code.
        Row("One provider, lumbar injection, lumbar CT only", "", "lumbar", "both", "lumbosacral", "62284 72132-26"),
        Row("One provider, C1-C2 injection, cervical CT only", "", "c1c2", "both", "cervical", "61055 72126-26"),
        Row("Injecting provider, lumbar injection, CT only", "", "lumbar", "injecting", "lumbosacral", "62284"),
        Row("Injecting provider, C1-C2 injection, CT only", "", "c1c2", "injecting", "cervical,thoracic", "61055"),
        Row("Interpreting provider, CT only after lumbar injection", "", "lumbar", "interpreting", "cervical,lumbosacral", "72126-26 72132-26"),
        // CT without intrathecal contrast.
        Row("One provider, no contrast, cervical CT", "", "none", "both", "cervical", "72125-26"),
        Row("One provider, no contrast, CT of all regions", "", "none", "both", "cervical,thoracic,lumbosacral", "72125-26 72128-26 72131-26"),
        Row("Interpreting provider, no contrast, thoracic and lumbar CT", "", "none", "interpreting", "thoracic,lumbosacral", "72128-26 72131-26"),
    ];

    static TheoryDataRow<string, string, string, string, string> Row(string name, string regions, string route, string billing, string ct, string expected) =>
        new(regions, route, billing, ct, expected) { TestDisplayName = name };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gets_its_codes_in_claim_order(string regions, string route, string billing, string ct, string expected)
    {
        var suggestion = Suggest(regions, route, billing, ct);

        Assert.Equal(expected, string.Join(' ', suggestion.Codes.Select(c => c.ClaimLine)));
    }

    // A code that must not be reported with the suggestion, and the basis of the strongest reason given for it.
    public static TheoryDataRow<string, string, string, string, string, Evidence>[] Exclusions =>
    [
        Row("Bundled code excludes the separate lumbar injection", "cervical", "lumbar", "both", "", "62284", Evidence.Confirmed),
        Row("Bundled code excludes the separate S&I", "cervical", "lumbar", "both", "", "72240", Evidence.Confirmed),
        Row("Bundled code excludes a second single-region bundled code", "cervical", "lumbar", "both", "", "62304", Evidence.Confirmed),
        Row("Bundled code excludes fluoroscopic guidance", "lumbosacral", "lumbar", "both", "", "77003", Evidence.Standard),
        Row("Bundled code excludes a diagnostic puncture for fluid drawn through the needle", "lumbosacral", "lumbar", "both", "", "62270", Evidence.Standard),
        Row("S&I excludes fluoroscopic guidance", "thoracic", "lumbar", "interpreting", "", "77003", Evidence.Standard),
        Row("Lumbar injection excludes a diagnostic puncture for fluid drawn through the needle", "thoracic", "lumbar", "injecting", "", "62270", Evidence.Standard),
        Row("Two or more regions exclude the single-region bundled codes", "cervical,thoracic", "lumbar", "both", "", "62302", Evidence.Confirmed),
        Row("Two or more regions exclude the single-region S&I codes", "cervical,thoracic", "c1c2", "both", "", "72255", Evidence.Confirmed),
        Row("C1-C2 route excludes the lumbar bundled codes", "cervical", "c1c2", "both", "", "62302", Evidence.Confirmed),
        Row("C1-C2 injection excludes the puncture without injection", "cervical", "c1c2", "both", "", "61050", Evidence.Standard),
        Row("Injecting provider may not report the bundled code", "lumbosacral", "lumbar", "injecting", "", "62304", Evidence.Confirmed),
        Row("Injecting provider may not report the S&I", "lumbosacral", "c1c2", "injecting", "", "72265", Evidence.Confirmed),
        Row("Injecting provider does not report the CT read by another", "lumbosacral", "lumbar", "injecting", "lumbosacral", "72132", Evidence.Standard),
        Row("Interpreting provider may not report the bundled code", "lumbosacral", "lumbar", "interpreting", "", "62304", Evidence.Confirmed),
        Row("Interpreting provider may not report the injection", "lumbosacral", "lumbar", "interpreting", "", "62284", Evidence.Confirmed),
        Row("Interpreting provider after a C1-C2 injection may not report 61055", "cervical", "c1c2", "interpreting", "", "61055", Evidence.Confirmed),
        Row("CT myelogram excludes the no-contrast CT of the same region", "lumbosacral", "lumbar", "both", "lumbosacral", "72131", Evidence.Standard),
        Row("CT only after contrast excludes the bundled codes", "", "lumbar", "both", "lumbosacral", "62304", Evidence.Confirmed),
        Row("CT only after contrast excludes the myelography S&I", "", "lumbar", "both", "lumbosacral", "72265", Evidence.Standard),
        Row("CT without contrast excludes the with-contrast CT of the region", "", "none", "both", "cervical", "72126", Evidence.Standard),
        Row("CT without contrast excludes an injection", "", "none", "both", "cervical", "62284", Evidence.Standard),
    ];

    static TheoryDataRow<string, string, string, string, string, Evidence> Row(string name, string regions, string route, string billing, string ct, string code, Evidence basis) =>
        new(regions, route, billing, ct, code, basis) { TestDisplayName = name };

    [Theory]
    [MemberData(nameof(Exclusions))]
    public void Codes_that_must_not_be_reported_are_listed_with_their_basis(string regions, string route, string billing, string ct, string code, Evidence basis)
    {
        var suggestion = Suggest(regions, route, billing, ct);

        var exclusion = Assert.Single(suggestion.DoNotReport, e => e.Code == code);
        Assert.Equal(basis, exclusion.Reasons.Select(r => r.Evidence).Min());
    }

    [Fact]
    public void Bundled_code_is_explained_as_confirmed_and_CT_as_standard_knowledge()
    {
        var suggestion = Suggest("lumbosacral", "lumbar", "both", "lumbosacral");

        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Confirmed && n.Text.Contains("report 62304, which bundles", StringComparison.Ordinal));
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Standard && n.Text.Contains("72132, because intrathecal contrast makes it a with-contrast study", StringComparison.Ordinal));
        Assert.Equal([Evidence.Confirmed, Evidence.Standard], suggestion.Codes.Select(c => c.Evidence));
    }

    [Fact]
    public void Two_or_more_regions_say_the_code_is_reported_once()
    {
        var suggestion = Suggest("cervical,thoracic,lumbosacral", "lumbar", "both", "");

        Assert.Contains(suggestion.Rationale, n => n.Text.StartsWith("Cervical, thoracic and lumbosacral were imaged in one session: 62305 is reported once", StringComparison.Ordinal));
    }

    [Fact]
    public void C1C2_route_explains_that_the_bundled_codes_are_lumbar_only()
    {
        var suggestion = Suggest("cervical", "c1c2", "both", "");

        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Confirmed && n.Text.Contains("bundled 62302-62305 cover a lumbar injection only", StringComparison.Ordinal));
    }

    [Fact]
    public void CT_of_a_region_the_myelogram_did_not_image_says_so()
    {
        var suggestion = Suggest("lumbosacral", "lumbar", "both", "cervical");

        Assert.Contains(suggestion.Rationale, n => n.Text.Contains("72126", StringComparison.Ordinal) && n.Text.Contains("The myelogram did not image this region", StringComparison.Ordinal));
    }

    [Fact]
    public void Interpreting_provider_in_a_facility_gets_26_and_the_reason_names_the_setting()
    {
        var suggestion = Suggest("cervical", "lumbar", "interpreting", "cervical");

        Assert.All(suggestion.Codes, c => Assert.Equal(["26"], c.Modifiers));
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Confirmed && n.Text.Contains("72240 and 72126 have a professional/technical split and the setting is a facility", StringComparison.Ordinal));
    }

    [Fact]
    public void Codes_without_a_professional_technical_split_never_get_a_modifier()
    {
        var suggestion = Suggest("cervical", "lumbar", "both", "");

        Assert.Empty(Assert.Single(suggestion.Codes).Modifiers);
        Assert.Contains(suggestion.Rationale, n => n.Text == "62302 has no professional/technical split, so no 26 or TC modifier applies in any setting.");
        Assert.DoesNotContain(suggestion.Warnings, n => n.Text.Contains("26", StringComparison.Ordinal));
    }

    [Fact]
    public void Myelography_warns_that_fluoroscopic_guidance_is_included()
    {
        var suggestion = Suggest("thoracic", "lumbar", "interpreting", "");

        Assert.Contains(suggestion.Warnings, n => n.Evidence == Evidence.Standard && n.Text.StartsWith("Fluoroscopic guidance (77003) is part of myelography", StringComparison.Ordinal));
    }

    [Fact]
    public void Lumbar_injection_asks_to_check_77003_and_never_lists_it_under_do_not_report()
    {
        var suggestion = Suggest("", "lumbar", "injecting", "lumbosacral");

        Assert.Contains(suggestion.Warnings, n => n.Evidence == Evidence.Unconfirmed && n.Text.StartsWith("Check the current CPT notes and NCCI edits before reporting 77003 with 62284", StringComparison.Ordinal));
        Assert.DoesNotContain(suggestion.DoNotReport, e => e.Code == "77003");
    }

    [Fact]
    public void CT_without_contrast_warns_about_IV_contrast()
    {
        var suggestion = Suggest("", "none", "both", "lumbosacral");

        Assert.Contains(suggestion.Warnings, n => n.Text.StartsWith("If IV contrast was given", StringComparison.Ordinal));
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Standard && n.Text.StartsWith("No intrathecal contrast was given", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_imported_files_the_shipped_MUEs_give_the_units_and_the_NCCI_checks_are_marked_unconfirmed()
    {
        var suggestion = Suggest("cervical", "c1c2", "both", "");

        Assert.All(suggestion.Codes, c => Assert.Equal(1, c.Units));
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Imported
            && n.Text == "MUE (shipped with MyeloCode, file MCR_MUE_PractitionerServices_Eff_04-01-2026.csv, effective 2026-04-01): at most 1 unit of 72240 (2; Anatomic Consideration); 1 suggested.");
        Assert.DoesNotContain(suggestion.Rationale, n => n.Text.Contains("not checked against a CMS MUE file", StringComparison.Ordinal));
        Assert.Contains(suggestion.Warnings, n => n.Evidence == Evidence.Unconfirmed && n.Text.StartsWith("No NCCI PTP file is imported", StringComparison.Ordinal));
    }

    [Fact]
    public void Before_the_shipped_MUE_quarter_units_are_one_and_marked_unconfirmed()
    {
        Assert.True(SuggestionRequest.TryParse("cervical", "c1c2", "both", "", out var request, out _));

        var suggestion = SuggestionRules.Suggest(request, Snapshot.On(new DateOnly(2026, 3, 31)));

        Assert.All(suggestion.Codes, c => Assert.Equal(1, c.Units));
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Unconfirmed && n.Text.StartsWith("1 unit each for 61055 and 72240", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_come_from_the_catalogue()
    {
        var suggestion = Suggest("cervical,thoracic", "lumbar", "both", "lumbosacral");

        Assert.Equal([Snapshot.ById["62305"].ShortLabel, Snapshot.ById["72132"].ShortLabel], suggestion.Codes.Select(c => c.Label));
        Assert.All(suggestion.DoNotReport, e => Assert.Equal(Snapshot.ById[e.Code].ShortLabel, e.Label));
    }

    [Fact]
    public void The_same_case_always_gets_the_same_answer()
    {
        var first = JsonSerializer.Serialize(Suggest("cervical,thoracic", "lumbar", "both", "lumbosacral,cervical").ToDto(""));
        var again = JsonSerializer.Serialize(Suggest("cervical,thoracic", "lumbar", "both", "lumbosacral,cervical").ToDto(""));
        var reordered = JsonSerializer.Serialize(Suggest("thoracic, Cervical", "LUMBAR", "both", "cervical,lumbosacral").ToDto(""));

        Assert.Equal(first, again);
        Assert.Equal(first, reordered);
    }

    [Fact]
    public void Every_valid_case_gets_codes_and_never_suggests_a_pair_the_catalogue_forbids()
    {
        var neverWith = Snapshot.Codes.SelectMany(c => c.Relations.Where(r => r.Relation == RelationKind.NeverWith).Select(r => (c.Id, r.RelatedCode))).ToHashSet();
        var valid = 0;
        foreach (var (regions, route, billing, ct) in AllInputs())
        {
            if (!SuggestionRequest.TryParse(regions, route, billing, ct, out var request, out _))
                continue;
            valid++;
            var suggestion = SuggestionRules.Suggest(request, Snapshot);
            var codes = suggestion.Codes.Select(c => c.Code).ToList();
            var label = $"{regions}|{route}|{billing}|{ct}";

            Assert.True(codes.Count > 0, label);
            Assert.Equal(codes.Count, codes.Distinct().Count());
            Assert.DoesNotContain(suggestion.DoNotReport, e => codes.Contains(e.Code));
            Assert.DoesNotContain(codes.SelectMany(a => codes.Select(b => (a, b))), neverWith.Contains);
            Assert.All(suggestion.Codes, c => Assert.True(c.Modifiers.Count == 0 || Snapshot.ById[c.Code].PcTcIndicator == "1", $"{label}: {c.ClaimLine}"));
            Assert.NotEmpty(suggestion.Rationale);
        }
        Assert.Equal(7 * 2 * 3 * 8 + 7 * 2 * 3 + 7 * 2, valid);
    }

    [Fact]
    public void The_code_table_agrees_with_the_catalogue()
    {
        foreach (var (region, code) in SuggestionCodes.Bundled)
            Assert.Equal((CodeKind.Combined, (Region?)region, InjectionRoute.Lumbar), Describe(code));
        foreach (var (region, code) in SuggestionCodes.SupervisionInterpretation)
            Assert.Equal((CodeKind.SupervisionInterpretation, (Region?)region, InjectionRoute.Any), Describe(code));
        foreach (var (route, code) in SuggestionCodes.Injection)
            Assert.Equal((CodeKind.Injection, (Region?)null, route), Describe(code));
        foreach (var (region, code) in SuggestionCodes.CtWithContrast.Concat(SuggestionCodes.CtWithoutContrast))
            Assert.Equal((CodeKind.Ct, (Region?)region, InjectionRoute.None), Describe(code));
        Assert.Equal(CodeKind.Guidance, Snapshot.ById[SuggestionCodes.FluoroscopicGuidance].Kind);

        static (CodeKind, Region?, InjectionRoute) Describe(string code) => (Snapshot.ById[code].Kind, Snapshot.ById[code].Region, Snapshot.ById[code].Route);
    }

    [Fact]
    public void A_contradictory_request_built_by_hand_is_refused()
    {
        var request = new SuggestionRequest([Region.Cervical], InjectionRoute.None, BillingRole.Both, []);

        var error = Assert.Throws<ArgumentException>(() => SuggestionRules.Suggest(request, Snapshot));
        Assert.StartsWith("route: Conventional myelography needs intrathecal contrast", error.Message, StringComparison.Ordinal);
    }
}
