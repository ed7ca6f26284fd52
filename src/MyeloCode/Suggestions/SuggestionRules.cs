using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Suggestions;

/// <summary>Which code stands for what (facts file §1.1, §2.1). The catalogue must agree; a test checks that it does.</summary>
public static class SuggestionCodes
{
    public static IReadOnlyDictionary<Region, string> Bundled { get; } = new Dictionary<Region, string>
    {
        [Region.Cervical] = "62302", [Region.Thoracic] = "62303", [Region.Lumbosacral] = "62304", [Region.TwoOrMore] = "62305",
    };

    public static IReadOnlyDictionary<Region, string> SupervisionInterpretation { get; } = new Dictionary<Region, string>
    {
        [Region.Cervical] = "72240", [Region.Thoracic] = "72255", [Region.Lumbosacral] = "72265", [Region.TwoOrMore] = "72270",
    };

    public static IReadOnlyDictionary<InjectionRoute, string> Injection { get; } = new Dictionary<InjectionRoute, string>
    {
        [InjectionRoute.Lumbar] = "62284", [InjectionRoute.C1C2] = "61055",
    };

    /// <summary>Intrathecal contrast counts as "with contrast" for CT; CT of the lumbosacral region is the lumbar spine CT.</summary>
    public static IReadOnlyDictionary<Region, string> CtWithContrast { get; } = new Dictionary<Region, string>
    {
        [Region.Cervical] = "72126", [Region.Thoracic] = "72129", [Region.Lumbosacral] = "72132",
    };

    public static IReadOnlyDictionary<Region, string> CtWithoutContrast { get; } = new Dictionary<Region, string>
    {
        [Region.Cervical] = "72125", [Region.Thoracic] = "72128", [Region.Lumbosacral] = "72131",
    };

    /// <summary>Without contrast, then with contrast: a true pre-contrast series of the same region (facts §1.1, §2.3).</summary>
    public static IReadOnlyDictionary<Region, string> CtWithoutThenWith { get; } = new Dictionary<Region, string>
    {
        [Region.Cervical] = "72127", [Region.Thoracic] = "72130", [Region.Lumbosacral] = "72133",
    };

    /// <summary>Myelography of the posterior fossa, supervision and interpretation (facts §1.1).</summary>
    public const string PosteriorFossa = "70010";

    /// <summary>Codes the CY2025 and CY2026 PFS files mark NA (not payable) in the non-facility setting [C].</summary>
    public static IReadOnlyList<string> NotPayableInOffice { get; } = ["61055", "70010"];

    public const string FluoroscopicGuidance = "77003";
}

/// <summary>
/// The myelography coding rules (facts file §2): a validated case and the catalogue in, the codes to report with their
/// reasons, warnings and the codes not to report out. Pure: no database, no clock, no I/O. Imported NCCI PTP edits and
/// MUE values, when the snapshot has them, are checked and named in the rationale.
/// </summary>
public static class SuggestionRules
{
    public static Suggestion Suggest(SuggestionRequest request, CatalogueSnapshot catalogue)
    {
        if (request.Contradictions().FirstOrDefault() is ({ } parameter, { } message))
            throw new ArgumentException($"{parameter}: {message}", nameof(request));
        return new Builder(request, catalogue).Build();
    }

    sealed class Builder(SuggestionRequest request, CatalogueSnapshot catalogue)
    {
        readonly List<(string Code, Evidence Evidence)> _codes = [];
        readonly Dictionary<string, List<string>> _modifiers = [];
        readonly Dictionary<string, int> _units = [];
        readonly List<Note> _rationale = [];
        readonly List<Note> _warnings = [];
        readonly SortedDictionary<string, List<Note>> _excluded = new(StringComparer.Ordinal);

        bool Myelogram => request.Regions.Count > 0;
        bool PosteriorFossa => request.IsPosteriorFossa;
        bool Contrast => request.Route != InjectionRoute.None;
        bool Technical => request.Billing == BillingRole.Technical;
        string Injection => SuggestionCodes.Injection[request.Route];
        string Supervision => PosteriorFossa ? SuggestionCodes.PosteriorFossa
            : SuggestionCodes.SupervisionInterpretation[request.Regions.Count >= 2 ? Region.TwoOrMore : request.Regions[0]];
        string Puncture => request.Route == InjectionRoute.C1C2 ? "C1-C2 or cisternal puncture" : "lumbar puncture";
        IEnumerable<string> Suggested => _codes.Select(c => c.Code);

        public Suggestion Build()
        {
            ChooseProcedure();
            ChooseCt();
            ApplyOutcome();
            AddWarnings();
            ChooseModifiers();
            ChooseUnits();
            ExcludeByRules();
            ExcludeByCatalogue();
            CheckImportedEdits();

            var codes = _codes.Select(c => new SuggestedCode(c.Code, _modifiers.GetValueOrDefault(c.Code) ?? [], _units[c.Code], Label(c.Code), c.Evidence));
            var excluded = _excluded.Where(e => !Suggested.Contains(e.Key)).Select(e => new Exclusion(e.Key, Label(e.Key), e.Value));
            return new Suggestion([.. codes], [.. _rationale], [.. _warnings], [.. excluded]);
        }

        // §2.1: bundled 62302-62305 for one provider and a lumbar injection; 61055 + S&I for C1-C2; split → 62284/61055 vs 72240-72270.
        void ChooseProcedure()
        {
            if (PosteriorFossa)
            {
                ChoosePosteriorFossa();
                return;
            }
            if (Myelogram)
            {
                var regions = Words(request.Regions.Select(r => r.Name().ToLowerInvariant()));
                switch (request.Billing)
                {
                    case BillingRole.Both when request.Route == InjectionRoute.Lumbar:
                        var bundled = SuggestionCodes.Bundled[request.Regions.Count >= 2 ? Region.TwoOrMore : request.Regions[0]];
                        Add(bundled, Evidence.Confirmed);
                        Rationale(Evidence.Confirmed, $"One provider did the lumbar injection and supervised and interpreted the {regions} myelogram: report {bundled}, which bundles the injection with the supervision and interpretation.");
                        break;
                    case BillingRole.Both:
                        Add(Injection, Evidence.Confirmed);
                        Add(Supervision, Evidence.Confirmed);
                        Rationale(Evidence.Confirmed, $"Contrast went in by a C1-C2 or cisternal puncture, and the bundled 62302-62305 cover a lumbar injection only: this provider reports the puncture ({Injection}) and the supervision and interpretation of the {regions} myelogram ({Supervision}) as two codes.");
                        break;
                    case BillingRole.Injecting:
                        Add(Injection, Evidence.Confirmed);
                        Rationale(Evidence.Confirmed, $"Two providers split the work: the injecting provider reports only the {Puncture} and injection ({Injection}); the provider who supervised and interpreted the {regions} myelogram reports {Supervision} on their own claim.");
                        break;
                    case BillingRole.Technical:
                        Add(Supervision, Evidence.Confirmed);
                        Rationale(Evidence.Confirmed, $"Technical claim of the office or imaging centre that owns the equipment: it reports the technical component of the {regions} myelogram ({Supervision}-TC); the injection ({Injection}) and the professional component ({Supervision}-26) are reported by the provider who did them.");
                        if (request.Route == InjectionRoute.Lumbar)
                            Warning(Evidence.Unconfirmed, $"If one physician did the lumbar injection and the supervision and interpretation and reports a bundled code (62302-62305), that code has no technical component (PCTC 0) and its office payment already includes the practice expense: check with the payer before reporting {Supervision}-TC beside it.");
                        break;
                    default:
                        Add(Supervision, Evidence.Confirmed);
                        Rationale(Evidence.Confirmed, $"Two providers split the work: the interpreting provider reports the supervision and interpretation of the {regions} myelogram ({Supervision}); the provider who did the {Puncture} reports the injection ({Injection}).");
                        break;
                }
                if (request.Regions.Count >= 2 && request.Billing != BillingRole.Injecting)
                {
                    var once = request.Billing == BillingRole.Both && request.Route == InjectionRoute.Lumbar ? "62305" : "72270";
                    Rationale(Evidence.Confirmed, $"{Capitalised(regions)} were imaged in one session: {once} is reported once for two or more regions, never one code per region.");
                }
            }
            else if (Contrast)
            {
                // §2.1 "CT only after intrathecal contrast" [K].
                if (request.Billing is BillingRole.Interpreting or BillingRole.Technical)
                {
                    Rationale(Evidence.Standard, $"Only a CT followed the intrathecal contrast, with no conventional myelogram images: no myelography S&I code (72240-72270) applies, and the injection ({Injection}) is reported by the provider who did it.");
                    return;
                }
                Add(Injection, Evidence.Standard);
                Rationale(Evidence.Standard, request.Billing == BillingRole.Both
                    ? $"Only a CT followed the intrathecal contrast, with no conventional myelogram images: report the injection ({Injection}) and the CT; the bundled 62302-62305 and the myelography S&I codes 72240-72270 do not apply."
                    : $"Only a CT followed the intrathecal contrast, with no conventional myelogram images: the injecting provider reports the injection ({Injection}); the bundled 62302-62305 do not apply.");
            }
            else
            {
                // §2.1 "CT without any intrathecal/IV contrast" [K].
                Rationale(Evidence.Standard, "No intrathecal contrast was given: this is a CT without contrast, not a CT myelogram, so each region scanned gets its without-contrast code and no myelography or injection code applies.");
            }
        }

        // Facts §1.1 (70010 = posterior fossa S&I, PCTC 0) and §7.7: the pairing with the injection code is UNCONFIRMED.
        void ChoosePosteriorFossa()
        {
            var code = SuggestionCodes.PosteriorFossa;
            switch (request.Billing)
            {
                case BillingRole.Both:
                    Add(Injection, Evidence.Standard);
                    Add(code, Evidence.Unconfirmed);
                    Rationale(Evidence.Unconfirmed, $"Myelography of the posterior fossa: the bundled 62302-62305 cover the spinal canal only, so this provider reports the {Puncture} with injection ({Injection}) and the supervision and interpretation of the posterior fossa study ({code}). The pairing of {code} with the injection code is not confirmed (facts §7.7): check the current CPT book.");
                    break;
                case BillingRole.Injecting:
                    Add(Injection, Evidence.Standard);
                    Rationale(Evidence.Standard, $"Two providers split the work: the injecting provider reports the {Puncture} with injection ({Injection}); the provider who supervised and interpreted the posterior fossa study reports {code}.");
                    break;
                case BillingRole.Interpreting:
                    Add(code, Evidence.Unconfirmed);
                    Rationale(Evidence.Unconfirmed, $"Two providers split the work: the interpreting provider reports the supervision and interpretation of the posterior fossa study ({code}); the injection ({Injection}) is reported by the provider who did it. The use of {code} for this study is not confirmed (facts §7.7).");
                    break;
                default:
                    Rationale(Evidence.Confirmed, $"{code} has no professional/technical split (PCTC 0 in the CY2025 and CY2026 PFS files), so the technical claim has no line for the posterior fossa study.");
                    break;
            }
            if (request.Billing != BillingRole.Technical)
                Warning(Evidence.Unconfirmed, $"{code} is a supervision and interpretation code with PCTC 0 (no 26 or TC) in the CY2025 and CY2026 PFS files, which is unusual for such a code: re-check it against the current fee schedule before adding a modifier.");
        }

        // §2.1 "Conventional myelogram followed by CT" [K]: one with-contrast CT code per region scanned.
        void ChooseCt()
        {
            foreach (var region in request.Ct)
            {
                var spine = region == Region.Lumbosacral ? "lumbar spine" : $"{region.Name().ToLowerInvariant()} spine";
                var before = request.CtBefore.Contains(region);
                var code = !Contrast ? SuggestionCodes.CtWithoutContrast[region]
                    : before ? SuggestionCodes.CtWithoutThenWith[region]
                    : SuggestionCodes.CtWithContrast[region];
                if (!Technical && request.CtReader == CtReader.Other)
                {
                    Rationale(Evidence.Standard, $"The CT of the {spine} ({code}) is reported by the provider who read it, not on this claim.");
                    Exclude(code, Evidence.Standard, "The CT is reported by the provider who read it, not on this claim.");
                    continue;
                }
                if (!Contrast)
                {
                    Add(code, Evidence.Standard);
                    Rationale(Evidence.Standard, $"CT of the {spine} without contrast: {code}.");
                    continue;
                }
                if (before)
                {
                    // Facts §1.1/§2.3: the without-then-with code only for a real pre-contrast series; its use in myelography is UNCONFIRMED.
                    Add(code, Evidence.Unconfirmed);
                    Rationale(Evidence.Standard, $"CT of the {spine} scanned before and again after the contrast: one without-then-with code, {code}, not {SuggestionCodes.CtWithoutContrast[region]} plus {SuggestionCodes.CtWithContrast[region]}.");
                    Warning(Evidence.Unconfirmed, $"{code} needs a true pre-contrast series of the {spine} with its own images and report; its use in CT myelography is not confirmed: check the record and the payer.");
                    Exclude(SuggestionCodes.CtWithoutContrast[region], Evidence.Standard, $"The scans before and after the contrast are one without-then-with code ({code}).");
                    Exclude(SuggestionCodes.CtWithContrast[region], Evidence.Standard, $"The scans before and after the contrast are one without-then-with code ({code}).");
                    continue;
                }
                Add(code, Evidence.Standard);
                var outside = Myelogram && !PosteriorFossa && !request.Regions.Contains(region)
                    ? " The myelogram did not image this region; the CT code follows the region scanned."
                    : "";
                Rationale(Evidence.Standard, $"CT of the {spine} after intrathecal contrast: {code}, because intrathecal contrast makes it a with-contrast study; each region scanned gets its own code.{outside}");
            }
        }

        // Modifier 53 (facts §2.5: 52/53 payer-dependent, UNCONFIRMED guidance): only what was begun is reported.
        void ApplyOutcome()
        {
            if (request.Outcome != Outcome.Discontinued || _codes.Count == 0)
                return;
            var (started, _) = _codes[0];
            var notDone = _codes.Skip(1).Select(c => c.Code).ToList();
            _codes.RemoveRange(1, _codes.Count - 1);
            Rationale(Evidence.Standard, $"The procedure was started and discontinued because of the patient's condition: report the planned code {started} with modifier 53 (discontinued procedure).");
            foreach (var code in notDone)
                Exclude(code, Evidence.Standard, "Not done: the procedure was discontinued before this service, and a service not performed is never reported.");
            if (notDone.Count > 0)
                Rationale(Evidence.Standard, $"{Words(notDone)} {(notDone.Count == 1 ? "was" : "were")} planned but not done, so {(notDone.Count == 1 ? "it is" : "they are")} not reported. If the injection was completed and only the imaging was stopped, code the completed injection without 53 instead.");
            Rationale(Evidence.Unconfirmed, "Modifier 52 (reduced services) applies instead when the physician chose to do less than described and completed it; a hospital outpatient department or ASC reports 73 (discontinued before anaesthesia) or 74 (after) on its facility claim, not 53. Payer rules for 52/53 vary: check them.");
        }

        // §2.4/§2.5: one setting decides the component modifiers; 26/TC only on codes with a split (PCTC 1), never on PCTC 0 codes.
        void ChooseModifiers()
        {
            var split = Suggested.Where(c => catalogue.Find(c)?.PcTcIndicator == "1").ToList();
            var whole = Suggested.Where(c => catalogue.Find(c)?.PcTcIndicator == "0").ToList();
            foreach (var missing in Suggested.Where(c => catalogue.Find(c) is null))
                Warning(Evidence.Unconfirmed, $"{missing} is missing from the catalogue, so its label and modifiers were not checked.");

            if (split.Count > 0 && Technical)
            {
                foreach (var code in split)
                    _modifiers[code] = ["TC"];
                Rationale(Evidence.Confirmed, $"{Words(split)} {Have(split)} a professional/technical split: the owner of the equipment reports the technical component with TC; the provider who supervised and interpreted reports the same code{(split.Count == 1 ? "" : "s")} with 26.");
            }
            else if (split.Count > 0 && request.Setting == Setting.Facility)
            {
                foreach (var code in split)
                    _modifiers[code] = ["26"];
                Rationale(Evidence.Confirmed, $"{Words(split)} {Have(split)} a professional/technical split and the setting is a facility (such as a hospital), which bills the technical component on its own claim: this professional claim reports {Words(split.Select(c => c + "-26"))}.");
            }
            else if (split.Count > 0)
            {
                Rationale(Evidence.Confirmed, $"{Words(split)} {Have(split)} a professional/technical split and the setting is an office that owns the equipment: it reports the global code{(split.Count == 1 ? "" : "s")} without 26 or TC, covering both components.");
            }
            if (whole.Count > 0)
                Rationale(Evidence.Confirmed, $"{Words(whole)} {Have(whole)} no professional/technical split, so no 26 or TC modifier applies in any setting.");
            if (request.Outcome == Outcome.Discontinued && _codes.Count > 0)
                _modifiers[_codes[0].Code] = [.. _modifiers.GetValueOrDefault(_codes[0].Code) ?? [], "53"];
        }

        // One unit per code; the MUE in force (shipped or imported) caps it; without one the expected MUE of 1 is UNCONFIRMED.
        void ChooseUnits()
        {
            var unverified = new List<string>();
            foreach (var code in Suggested)
            {
                _units[code] = 1;
                if (!catalogue.Mues.TryGetValue(code, out var mue))
                {
                    unverified.Add(code);
                    continue;
                }
                var source = Source(mue.ImportId);
                if (mue.Value < _units[code])
                {
                    _units[code] = Math.Max(0, mue.Value);
                    Warning(Evidence.Imported, $"MUE ({source}): {code} allows {mue.Value} units ({mue.AdjudicationIndicator}), so its units are capped at {_units[code]}; check whether this provider may report it at all.");
                }
                Rationale(Evidence.Imported, $"MUE ({source}): at most {mue.Value} unit{(mue.Value == 1 ? "" : "s")} of {code} ({mue.AdjudicationIndicator}; {mue.Rationale}); {_units[code]} suggested.");
            }
            if (unverified.Count > 0)
                Rationale(Evidence.Unconfirmed, unverified.Count == 1
                    ? $"1 unit for {unverified[0]}: it is reported once per session; the expected MUE of 1 per date of service is not checked against a CMS MUE file (none imported for this code)."
                    : $"1 unit each for {Words(unverified)}: each is reported once per session; the expected MUE of 1 per date of service is not checked against a CMS MUE file (none imported for these codes).");
        }

        void ExcludeByRules()
        {
            var bundled = SuggestionCodes.Bundled.Values;
            var supervision = SuggestionCodes.SupervisionInterpretation.Values;
            if (Contrast && request.Billing is BillingRole.Injecting or BillingRole.Interpreting)
            {
                foreach (var code in bundled)
                    Exclude(code, Evidence.Confirmed, "Two providers split the work, so neither reports a bundled code (62302-62305), which includes both the injection and the imaging report.");
            }
            if (Technical)
            {
                foreach (var code in bundled.Concat(SuggestionCodes.Injection.Values))
                    Exclude(code, Evidence.Confirmed, "No technical component: 62302-62305, 62284 and 61055 have no professional/technical split (PCTC 0), so they are reported only by the physician who did the procedure.");
            }
            if (PosteriorFossa)
            {
                foreach (var code in bundled)
                    Exclude(code, Evidence.Confirmed, "62302-62305 are myelography of the spinal canal (cervical, thoracic, lumbosacral) through a lumbar injection, not a posterior fossa study.");
            }
            if (Contrast && !Myelogram)
            {
                foreach (var code in bundled.Concat(supervision))
                    Exclude(code, Evidence.Standard, "Only a CT followed the intrathecal contrast; without conventional myelogram images no myelography code (62302-62305, 72240-72270) applies.");
            }
            if (Contrast && request.Billing == BillingRole.Interpreting)
            {
                foreach (var code in SuggestionCodes.Injection.Values)
                    Exclude(code, Evidence.Confirmed, "The injection (62284 or 61055) is reported by the provider who did it, not on the interpreting provider's claim.");
            }
            if (request.Billing == BillingRole.Injecting && !PosteriorFossa)
            {
                foreach (var code in supervision)
                    Exclude(code, Evidence.Confirmed, "The supervision and interpretation (72240-72270) is reported by the provider who did it, not on the injecting provider's claim.");
            }
        }

        // The catalogue's never-with relations, in both directions (§2.3 as written into data/codes). An unconfirmed
        // pairing (check-with) never puts a code on the do-not-report list: it becomes a warning to check.
        void ExcludeByCatalogue()
        {
            var suggested = Suggested.ToHashSet();
            var checkedPairs = new HashSet<string>();
            foreach (var code in catalogue.Codes)
            {
                foreach (var relation in code.Relations)
                {
                    var other = suggested.Contains(code.Id) ? relation.RelatedCode : suggested.Contains(relation.RelatedCode) ? code.Id : null;
                    if (other is null)
                        continue;
                    if (relation.Relation == RelationKind.NeverWith && relation.Evidence != Evidence.Unconfirmed)
                        Exclude(other, relation.Evidence, relation.Reason);
                    else if (relation.Relation == RelationKind.CheckWith && !suggested.Contains(other))
                    {
                        var mine = other == code.Id ? relation.RelatedCode : code.Id;
                        // An imported NCCI edit settles the pair; CheckImportedEdits reports it.
                        if (catalogue.PtpEdits.Any(e => e.DeletionDate is null && IsPair(e, mine, other)) || !checkedPairs.Add($"{mine}/{other}"))
                            continue;
                        Warning(Evidence.Unconfirmed, $"Check the current CPT notes and NCCI edits before reporting {other} with {mine}: {relation.Reason}");
                    }
                }
            }
        }

        // §3.3: column 2 is denied with column 1 (same provider, same day) unless indicator 1 and a justified modifier.
        void CheckImportedEdits()
        {
            if (catalogue.PtpEdits.Count == 0)
            {
                Warning(Evidence.Unconfirmed, "No NCCI PTP file is imported: the do-not-report list comes from CPT rules and standard coding practice, and the current edits and their modifier indicators are not checked.");
                return;
            }
            var suggested = Suggested.ToHashSet();
            var edits = catalogue.PtpEdits
                .Where(e => e.DeletionDate is null && e.ModifierIndicator is 0 or 1)
                .Where(e => suggested.Contains(e.Column1) || suggested.Contains(e.Column2))
                .OrderBy(e => e.Column1, StringComparer.Ordinal).ThenBy(e => e.Column2, StringComparer.Ordinal).ThenBy(e => e.ImportId)
                .ToList();
            var matched = false;
            foreach (var edit in edits)
            {
                var source = Source(edit.ImportId);
                var text = $"NCCI PTP edit ({source}): {edit.Column2} is column 2 to {edit.Column1} ({edit.Rationale}), modifier indicator {edit.ModifierIndicator}";
                var allowed = edit.ModifierIndicator == 0
                    ? "no modifier allows both"
                    : "both only with an NCCI-associated modifier (such as 59 or XU) when the documentation shows a distinct service";
                if (suggested.Contains(edit.Column1) && suggested.Contains(edit.Column2))
                {
                    matched = true;
                    Rationale(Evidence.Imported, $"{text}.");
                    Warning(Evidence.Imported, $"NCCI PTP edit ({source}) pairs two suggested codes: {edit.Column2} is not paid with {edit.Column1} for the same provider and date; {allowed}. Check the edit before reporting both.");
                    continue;
                }
                var other = suggested.Contains(edit.Column1) ? edit.Column2 : edit.Column1;
                if (catalogue.Find(other) is null)
                    continue;
                matched = true;
                Rationale(Evidence.Imported, $"{text}; {other} is listed under do not report.");
                Exclude(other, Evidence.Imported, $"{text}: {allowed}.");
            }
            if (!matched)
                Rationale(Evidence.Imported, $"NCCI PTP edits (imported, {Words(catalogue.PtpEdits.Select(e => e.ImportId).Distinct().Order().Select(SourceFile))}) checked: none pairs a suggested code with another myelography code.");
        }

        void AddWarnings()
        {
            var suggested = Suggested.ToHashSet();
            // §2.3: fluoroscopy is part of myelography [K].
            if (suggested.Overlaps(SuggestionCodes.Bundled.Values.Concat(SuggestionCodes.SupervisionInterpretation.Values)))
                Warning(Evidence.Standard, $"Fluoroscopic guidance ({SuggestionCodes.FluoroscopicGuidance}) is part of myelography: do not report it separately.");
            if (!Contrast)
                Warning(Evidence.Standard, "If IV contrast was given, the CT is a with-contrast study (72126, 72129, 72132); this screen covers intrathecal contrast only, so check the record for IV contrast.");
            // §3.1 [C]: NA in the non-facility column.
            if (request.Setting == Setting.Office)
            {
                foreach (var code in suggested.Intersect(SuggestionCodes.NotPayableInOffice).Order(StringComparer.Ordinal))
                    Warning(Evidence.Confirmed, $"{code} is NA (not payable) in the non-facility (office) setting of the CY2025 and CY2026 Medicare fee schedules: check the place of service before billing it from an office.");
                if (request.Ct.Count > 0 && request.CtReader == CtReader.Other && !Technical)
                    Warning(Evidence.Standard, "In an office that owns the CT scanner, the practice also reports the CT's technical component with TC (billing=technical) while the reading provider reports it with 26.");
            }
        }

        static bool IsPair(PtpEdit edit, string a, string b) =>
            (edit.Column1 == a && edit.Column2 == b) || (edit.Column1 == b && edit.Column2 == a);

        void Add(string code, Evidence evidence)
        {
            if (!_codes.Any(c => c.Code == code))
                _codes.Add((code, evidence));
        }

        void Rationale(Evidence evidence, string text) => _rationale.Add(new Note(text, evidence));

        void Warning(Evidence evidence, string text) => _warnings.Add(new Note(text, evidence));

        void Exclude(string code, Evidence evidence, string reason)
        {
            if (!_excluded.TryGetValue(code, out var reasons))
                _excluded[code] = reasons = [];
            if (!reasons.Any(r => r.Text == reason))
                reasons.Add(new Note(reason, evidence));
        }

        string Label(string code) => catalogue.Find(code)?.ShortLabel ?? "";

        // "imported, file ccipra-v321r0-f1.txt, 2026Q1"; the MUE file shipped in data/codes says so instead.
        string Source(int importId) => catalogue.Imports.FirstOrDefault(i => i.Id == importId) is { Shipped: true } shipped
            ? $"shipped with MyeloCode, file {shipped.FileName}, effective {shipped.DataVersion}"
            : $"imported, {SourceFile(importId)}";

        string SourceFile(int importId) => catalogue.Imports.FirstOrDefault(i => i.Id == importId) is { } import
            ? $"file {import.FileName}{(import.DataVersion is { } version ? $", {version}" : "")}"
            : $"import {importId}";

        static string Have(List<string> codes) => codes.Count == 1 ? "has" : "have";

        static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

        /// <summary>"a", "a and b", "a, b and c".</summary>
        static string Words(IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
        }
    }
}
