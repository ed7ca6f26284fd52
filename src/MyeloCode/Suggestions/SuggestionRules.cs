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
        readonly List<(string Code, Basis Basis)> _codes = [];
        readonly Dictionary<string, List<string>> _modifiers = [];
        readonly Dictionary<string, int> _units = [];
        readonly List<Note> _rationale = [];
        readonly List<Note> _warnings = [];
        readonly SortedDictionary<string, List<Note>> _excluded = new(StringComparer.Ordinal);

        bool Myelogram => request.Regions.Count > 0;
        bool Contrast => request.Route != InjectionRoute.None;
        string Injection => SuggestionCodes.Injection[request.Route];
        string Supervision => SuggestionCodes.SupervisionInterpretation[request.Regions.Count >= 2 ? Region.TwoOrMore : request.Regions[0]];
        string Puncture => request.Route == InjectionRoute.C1C2 ? "C1-C2 or cisternal puncture" : "lumbar puncture";
        IEnumerable<string> Suggested => _codes.Select(c => c.Code);

        public Suggestion Build()
        {
            ChooseProcedure();
            ChooseCt();
            AddWarnings();
            ChooseModifiers();
            ChooseUnits();
            ExcludeByRules();
            ExcludeByCatalogue();
            CheckImportedEdits();

            var codes = _codes.Select(c => new SuggestedCode(c.Code, _modifiers.GetValueOrDefault(c.Code) ?? [], _units[c.Code], Label(c.Code), c.Basis));
            var excluded = _excluded.Where(e => !Suggested.Contains(e.Key)).Select(e => new Exclusion(e.Key, Label(e.Key), e.Value));
            return new Suggestion([.. codes], [.. _rationale], [.. _warnings], [.. excluded]);
        }

        // §2.1: bundled 62302-62305 for one provider and a lumbar injection; 61055 + S&I for C1-C2; split → 62284/61055 vs 72240-72270.
        void ChooseProcedure()
        {
            if (Myelogram)
            {
                var regions = Words(request.Regions.Select(r => r.Name().ToLowerInvariant()));
                switch (request.Billing)
                {
                    case BillingRole.Both when request.Route == InjectionRoute.Lumbar:
                        var bundled = SuggestionCodes.Bundled[request.Regions.Count >= 2 ? Region.TwoOrMore : request.Regions[0]];
                        Add(bundled, Basis.Confirmed);
                        Rationale(Basis.Confirmed, $"One provider did the lumbar injection and supervised and interpreted the {regions} myelogram: report {bundled}, which bundles the injection with the supervision and interpretation.");
                        break;
                    case BillingRole.Both:
                        Add(Injection, Basis.Confirmed);
                        Add(Supervision, Basis.Confirmed);
                        Rationale(Basis.Confirmed, $"Contrast went in by a C1-C2 or cisternal puncture, and the bundled 62302-62305 cover a lumbar injection only: this provider reports the puncture ({Injection}) and the supervision and interpretation of the {regions} myelogram ({Supervision}) as two codes.");
                        break;
                    case BillingRole.Injecting:
                        Add(Injection, Basis.Confirmed);
                        Rationale(Basis.Confirmed, $"Two providers split the work: the injecting provider reports only the {Puncture} and injection ({Injection}); the provider who supervised and interpreted the {regions} myelogram reports {Supervision} on their own claim.");
                        break;
                    default:
                        Add(Supervision, Basis.Confirmed);
                        Rationale(Basis.Confirmed, $"Two providers split the work: the interpreting provider reports the supervision and interpretation of the {regions} myelogram ({Supervision}); the provider who did the {Puncture} reports the injection ({Injection}).");
                        break;
                }
                if (request.Regions.Count >= 2 && request.Billing != BillingRole.Injecting)
                {
                    var once = request.Billing == BillingRole.Both && request.Route == InjectionRoute.Lumbar ? "62305" : "72270";
                    Rationale(Basis.Confirmed, $"{Capitalised(regions)} were imaged in one session: {once} is reported once for two or more regions, never one code per region.");
                }
            }
            else if (Contrast)
            {
                // §2.1 "CT only after intrathecal contrast" [K].
                if (request.Billing == BillingRole.Interpreting)
                {
                    Rationale(Basis.Standard, $"Only a CT followed the intrathecal contrast, with no conventional myelogram images: the interpreting provider reports the CT; no myelography S&I code (72240-72270) applies, and the injection ({Injection}) is reported by the provider who did it.");
                    return;
                }
                Add(Injection, Basis.Standard);
                Rationale(Basis.Standard, request.Billing == BillingRole.Both
                    ? $"Only a CT followed the intrathecal contrast, with no conventional myelogram images: report the injection ({Injection}) and the CT; the bundled 62302-62305 and the myelography S&I codes 72240-72270 do not apply."
                    : $"Only a CT followed the intrathecal contrast, with no conventional myelogram images: the injecting provider reports the injection ({Injection}); the bundled 62302-62305 do not apply.");
            }
            else
            {
                // §2.1 "CT without any intrathecal/IV contrast" [K].
                Rationale(Basis.Standard, "No intrathecal contrast was given: this is a CT without contrast, not a CT myelogram, so each region scanned gets its without-contrast code and no myelography or injection code applies.");
            }
        }

        // §2.1 "Conventional myelogram followed by CT" [K]: one with-contrast CT code per region scanned.
        void ChooseCt()
        {
            foreach (var region in request.Ct)
            {
                var spine = region == Region.Lumbosacral ? "lumbar spine" : $"{region.Name().ToLowerInvariant()} spine";
                if (!Contrast)
                {
                    var plain = SuggestionCodes.CtWithoutContrast[region];
                    Add(plain, Basis.Standard);
                    Rationale(Basis.Standard, $"CT of the {spine} without contrast: {plain}.");
                    continue;
                }
                var code = SuggestionCodes.CtWithContrast[region];
                if (request.Billing == BillingRole.Injecting)
                {
                    Rationale(Basis.Standard, $"The CT of the {spine} ({code}) is reported by the provider who read it, not on the injecting provider's claim.");
                    continue;
                }
                Add(code, Basis.Standard);
                var outside = Myelogram && !request.Regions.Contains(region)
                    ? " The myelogram did not image this region; the CT code follows the region scanned."
                    : "";
                Rationale(Basis.Standard, $"CT of the {spine} after intrathecal contrast: {code}, because intrathecal contrast makes it a with-contrast study; each region scanned gets its own code.{outside}");
            }
        }

        // §2.4/§2.5: 26 only on codes with a professional/technical split (PCTC 1 in the catalogue), never on PCTC 0 codes.
        void ChooseModifiers()
        {
            var split = Suggested.Where(c => catalogue.Find(c)?.PcTcIndicator == "1").ToList();
            var whole = Suggested.Where(c => catalogue.Find(c)?.PcTcIndicator == "0").ToList();
            foreach (var missing in Suggested.Where(c => catalogue.Find(c) is null))
                Warning(Basis.Unconfirmed, $"{missing} is missing from the catalogue, so its label and modifiers were not checked.");

            if (split.Count > 0 && request.Billing == BillingRole.Interpreting)
            {
                foreach (var code in split)
                    _modifiers[code] = ["26"];
                Rationale(Basis.Confirmed, $"{Words(split)} {Have(split)} a professional/technical split: the provider who only supervised and interpreted reports the professional component, with modifier 26.");
                Warning(Basis.Confirmed, $"Modifier 26 assumes a facility (such as a hospital) bills the technical component. If this provider's practice owns the equipment and also provided the technical part, report {Words(split)} without 26 (global).");
            }
            else if (split.Count > 0)
            {
                Warning(Basis.Confirmed, $"{Words(split)} {Have(split)} a professional/technical split and {(split.Count == 1 ? "is" : "are")} shown without a modifier (global), as billed by a practice that owns the equipment. In a facility (such as a hospital) the physician appends 26 ({Words(split.Select(c => c + "-26"))}) and the facility bills the technical part.");
            }
            if (whole.Count > 0)
                Rationale(Basis.Confirmed, $"{Words(whole)} {Have(whole)} no professional/technical split, so no 26 or TC modifier applies.");
        }

        // One unit per code; an imported MUE caps it (§2.6: the expected MUE of 1 is UNCONFIRMED without the file).
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
                    Warning(Basis.Imported, $"MUE (imported, {source}): {code} allows {mue.Value} units ({mue.AdjudicationIndicator}), so its units are capped at {_units[code]}; check whether this provider may report it at all.");
                }
                Rationale(Basis.Imported, $"MUE (imported, {source}): at most {mue.Value} unit{(mue.Value == 1 ? "" : "s")} of {code} ({mue.AdjudicationIndicator}; {mue.Rationale}); {_units[code]} suggested.");
            }
            if (unverified.Count > 0)
                Rationale(Basis.Unconfirmed, unverified.Count == 1
                    ? $"1 unit for {unverified[0]}: it is reported once per session; the expected MUE of 1 per date of service is not checked against a CMS MUE file (none imported for this code)."
                    : $"1 unit each for {Words(unverified)}: each is reported once per session; the expected MUE of 1 per date of service is not checked against a CMS MUE file (none imported for these codes).");
        }

        void ExcludeByRules()
        {
            var bundled = SuggestionCodes.Bundled.Values;
            var supervision = SuggestionCodes.SupervisionInterpretation.Values;
            if (Contrast && request.Billing != BillingRole.Both)
            {
                foreach (var code in bundled)
                    Exclude(code, Basis.Confirmed, "Two providers split the work, so neither reports a bundled code (62302-62305), which includes both the injection and the imaging report.");
            }
            if (Contrast && !Myelogram)
            {
                foreach (var code in bundled.Concat(supervision))
                    Exclude(code, Basis.Standard, "Only a CT followed the intrathecal contrast; without conventional myelogram images no myelography code (62302-62305, 72240-72270) applies.");
            }
            if (Contrast && request.Billing == BillingRole.Interpreting)
            {
                foreach (var code in SuggestionCodes.Injection.Values)
                    Exclude(code, Basis.Confirmed, "The injection (62284 or 61055) is reported by the provider who did it, not on the interpreting provider's claim.");
            }
            if (request.Billing == BillingRole.Injecting)
            {
                foreach (var code in supervision)
                    Exclude(code, Basis.Confirmed, "The supervision and interpretation (72240-72270) is reported by the provider who did it, not on the injecting provider's claim.");
                foreach (var region in request.Ct)
                    Exclude(SuggestionCodes.CtWithContrast[region], Basis.Standard, "The CT is reported by the provider who read it, not on the injecting provider's claim.");
            }
        }

        // The catalogue's never-with relations, in both directions (§2.3 as written into data/codes).
        void ExcludeByCatalogue()
        {
            var suggested = Suggested.ToHashSet();
            foreach (var code in catalogue.Codes)
            {
                foreach (var relation in code.Relations.Where(r => r.Relation == RelationKind.NeverWith))
                {
                    if (suggested.Contains(code.Id))
                        Exclude(relation.RelatedCode, relation.Evidence.ToBasis(), relation.Reason);
                    else if (suggested.Contains(relation.RelatedCode))
                        Exclude(code.Id, relation.Evidence.ToBasis(), relation.Reason);
                }
            }
        }

        // §3.3: column 2 is denied with column 1 (same provider, same day) unless indicator 1 and a justified modifier.
        void CheckImportedEdits()
        {
            if (catalogue.PtpEdits.Count == 0)
            {
                Warning(Basis.Unconfirmed, "No NCCI PTP file is imported: the do-not-report list comes from CPT rules and standard coding practice, and the current edits and their modifier indicators are not checked.");
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
                var text = $"NCCI PTP edit (imported, {source}): {edit.Column2} is column 2 to {edit.Column1} ({edit.Rationale}), modifier indicator {edit.ModifierIndicator}";
                var allowed = edit.ModifierIndicator == 0
                    ? "no modifier allows both"
                    : "both only with an NCCI-associated modifier (such as 59 or XU) when the documentation shows a distinct service";
                if (suggested.Contains(edit.Column1) && suggested.Contains(edit.Column2))
                {
                    matched = true;
                    Rationale(Basis.Imported, $"{text}.");
                    Warning(Basis.Imported, $"NCCI PTP edit (imported, {source}) pairs two suggested codes: {edit.Column2} is not paid with {edit.Column1} for the same provider and date; {allowed}. Check the edit before reporting both.");
                    continue;
                }
                var other = suggested.Contains(edit.Column1) ? edit.Column2 : edit.Column1;
                if (catalogue.Find(other) is null)
                    continue;
                matched = true;
                Rationale(Basis.Imported, $"{text}; {other} is listed under do not report.");
                Exclude(other, Basis.Imported, $"{text}: {allowed}.");
            }
            if (!matched)
                Rationale(Basis.Imported, $"NCCI PTP edits (imported, {Words(catalogue.PtpEdits.Select(e => e.ImportId).Distinct().Order().Select(Source))}) checked: none pairs a suggested code with another myelography code.");
        }

        void AddWarnings()
        {
            var suggested = Suggested.ToHashSet();
            // §2.3: fluoroscopy is part of myelography [K].
            if (suggested.Overlaps(SuggestionCodes.Bundled.Values.Concat(SuggestionCodes.SupervisionInterpretation.Values)))
                Warning(Basis.Standard, $"Fluoroscopic guidance ({SuggestionCodes.FluoroscopicGuidance}) is part of myelography: do not report it separately.");
            // §2.3 and §7.3: 62284 with 77003 is UNCONFIRMED, unless an imported edit settles it.
            var lumbar = SuggestionCodes.Injection[InjectionRoute.Lumbar];
            if (suggested.Contains(lumbar) && !catalogue.PtpEdits.Any(e => e.DeletionDate is null && IsPair(e, lumbar, SuggestionCodes.FluoroscopicGuidance)))
                Warning(Basis.Unconfirmed, $"Whether fluoroscopic needle guidance ({SuggestionCodes.FluoroscopicGuidance}) may be reported with {lumbar}, for example for a CT-only myelogram, is not settled; check the current NCCI edits before reporting it.");
            if (!Contrast)
                Warning(Basis.Standard, "If IV contrast was given, the CT is a with-contrast study (72126, 72129, 72132); this screen covers intrathecal contrast only, so check the record for IV contrast.");
        }

        static bool IsPair(PtpEdit edit, string a, string b) =>
            (edit.Column1 == a && edit.Column2 == b) || (edit.Column1 == b && edit.Column2 == a);

        void Add(string code, Basis basis)
        {
            if (!_codes.Any(c => c.Code == code))
                _codes.Add((code, basis));
        }

        void Rationale(Basis basis, string text) => _rationale.Add(new Note(text, basis));

        void Warning(Basis basis, string text) => _warnings.Add(new Note(text, basis));

        void Exclude(string code, Basis basis, string reason)
        {
            if (!_excluded.TryGetValue(code, out var reasons))
                _excluded[code] = reasons = [];
            if (!reasons.Any(r => r.Text == reason))
                reasons.Add(new Note(reason, basis));
        }

        string Label(string code) => catalogue.Find(code)?.ShortLabel ?? "";

        string Source(int importId) => catalogue.Imports.FirstOrDefault(i => i.Id == importId) is { } import
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
