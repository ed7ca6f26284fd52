using MyeloCode.Catalogue;
using MyeloCode.Suggestions;
using static MyeloCode.Tests.Suggestions.SuggestionTestData;

namespace MyeloCode.Tests.Suggestions;

/// <summary>Issue 11: setting, technical billing, outcome, CT reader, CT before contrast and the posterior fossa.</summary>
public sealed class ClaimRulesTests
{
    /// <summary>One case of the new questions; empty strings are absent parameters.</summary>
    public sealed record Case(string Regions, string Route, string Billing, string Ct,
        string Setting = "", string Outcome = "", string CtReader = "", string CtBefore = "")
    {
        public SuggestionQuery Query => new(Regions, Route, Billing, Ct, Setting, Outcome, CtReader, CtBefore);

        public override string ToString() =>
            $"regions={Regions}&route={Route}&billing={Billing}&ct={Ct}&setting={Setting}&outcome={Outcome}&ctReader={CtReader}&ctBefore={CtBefore}";
    }

    // The claim lines expected, from the coding rules (facts §2.1, §2.4, §2.5, §1.1), in claim order.
    public static TheoryData<string, Case, string> Claims => new()
    {
        // One setting decides every component modifier (§2.4 [C]); codes without a split never carry 26 or TC (§2.5 [C]).
        { "Hospital radiologist, C1-C2 cervical myelogram: 26, not global", new("cervical", "c1c2", "interpreting", "", "facility"), "72240-26" },
        { "One provider in a facility, C1-C2 cervical: 26 on the S&I only", new("cervical", "c1c2", "both", "", "facility"), "61055 72240-26" },
        { "One provider in an office, C1-C2 cervical: global S&I", new("cervical", "c1c2", "both", "", "office"), "61055 72240" },
        { "One provider in an office, lumbar cervical: bundled code has no split", new("cervical", "lumbar", "both", "", "office"), "62302" },
        { "One provider in a facility, lumbar thoracic: bundled code has no split", new("thoracic", "lumbar", "both", "", "facility"), "62303" },
        { "Interpreting provider in an office: global S&I", new("lumbosacral", "lumbar", "interpreting", "", "office"), "72265" },
        { "Interpreting provider in an office with CT: both global", new("lumbosacral", "lumbar", "interpreting", "lumbosacral", "office"), "72265 72132" },
        { "Interpreting provider, no setting given: facility default", new("thoracic", "c1c2", "interpreting", "thoracic"), "72255-26 72129-26" },
        // billing=technical (§2.4 [C]: TC alone = -TC; PCTC 0 codes have no TC).
        { "Technical claim, lumbar lumbosacral: S&I with TC, no injection", new("lumbosacral", "lumbar", "technical", "", "office"), "72265-TC" },
        { "Technical claim, C1-C2 two regions and cervical CT", new("cervical,thoracic", "c1c2", "technical", "cervical", "office"), "72270-TC 72126-TC" },
        { "Technical claim, CT only after a lumbar injection", new("", "lumbar", "technical", "lumbosacral", "office"), "72132-TC" },
        { "Technical claim, CT without contrast", new("", "none", "technical", "thoracic", "office"), "72128-TC" },
        { "Technical claim, posterior fossa with cervical CT: only the CT has a TC", new("posterior-fossa", "c1c2", "technical", "cervical", "office"), "72126-TC" },
        // ctReader (§2.1 [K]: the CT goes on the claim of the provider who read it).
        { "Injecting provider who also read the CT, facility", new("lumbosacral", "lumbar", "injecting", "lumbosacral", "facility", CtReader: "this"), "62284 72132-26" },
        { "Injecting provider who also read the CT, office", new("cervical", "c1c2", "injecting", "cervical", "office", CtReader: "this"), "61055 72126" },
        { "One provider, CT read by another", new("lumbosacral", "lumbar", "both", "lumbosacral", CtReader: "other"), "62304" },
        { "Interpreting provider, CT read by another", new("cervical", "lumbar", "interpreting", "cervical", CtReader: "other"), "72240-26" },
        { "CT-only myelogram, one provider, CT read by another", new("", "lumbar", "both", "lumbosacral", CtReader: "other"), "62284" },
        // ctBefore (§1.1, §2.3 [K]: a true pre-contrast series makes one without-then-with code).
        { "Pre-contrast lumbar series after a lumbar myelogram", new("lumbosacral", "lumbar", "both", "lumbosacral", CtBefore: "lumbosacral"), "62304 72133-26" },
        { "Pre-contrast series of one of two CT regions, office", new("cervical,thoracic", "lumbar", "interpreting", "cervical,thoracic", "office", CtBefore: "thoracic"), "72270 72126 72130" },
        { "Pre-contrast cervical series, CT-only after C1-C2", new("", "c1c2", "both", "cervical", CtBefore: "cervical"), "61055 72127-26" },
        // outcome=discontinued (§2.5: 53 on the code begun; nothing not done is reported).
        { "Discontinued lumbar myelogram by one provider", new("lumbosacral", "lumbar", "both", "", Outcome: "discontinued"), "62304-53" },
        { "Discontinued lumbar myelogram: the planned CT is not reported", new("lumbosacral", "lumbar", "both", "lumbosacral", Outcome: "discontinued"), "62304-53" },
        { "Discontinued C1-C2 myelogram: the puncture carries 53, no S&I", new("cervical", "c1c2", "both", "", "facility", "discontinued"), "61055-53" },
        { "Discontinued, interpreting provider in a facility: 26 then 53", new("cervical", "lumbar", "interpreting", "", "facility", "discontinued"), "72240-26-53" },
        { "Discontinued, technical claim: TC then 53", new("thoracic", "lumbar", "technical", "", "office", "discontinued"), "72255-TC-53" },
        { "Discontinued, injecting provider", new("lumbosacral", "lumbar", "injecting", "", Outcome: "discontinued"), "62284-53" },
        { "Discontinued CT-only myelogram: the injection carries 53", new("", "lumbar", "both", "cervical", Outcome: "discontinued"), "62284-53" },
        { "Discontinued CT without contrast, office: first CT only", new("", "none", "interpreting", "cervical,thoracic", "office", "discontinued"), "72125-53" },
        // Posterior fossa (§1.1: 70010, PCTC 0; §7.7 pairing UNCONFIRMED).
        { "Posterior fossa, one provider, C1-C2", new("posterior-fossa", "c1c2", "both", "", "facility"), "61055 70010" },
        { "Posterior fossa, one provider, lumbar, office", new("posterior-fossa", "lumbar", "both", "", "office"), "62284 70010" },
        { "Posterior fossa, injecting provider", new("posterior-fossa", "c1c2", "injecting", ""), "61055" },
        { "Posterior fossa, interpreting provider in a facility: no 26 on a PCTC 0 code", new("posterior-fossa", "lumbar", "interpreting", "", "facility"), "70010" },
        { "Posterior fossa with cervical CT, one provider", new("posterior-fossa", "c1c2", "both", "cervical"), "61055 70010 72126-26" },
        { "Posterior fossa discontinued", new("posterior-fossa", "c1c2", "both", "", Outcome: "discontinued"), "61055-53" },
        { "CT-only after C1-C2, interpreting provider in a facility", new("", "c1c2", "interpreting", "cervical"), "72126-26" },
    };

    [Theory]
    [MemberData(nameof(Claims))]
    public void Each_case_gets_exact_claim_lines(string name, Case input, string expected)
    {
        var suggestion = SuggestionRules.Suggest(Parse(input), Snapshot);

        Assert.True(expected == string.Join(' ', suggestion.Codes.Select(c => c.ClaimLine)), $"{name}: got {string.Join(' ', suggestion.Codes.Select(c => c.ClaimLine))}");
    }

    // Input that cannot be coded without guessing, the parameter named, and what it says.
    public static TheoryData<string, Case, string, string> Invalid => new()
    {
        { "Technical in a facility", new("cervical", "lumbar", "technical", "", "facility"), "billing", "facility reports the technical side on its own facility claim" },
        { "Technical with the default setting", new("cervical", "lumbar", "technical", ""), "billing", "setting=office" },
        { "Technical for a posterior fossa study alone", new("posterior-fossa", "c1c2", "technical", "", "office"), "billing", "70010 has no professional/technical split" },
        { "ctBefore outside ct", new("cervical", "lumbar", "both", "cervical", CtBefore: "thoracic"), "ctBefore", "thoracic is in ctBefore but not in ct" },
        { "ctBefore without contrast", new("", "none", "both", "cervical", CtBefore: "cervical"), "ctBefore", "ctBefore needs contrast" },
        { "ctBefore unknown region", new("cervical", "lumbar", "both", "cervical", CtBefore: "head"), "ctBefore", "'head' is not a region" },
        { "Unknown setting", new("cervical", "lumbar", "both", "", "home"), "setting", "'home' is not a value of setting" },
        { "Unknown outcome", new("cervical", "lumbar", "both", "", Outcome: "aborted"), "outcome", "'aborted' is not a value of outcome" },
        { "Unknown CT reader", new("cervical", "lumbar", "both", "cervical", CtReader: "radiologist"), "ctReader", "'radiologist' is not a value of ctReader" },
        { "Technical claim that read the CT", new("cervical", "lumbar", "technical", "cervical", "office", CtReader: "this"), "ctReader", "contradicts billing=technical" },
        { "Interpreting, CT only, CT read by another", new("", "lumbar", "interpreting", "cervical", CtReader: "other"), "ctReader", "this claim has nothing to report" },
        { "No contrast, CT read by another", new("", "none", "both", "cervical", CtReader: "other"), "ctReader", "this claim has nothing to report" },
        { "Posterior fossa with a spinal region", new("cervical,posterior-fossa", "c1c2", "both", ""), "regions", "posterior-fossa is coded on its own" },
        { "Posterior fossa as a CT region", new("cervical", "lumbar", "both", "posterior-fossa"), "ct", "'posterior-fossa' is not a region" },
        { "Posterior fossa without contrast", new("posterior-fossa", "none", "both", ""), "route", "Conventional myelography needs intrathecal contrast" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Contradictory_input_names_the_parameter_to_change(string name, Case input, string parameter, string message)
    {
        var ok = SuggestionRequest.TryParse(input.Query, out var request, out var errors);

        Assert.False(ok, name);
        Assert.Null(request);
        Assert.Equal([parameter], errors.Keys);
        Assert.Contains(errors[parameter], m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Markup_in_a_new_parameter_is_not_repeated_back()
    {
        var ok = SuggestionRequest.TryParse(new SuggestionQuery("cervical", "lumbar", "both", "cervical", "<b>x</b>", "\"><script>", "<i>", "<img>"), out _, out var errors);

        Assert.False(ok);

        Assert.Equal(["setting", "outcome", "ctBefore", "ctReader"], errors.Keys);
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.DoesNotContain("<", m, StringComparison.Ordinal));
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.StartsWith("The value given", m, StringComparison.Ordinal));
    }

    // A code that must not be reported, and the weakest evidence among its reasons.
    public static TheoryData<string, Case, string, Evidence> Exclusions => new()
    {
        { "Technical claim excludes the lumbar injection", new("lumbosacral", "lumbar", "technical", "", "office"), "62284", Evidence.Confirmed },
        { "Technical claim excludes the C1-C2 injection", new("cervical", "c1c2", "technical", "", "office"), "61055", Evidence.Confirmed },
        { "Technical claim excludes the bundled code", new("lumbosacral", "lumbar", "technical", "", "office"), "62304", Evidence.Confirmed },
        { "CT read by another is not on this claim", new("cervical", "lumbar", "interpreting", "cervical", CtReader: "other"), "72126", Evidence.Standard },
        { "Pre-contrast series excludes the with-contrast code", new("lumbosacral", "lumbar", "both", "lumbosacral", CtBefore: "lumbosacral"), "72132", Evidence.Standard },
        { "Pre-contrast series excludes the without-contrast code", new("lumbosacral", "lumbar", "both", "lumbosacral", CtBefore: "lumbosacral"), "72131", Evidence.Standard },
        { "Discontinued: the planned CT was not done", new("lumbosacral", "lumbar", "both", "lumbosacral", Outcome: "discontinued"), "72132", Evidence.Standard },
        { "Discontinued C1-C2: the S&I was not done", new("cervical", "c1c2", "both", "", Outcome: "discontinued"), "72240", Evidence.Standard },
        { "Posterior fossa excludes the spinal bundled codes", new("posterior-fossa", "lumbar", "both", ""), "62302", Evidence.Confirmed },
    };

    [Theory]
    [MemberData(nameof(Exclusions))]
    public void Codes_not_to_report_are_listed_with_their_evidence(string name, Case input, string code, Evidence evidence)
    {
        var suggestion = SuggestionRules.Suggest(Parse(input), Snapshot);

        var exclusion = Assert.Single(suggestion.DoNotReport, e => e.Code == code);
        Assert.True(evidence == exclusion.Reasons.Select(r => r.Evidence).Min(), name);
    }

    [Theory]
    [InlineData("", "lumbar", "both", "lumbosacral")]
    [InlineData("cervical", "c1c2", "both", "")]
    [InlineData("", "c1c2", "injecting", "cervical")]
    public void An_unconfirmed_pairing_is_a_check_never_a_do_not_report_line(string regions, string route, string billing, string ct)
    {
        var suggestion = Suggest(regions, route, billing, ct);

        Assert.DoesNotContain(suggestion.DoNotReport, e => e.Reasons.Any(r => r.Evidence == Evidence.Unconfirmed));
        Assert.Contains(suggestion.Warnings, n => n.Evidence == Evidence.Unconfirmed && n.Text.StartsWith("Check the current CPT notes and NCCI edits before reporting 77003", StringComparison.Ordinal));
    }

    [Fact]
    public void Discontinued_explains_52_and_the_facility_modifiers()
    {
        var suggestion = SuggestionRules.Suggest(Parse(new("cervical", "lumbar", "both", "", Outcome: "discontinued")), Snapshot);

        Assert.Contains(suggestion.Rationale, n => n.Text.Contains("Modifier 52", StringComparison.Ordinal) && n.Text.Contains("73", StringComparison.Ordinal) && n.Text.Contains("74", StringComparison.Ordinal));
    }

    [Fact]
    public void Office_setting_warns_that_61055_is_not_payable_there()
    {
        var suggestion = SuggestionRules.Suggest(Parse(new("cervical", "c1c2", "both", "", "office")), Snapshot);

        Assert.Contains(suggestion.Warnings, n => n.Evidence == Evidence.Confirmed && n.Text.StartsWith("61055 is NA (not payable) in the non-facility", StringComparison.Ordinal));
    }

    [Fact]
    public void Posterior_fossa_codes_carry_their_unconfirmed_mark()
    {
        var suggestion = SuggestionRules.Suggest(Parse(new("posterior-fossa", "c1c2", "both", "")), Snapshot);

        Assert.Equal(Evidence.Unconfirmed, Assert.Single(suggestion.Codes, c => c.Code == "70010").Evidence);
        Assert.Contains(suggestion.Rationale, n => n.Evidence == Evidence.Unconfirmed && n.Text.Contains("70010", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_keep_the_answers_of_the_four_original_parameters_except_the_setting()
    {
        foreach (var (regions, route, billing, ct) in AllInputs())
        {
            if (!SuggestionRequest.TryParse(regions, route, billing, ct, out var request, out _))
                continue;
            Assert.Equal(billing == "injecting" ? CtReader.Other : CtReader.This, request.CtReader);
            Assert.Equal(Setting.Facility, request.Setting);
            Assert.Equal(Outcome.Completed, request.Outcome);
        }
    }

    /// <summary>Every combination of every parameter, valid or not.</summary>
    public static IEnumerable<Case> EveryCase()
    {
        string[] slugs = ["cervical", "thoracic", "lumbosacral"];
        var subsets = Enumerable.Range(0, 8).Select(mask => string.Join(',', slugs.Where((_, i) => (mask & (1 << i)) != 0))).ToList();
        string[] regionSets = [.. subsets, "posterior-fossa", "cervical,posterior-fossa"];
        foreach (var regions in regionSets)
            foreach (var route in new[] { "lumbar", "c1c2", "none" })
                foreach (var billing in new[] { "both", "injecting", "interpreting", "technical" })
                    foreach (var ct in subsets)
                        foreach (var setting in new[] { "facility", "office" })
                            foreach (var outcome in new[] { "completed", "discontinued" })
                                foreach (var reader in new[] { "", "this", "other" })
                                    foreach (var before in subsets)
                                        yield return new Case(regions, route, billing, ct, setting, outcome, reader, before);
    }

    [Fact]
    public void Every_combination_gets_exact_claim_lines_or_errors_naming_parameters()
    {
        var neverWith = Snapshot.Codes.SelectMany(c => c.Relations.Where(r => r.Relation == RelationKind.NeverWith).Select(r => (c.Id, r.RelatedCode))).ToHashSet();
        int valid = 0, invalid = 0;
        foreach (var input in EveryCase())
        {
            var label = input.ToString();
            if (!SuggestionRequest.TryParse(input.Query, out var request, out var errors))
            {
                invalid++;
                Assert.NotEmpty(errors);
                Assert.All(errors, e => Assert.True(SuggestionRequest.Parameters.Contains(e.Key) && e.Value.Length > 0, label));
                continue;
            }
            valid++;
            var suggestion = SuggestionRules.Suggest(request, Snapshot);
            var codes = suggestion.Codes.Select(c => c.Code).ToList();

            Assert.True(codes.Count > 0, label);
            Assert.True(codes.Count == codes.Distinct().Count(), label);
            Assert.False(suggestion.DoNotReport.Any(e => codes.Contains(e.Code)), label);
            Assert.False(codes.SelectMany(a => codes.Select(b => (a, b))).Any(neverWith.Contains), label);
            Assert.False(suggestion.DoNotReport.Any(e => e.Reasons.Any(r => r.Evidence == Evidence.Unconfirmed)), label);
            foreach (var code in suggestion.Codes)
            {
                var split = Snapshot.ById[code.Code].PcTcIndicator == "1";
                string[] component = !split ? [] : request.Billing == BillingRole.Technical ? ["TC"] : request.Setting == Setting.Facility ? ["26"] : [];
                string[] expected = request.Outcome == Outcome.Discontinued ? [.. component, "53"] : component;
                Assert.True(expected.SequenceEqual(code.Modifiers), $"{label}: {code.ClaimLine}");
                Assert.True(code.Units == 1, label);
            }
            if (request.Outcome == Outcome.Discontinued)
                Assert.True(codes.Count == 1, label);
            if (request.Billing == BillingRole.Technical)
                Assert.False(codes.Intersect(SuggestionCodes.Injection.Values.Concat(SuggestionCodes.Bundled.Values)).Any(), label);
            if (request.Billing != BillingRole.Technical && request.CtReader == CtReader.Other)
                Assert.False(codes.Any(c => Snapshot.ById[c].Kind == CodeKind.Ct), label);
            if (request.Outcome == Outcome.Completed && request.Route != InjectionRoute.None && (request.Billing == BillingRole.Technical || request.CtReader == CtReader.This))
                Assert.True(request.Ct.All(r => codes.Contains(request.CtBefore.Contains(r) ? SuggestionCodes.CtWithoutThenWith[r] : SuggestionCodes.CtWithContrast[r])), label);
            if (request.IsPosteriorFossa && request.Billing is BillingRole.Both or BillingRole.Interpreting && request.Outcome == Outcome.Completed)
                Assert.Contains(SuggestionCodes.PosteriorFossa, codes);
        }
        Assert.Equal(10 * 3 * 4 * 8 * 2 * 2 * 3 * 8, valid + invalid);
        Assert.InRange(valid, 1000, valid + invalid - 1000);
    }

    static SuggestionRequest Parse(Case input)
    {
        Assert.True(SuggestionRequest.TryParse(input.Query, out var request, out var errors),
            string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
        return request;
    }
}
