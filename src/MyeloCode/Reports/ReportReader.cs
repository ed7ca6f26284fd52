using System.Text.RegularExpressions;
using MyeloCode.Catalogue;
using MyeloCode.Suggestions;
using static MyeloCode.Reports.ReportPatterns;

namespace MyeloCode.Reports;

/// <summary>
/// Reads a procedure report into the <c>/api/suggest</c> questions, each answer with the words it rests on, and lists
/// what the report does not settle. Pure and deterministic: the text in, the reading out; the text is not logged,
/// cached or kept (the reading holds positions only). See docs/report-reading.md.
/// </summary>
public static class ReportReader
{
    /// <summary>The longest report taken, in UTF-8 bytes: a whole dictated report is a few KB.</summary>
    public const int MaxReportBytes = 64 * 1024;

    public static bool IsTooLong(string report) => System.Text.Encoding.UTF8.GetByteCount(report) > MaxReportBytes;

    public static ReportReading Read(string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var read = new Reading(report, ReportSections.Split(report));
        read.Imaging();
        read.Outcome();
        read.Route();
        read.Contrast();
        read.WhoDidWhat();
        read.Setting();
        return read.ToReading();
    }

    enum CueKind { CtAfter, CtBefore, CtBeforeAndAfter, Conventional }

    /// <summary>An imaging step; <c>Qualifier</c>: the words that make a CT one before the contrast ("non-contrast").</summary>
    readonly record struct Cue(CueKind Kind, TextSpan Span, bool Negated, bool Past, bool Future, TextSpan? Qualifier = null)
    {
        public bool IsCt => Kind != CueKind.Conventional;
    }

    /// <summary>A region named for an imaging step (its cue); <c>Left</c> when the report says it was not imaged.</summary>
    readonly record struct Imaged(Region[] Regions, Cue Cue, TextSpan Evidence, bool Left);

    enum PunctureKind { Lumbar, C1C2 }

    readonly record struct Puncture(PunctureKind Kind, TextSpan Span, string? Level, bool Failed, TextSpan Clause, bool IsLevel);

    enum PersonKind { Self, Named, Unnamed }

    readonly record struct Person(PersonKind Kind, string Name)
    {
        public string Shown => Kind switch { PersonKind.Self => "the report's author", PersonKind.Named => $"Dr. {Name}", _ => Name };
    }

    sealed class Reading(string text, ReportSections layout)
    {
        readonly Dictionary<ReportQuestion, Finding> _findings = [];
        readonly Dictionary<ReportQuestion, MissingFact> _missing = [];
        readonly List<Cue> _cues = [];
        readonly List<Imaged> _imaged = [];
        bool _ctMentioned;
        bool _discontinued;
        Person? _claimOf;

        public ReportReading ToReading() => new(
            [.. _findings.OrderBy(f => f.Key).Select(f => f.Value)],
            [.. _missing.OrderBy(m => m.Key).Select(m => m.Value)]);

        // ---- What was imaged: conventional films and CT, before and after the contrast ----

        public void Imaging()
        {
            var ctSpans = new List<TextSpan>();
            foreach (Match m in CtCue().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!Today(span))
                    continue;
                ctSpans.Add(span);
            }
            for (var i = 0; i < ctSpans.Count; i++)
            {
                var span = ctSpans[i];
                var clause = layout.ClauseAt(span.Start);
                // The words about this CT run from the previous CT phrase to the next one, within the clause.
                var from = Math.Max(clause.Start, i > 0 ? ctSpans[i - 1].End : 0);
                var to = Math.Min(clause.End, i + 1 < ctSpans.Count ? ctSpans[i + 1].Start : text.Length);
                var both = BeforeAndAfter().Match(text, from, to - from);
                var before = both.Success ? both : BeforeContrast().Match(text, from, to - from);
                var kind = both.Success ? CueKind.CtBeforeAndAfter : before.Success ? CueKind.CtBefore : CueKind.CtAfter;
                _cues.Add(MakeCue(kind, span) with { Qualifier = before.Success ? new TextSpan(before.Index, before.Length) : null });
            }
            foreach (Match m in ConventionalCue().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (Today(span) && !ctSpans.Any(ct => Overlaps(ct, span)))
                    _cues.Add(MakeCue(CueKind.Conventional, span));
            }
            _cues.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            _ctMentioned = _cues.Any(c => c.IsCt && !c.Past);

            foreach (Match m in RegionWords().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!Today(span) || CueFor(span) is not { } cue)
                    continue;
                var sentence = layout.SentenceAt(span.Start);
                var evidence = TextSpan.FromTo(Math.Min(span.Start, cue.Span.Start), Math.Max(span.End, cue.Span.End));
                if (cue.Past || Past(span) || cue.Future || Future(span))
                    continue;
                var left = cue.Negated || RegionLeftOutBefore().IsMatch(Before(span, 40)) || NegationAfter().IsMatch(After(span, 60));
                _imaged.Add(new Imaged(RegionsOf(m), cue, left ? Trim(layout.ClauseAt(span.Start)) : Clip(evidence, sentence), left));
            }

            ReadConventional();
            ReadCt();
        }

        void ReadConventional()
        {
            var films = _imaged.Where(i => i.Cue.Kind == CueKind.Conventional).ToList();
            var taken = Set(films.Where(i => !i.Left));
            var left = Set(films.Where(i => i.Left));
            taken.ExceptWith(left);
            var noFilms = NoFilming().Matches(text).Select(m => new TextSpan(m.Index, m.Length))
                .Where(s => Today(s) && !Past(s) && !Future(s)).ToList();
            // A conventional step said not to be done, with no region named, also says no films.
            noFilms.AddRange(_cues.Where(c => c.Kind == CueKind.Conventional && c.Negated && !c.Past && !c.Future
                && !_imaged.Any(i => i.Cue == c)).Select(c => Trim(layout.ClauseAt(c.Span.Start))));

            if (taken.Contains(Region.PosteriorFossa) && taken.Count > 1)
            {
                Missing(ReportQuestion.Regions, "The report names the posterior fossa and spinal regions; they are coded as separate cases, and the report does not say which one this claim is for.",
                    "Was this a study of the posterior fossa, of the spinal canal, or both as separate studies?");
                return;
            }
            if (taken.Count > 0)
            {
                var evidence = films.Where(i => !i.Left || taken.Overlaps(i.Regions) || left.Count > 0).Select(i => i.Evidence);
                var basis = left.Count > 0
                    ? $"Imaged: {Names(taken)}; the report says the {Names(left)} {(left.Count > 1 ? "were" : "was")} not imaged."
                    : $"Imaged by myelography: {Names(taken)}.";
                Answer(ReportQuestion.Regions, Slugs(taken), evidence, basis);
            }
            else if (noFilms.Count > 0 || left.Count > 0)
            {
                // No conventional films: a CT-only myelogram, if a CT followed; set aside until the CT is read.
                _noFilms = [.. noFilms, .. films.Where(i => i.Left).Select(i => i.Evidence)];
            }
        }

        List<TextSpan>? _noFilms;

        void ReadCt()
        {
            var ct = _imaged.Where(i => i.Cue.IsCt).ToList();
            var after = Set(ct.Where(i => !i.Left && i.Cue.Kind != CueKind.CtBefore));
            var before = Set(ct.Where(i => !i.Left && i.Cue.Kind != CueKind.CtAfter));
            var leftOut = Set(ct.Where(i => i.Left));
            after.ExceptWith(leftOut);
            after.Remove(Region.PosteriorFossa);
            before.ExceptWith(leftOut);
            before.Remove(Region.PosteriorFossa);
            var ctDone = _cues.Where(c => c.IsCt && !c.Negated && !c.Past && !c.Future).ToList();
            var ctNot = _cues.Where(c => c.IsCt && c.Negated && !c.Past && !c.Future).ToList();

            if (after.Count > 0)
            {
                Answer(ReportQuestion.Ct, Slugs(after), ct.Where(i => !i.Left && i.Cue.Kind != CueKind.CtBefore).Select(i => i.Evidence),
                    $"CT after the contrast: {Names(after)}.");
            }
            else if (ctDone.Any(c => c.Kind != CueKind.CtBefore))
            {
                Missing(ReportQuestion.Ct, "The report says a CT followed the contrast but not which regions it covered.",
                    "Which spinal regions (cervical, thoracic, lumbosacral) did the CT after the intrathecal contrast cover?");
            }
            else if (ctNot.Count > 0 || leftOut.Count > 0)
            {
                Answer(ReportQuestion.Ct, "", ctNot.Select(c => Trim(layout.ClauseAt(c.Span.Start))).Concat(ct.Where(i => i.Left).Select(i => i.Evidence)),
                    "The report says no CT was done after the contrast.");
            }
            else
            {
                Missing(ReportQuestion.Ct, "The report does not say whether a CT followed the contrast.",
                    "Was a CT performed after the intrathecal contrast? If so, of which spinal regions (cervical, thoracic, lumbosacral)?");
            }

            before.IntersectWith(after);
            if (before.Count > 0)
            {
                Answer(ReportQuestion.CtBefore, Slugs(before), ct.Where(i => !i.Left && i.Cue.Kind != CueKind.CtAfter && before.Overlaps(i.Regions)).SelectMany(WithQualifier),
                    $"A CT series without contrast before the contrast, and one after it: {Names(before)}.");
            }

            if (_findings.ContainsKey(ReportQuestion.Regions) || _missing.ContainsKey(ReportQuestion.Regions))
                return;
            if (_noFilms is { Count: > 0 } && (after.Count > 0 || ctDone.Count > 0))
                Answer(ReportQuestion.Regions, "", _noFilms, "No conventional myelographic films: the contrast was followed by a CT only.");
            else
                Missing(ReportQuestion.Regions, "The report does not say which regions (cervical, thoracic, lumbosacral) were imaged by myelography.",
                    "Which spinal regions (cervical, thoracic, lumbosacral) were imaged with conventional myelographic views, if any?");
        }

        // ---- Outcome: stopped before it was done, or images were obtained ----

        public void Outcome()
        {
            var stops = Stopped().Matches(text).Select(m => new TextSpan(m.Index, m.Length))
                .Where(s => Today(s) && !Past(s) && ProcedureWord().IsMatch(Slice(layout.ClauseAt(s.Start))))
                .Select(s => Trim(layout.ClauseAt(s.Start))).ToList();
            if (stops.Count > 0)
            {
                _discontinued = true;
                Answer(ReportQuestion.Outcome, Catalogue.Outcome.Discontinued.Slug(), stops, "The report says the procedure was stopped before it was done.");
                // Steps not done are not coded; the CT question does not arise.
                _missing.Remove(ReportQuestion.Ct);
                return;
            }
            var imaged = new[] { ReportQuestion.Regions, ReportQuestion.Ct }.Select(q => _findings.GetValueOrDefault(q))
                .OfType<Finding>().Where(f => f.Answer.Length > 0).SelectMany(f => f.Evidence).ToList();
            if (imaged.Count > 0)
                Answer(ReportQuestion.Outcome, Catalogue.Outcome.Completed.Slug(), imaged, "Images were obtained and nothing in the report says the procedure was stopped.");
            else
                Missing(ReportQuestion.Outcome, "The report does not say that images were obtained, nor that the procedure was stopped.",
                    "Was the procedure completed? If it was stopped, at which step and why?");
        }

        // ---- Route: the puncture that delivered the contrast ----

        public void Route()
        {
            var punctures = new List<Puncture>();
            foreach (Match m in PunctureWords().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                var section = layout.SectionAt(span.Start);
                if (section.IsPast)
                    continue;
                var clause = layout.ClauseAt(span.Start);
                var bare = m.Groups["level"].Success || m.Groups["c12level"].Success;
                // A bare level is a puncture only beside a needle word, and never in the findings (where levels are
                // anatomy). Checked first: a long findings section names many levels, and this test is the cheapest.
                if (bare && (section.Kind is SectionKind.Findings or SectionKind.Impression || !NeedleWord().IsMatch(Slice(clause))))
                    continue;
                if (Past(span) || Future(span))
                    continue;
                var kind = m.Groups["lumbar"].Success || m.Groups["level"].Success ? PunctureKind.Lumbar : PunctureKind.C1C2;
                punctures.Add(new Puncture(kind, span, LevelOf(m), Failed(span, clause), clause, bare));
            }
            // A level in the same clause as "LP" or "lumbar puncture" is the same puncture: it gives the level.
            punctures = [.. punctures.Select(p => p.Level is null && punctures.FirstOrDefault(q => q.Kind == p.Kind && q.Level is not null && q.Clause == p.Clause) is { Level: { } level } ? p with { Level = level } : p)];

            var succeeded = punctures.Where(p => !p.Failed).ToList();
            var kinds = succeeded.Select(p => p.Kind).Distinct().ToList();
            if (kinds.Count == 1)
            {
                AnswerRoute(kinds[0], succeeded, punctures.Where(p => p.Failed && p.Kind != kinds[0]).ToList());
                return;
            }
            if (kinds.Count > 1)
            {
                Missing(ReportQuestion.Route, "The report names both a lumbar and a C1-C2 or cisternal puncture and does not say which one delivered the contrast.",
                    "Which puncture delivered the intrathecal contrast: the lumbar puncture or the C1-C2 (or cisternal) puncture?");
                return;
            }
            if (punctures.Count > 0 && _discontinued)
            {
                // Stopped after a puncture that did not succeed: the route is the one begun.
                var begun = punctures[^1].Kind;
                AnswerRoute(begun, punctures.Where(p => p.Kind == begun).ToList(), []);
                return;
            }
            if (punctures.Count == 0 && NoContrastCtOnly())
                return;
            Missing(ReportQuestion.Route, punctures.Count > 0
                    ? "The report names only punctures that did not succeed and does not say how the contrast was given."
                    : "The report does not say where the puncture that delivered the contrast was made.",
                "Where was the puncture that delivered the intrathecal contrast made (a lumbar level, lateral C1-C2, or cisternal)?");
        }

        void AnswerRoute(PunctureKind kind, List<Puncture> used, List<Puncture> failed)
        {
            var route = kind == PunctureKind.Lumbar ? InjectionRoute.Lumbar : InjectionRoute.C1C2;
            var level = used.Select(p => p.Level).FirstOrDefault(l => l is not null);
            var basis = failed.Count > 0
                ? $"The {(failed[0].Kind == PunctureKind.Lumbar ? "lumbar" : "C1-C2")} attempt did not succeed; the contrast went in by the {route.Name().ToLowerInvariant()}."
                : $"{route.Name()}{(level is null ? "" : $" at {level}")}.";
            Answer(ReportQuestion.Route, route.Slug(), failed.Select(p => Trim(p.Clause)).Concat(used.Select(p => p.Span)), basis);
            if (level is not null)
                Answer(ReportQuestion.NeedleLevel, level, used.Where(p => p.Level == level).OrderBy(p => p.IsLevel ? 0 : 1).Select(p => p.Span).Take(1), "The level of the puncture that delivered the contrast.");
        }

        /// <summary>No puncture, no contrast agent, and every CT named without contrast: a plain CT, no intrathecal contrast.</summary>
        bool NoContrastCtOnly()
        {
            var ct = _imaged.Where(i => i.Cue.IsCt && !i.Left).ToList();
            if (ct.Count == 0 || ct.Any(i => i.Cue.Kind != CueKind.CtBefore) || ContrastAgent().Matches(text).Any(m => Today(new TextSpan(m.Index, m.Length))))
                return false;
            var regions = Set(ct);
            regions.Remove(Region.PosteriorFossa);
            var evidence = ct.SelectMany(WithQualifier).ToList();
            Answer(ReportQuestion.Route, InjectionRoute.None.Slug(), evidence, "No puncture and no contrast agent are named, and the CT was done without contrast.");
            Answer(ReportQuestion.Ct, Slugs(regions), evidence, $"CT without contrast: {Names(regions)}.");
            _findings.Remove(ReportQuestion.CtBefore);
            _missing.Remove(ReportQuestion.Ct);
            if (!_findings.ContainsKey(ReportQuestion.Regions))
            {
                _missing.Remove(ReportQuestion.Regions);
                Answer(ReportQuestion.Regions, "", evidence, "No myelogram: a CT without contrast only.");
            }
            if (_missing.Remove(ReportQuestion.Outcome))
                Answer(ReportQuestion.Outcome, Catalogue.Outcome.Completed.Slug(), evidence, "The CT was done.");
            return true;
        }

        static IEnumerable<TextSpan> WithQualifier(Imaged imaged) =>
            imaged.Cue.Qualifier is { } qualifier ? [imaged.Evidence, qualifier] : [imaged.Evidence];

        bool Failed(TextSpan puncture, TextSpan clause)
        {
            // A failure word in the puncture's own clause, or later in the sentence before another puncture is named
            // ("LP at L3-4, but no CSF"), unless its own clause says it worked.
            var own = Slice(clause);
            var fail = PunctureFailed().Match(text, clause.Start, clause.Length);
            var success = PunctureSucceeded().Match(text, clause.Start, clause.Length);
            if (fail.Success && success.Success)
                return Math.Abs(fail.Index - puncture.Start) < Math.Abs(success.Index - puncture.Start);
            if (fail.Success)
                return true;
            if (success.Success)
                return false;
            var sentence = layout.SentenceAt(puncture.Start);
            var rest = TextSpan.FromTo(clause.End, sentence.End);
            var later = PunctureFailed().Match(text, rest.Start, rest.Length);
            if (later.Success && !PunctureWords().IsMatch(text.AsSpan(rest.Start, later.Index - rest.Start)))
                return true;
            return PunctureAttempted().IsMatch(own) && !PunctureSucceeded().IsMatch(Slice(sentence));
        }

        static string? LevelOf(Match m)
        {
            if (m.Groups["level"].Success)
                return m.Groups["from"].Success ? $"L{m.Groups["from"].Value}-L{m.Groups["to"].Value}" : "L5-S1";
            if (m.Groups["c12level"].Success || m.Value.Contains('1', StringComparison.Ordinal))
                return "C1-C2";
            return m.Value.StartsWith("cistern", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("suboccipital", StringComparison.OrdinalIgnoreCase) ? "cisternal" : null;
        }

        // ---- Contrast agent and volume (checklist facts, facts file §6) ----

        public void Contrast()
        {
            foreach (Match m in ContrastAgent().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!Today(span) || Past(span))
                    continue;
                var agent = m.Groups["agent"].Value + (m.Groups["conc"].Success ? $" {m.Groups["conc"].Value}" : "");
                Answer(ReportQuestion.ContrastAgent, agent, [span], "The contrast agent as named in the report.");
                break;
            }
            foreach (Match m in Volume().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                var sentence = Slice(layout.SentenceAt(span.Start));
                if (!Today(span) || Past(span) || !(ContrastWord().IsMatch(sentence) || ContrastAgent().IsMatch(sentence)))
                    continue;
                Answer(ReportQuestion.ContrastVolume, $"{m.Groups["amount"].Value} mL", [span], "The volume of contrast as given in the report (cc = mL).");
                break;
            }
        }

        // ---- Who did what: billing and who read the CT, only when plainly stated ----

        public void WhoDidWhat()
        {
            var author = SignedBy().Matches(text).Select(m => PersonOf(m)).FirstOrDefault(p => p.Kind == PersonKind.Named);
            Person Resolve(Person p) => p.Kind == PersonKind.Self && author.Kind == PersonKind.Named ? author with { Kind = PersonKind.Named } : p;

            var injected = new List<(Person Who, TextSpan Span)>();
            var read = new List<(Person Who, TextSpan Span)>();
            var ctRead = new List<(Person Who, TextSpan Span)>();
            foreach (var m in InjectedBy.Matches(text).Concat(InjectionWasDoneBy.Matches(text)))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!Today(span) || Past(span))
                    continue;
                var who = Resolve(PersonOf(m));
                injected.Add((who, span));
                if (m.Groups["andread"].Success)
                    read.Add((who, span));
            }
            foreach (var m in ReadBy.Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!Today(span) || Past(span))
                    continue;
                var clause = layout.ClauseAt(span.Start);
                var ctOnly = _cues.Any(c => c.IsCt && Overlaps(c.Span, clause)) && !MyelogramWordOutsideCt(clause);
                (ctOnly ? ctRead : read).Add((Resolve(PersonOf(m)), span));
            }
            foreach (Match m in RoleLabel().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!Today(span))
                    continue;
                var role = m.Groups["role"].Value.ToLowerInvariant();
                var who = Resolve(PersonOf(m));
                if (role.StartsWith("perform", StringComparison.Ordinal) || role is "operator" or "proceduralist")
                    injected.Add((who, span));
                if (role.Contains("interpret", StringComparison.Ordinal) || role.StartsWith("read", StringComparison.Ordinal))
                    read.Add((who, span));
            }

            var injectors = injected.Select(i => i.Who).Distinct().ToList();
            var readers = read.Select(r => r.Who).Distinct().ToList();
            var evidence = injected.Select(i => i.Span).Concat(read.Select(r => r.Span));
            const string Ask = "Who performed the puncture and the contrast injection, and who supervised and interpreted the myelographic images?";
            if (injectors.Count == 1 && readers.Count == 1)
            {
                var (injector, reader) = (injectors[0], readers[0]);
                if (injector == reader)
                {
                    _claimOf = injector;
                    Answer(ReportQuestion.Billing, BillingRole.Both.Slug(), evidence, $"{Capital(injector.Shown)} did the injection and supervised and interpreted the images.");
                }
                else if (reader.Kind == PersonKind.Self || (reader == author && author.Kind == PersonKind.Named))
                {
                    _claimOf = reader;
                    Answer(ReportQuestion.Billing, BillingRole.Interpreting.Slug(), evidence,
                        $"Split: {injector.Shown} did the injection, {reader.Shown} supervised and interpreted. This is the claim of the report's author (interpreting); the injection goes on {injector.Shown}'s own claim (injecting).");
                }
                else if (injector.Kind == PersonKind.Self || (injector == author && author.Kind == PersonKind.Named))
                {
                    _claimOf = injector;
                    Answer(ReportQuestion.Billing, BillingRole.Injecting.Slug(), evidence,
                        $"Split: {injector.Shown} did the injection, {reader.Shown} supervised and interpreted. This is the claim of the report's author (injecting); the supervision and interpretation go on {reader.Shown}'s own claim (interpreting).");
                }
                else
                {
                    Missing(ReportQuestion.Billing, $"The report says two providers split the work ({injector.Shown} did the injection, {reader.Shown} supervised and interpreted) but not whose claim is being coded: billing=injecting for {injector.Shown}, billing=interpreting for {reader.Shown}.",
                        "Please confirm who performed the puncture and injection and who supervised and interpreted the images, so that each provider's claim can be coded.");
                }
            }
            else if (injectors.Count > 1 || readers.Count > 1)
            {
                Missing(ReportQuestion.Billing, "The report names more than one provider for the same step and does not say plainly who did the injection and who supervised and interpreted.", Ask);
            }
            else
            {
                Missing(ReportQuestion.Billing, (injectors.Count, readers.Count) switch
                {
                    (1, 0) => $"The report says who did the injection ({injectors[0].Shown}) but not who supervised and interpreted the images.",
                    (0, 1) => $"The report says who supervised and interpreted ({readers[0].Shown}) but not who did the puncture and injection.",
                    _ => "The report does not say who did the puncture and injection and who supervised and interpreted the images.",
                }, Ask);
            }

            var ctReaders = ctRead.Select(r => r.Who).Distinct().ToList();
            if (_claimOf is { } claim && ctReaders.Count == 1 && _ctMentioned)
            {
                var same = ctReaders[0] == claim;
                Answer(ReportQuestion.CtReader, (same ? CtReader.This : CtReader.Other).Slug(), ctRead.Select(r => r.Span),
                    same ? "The CT was read by the provider whose claim this is." : $"The CT was read by {ctReaders[0].Shown}, not by the provider whose claim this is.");
            }
        }

        bool MyelogramWordOutsideCt(TextSpan clause)
        {
            foreach (Match word in MyelogramWord().Matches(text, clause.Start))
            {
                if (word.Index >= clause.End)
                    break;
                if (!_cues.Any(c => c.IsCt && Overlaps(c.Span, new TextSpan(word.Index, word.Length))))
                    return true;
            }
            return false;
        }

        static Person PersonOf(Match m) =>
            m.Groups["self"].Success ? new Person(PersonKind.Self, "")
            : m.Groups["name"].Success ? new Person(PersonKind.Named, m.Groups["name"].Captures[^1].Value)
            : new Person(PersonKind.Unnamed, m.Groups["other"].Value.Trim().ToLowerInvariant());

        public void Setting()
        {
            foreach (Match m in SettingWords().Matches(text))
            {
                var span = new TextSpan(m.Index, m.Length);
                if (!Today(span))
                    continue;
                var setting = m.Groups["office"].Success ? Catalogue.Setting.Office : Catalogue.Setting.Facility;
                Answer(ReportQuestion.Setting, setting.Slug(), [span], $"The report names the place of service: {setting.Name().ToLowerInvariant()}.");
                return;
            }
        }

        // ---- Helpers ----

        void Answer(ReportQuestion question, string answer, IEnumerable<TextSpan> evidence, string basis)
        {
            _missing.Remove(question);
            _findings[question] = new Finding(question, answer, Merge(evidence), basis);
        }

        void Missing(ReportQuestion question, string statement, string ask)
        {
            if (!_findings.ContainsKey(question))
                _missing[question] = new MissingFact(question, statement, ask);
        }

        Cue MakeCue(CueKind kind, TextSpan span) => new(kind, span,
            NegationBefore().IsMatch(Before(span, 40)) || NegationAfter().IsMatch(After(span, 70)),
            Past(span), Future(span));

        /// <summary>The imaging step a region belongs to: the cue right after it ("lumbar myelogram", "C-spine CT"), else
        /// the nearest before it in its clause ("CT of the lumbar spine"), after it in its clause, then in its sentence.</summary>
        Cue? CueFor(TextSpan region)
        {
            var clause = layout.ClauseAt(region.Start);
            var sentence = layout.SentenceAt(region.Start);
            Cue? overlapping = null, adjacent = null, beforeInClause = null, afterInClause = null, beforeInSentence = null, afterInSentence = null;
            foreach (var cue in _cues)
            {
                if (cue.Span.Start >= sentence.End)
                    break;
                if (cue.Span.End <= sentence.Start)
                    continue;
                if (Overlaps(cue.Span, region))
                    overlapping ??= cue;
                else if (cue.Span.End <= region.Start)
                {
                    beforeInSentence = cue;
                    if (cue.Span.Start >= clause.Start)
                        beforeInClause = cue;
                }
                else
                {
                    afterInSentence ??= cue;
                    if (cue.Span.End <= clause.End)
                        afterInClause ??= cue;
                    if (adjacent is null && cue == afterInSentence && AdjacentGap().IsMatch(text.AsSpan(region.End, cue.Span.Start - region.End)))
                        adjacent = cue;
                }
            }
            return overlapping ?? adjacent ?? beforeInClause ?? afterInClause ?? beforeInSentence ?? afterInSentence;
        }

        bool Today(TextSpan span) => layout.IsToday(span.Start);

        bool Past(TextSpan span) => PastBefore().IsMatch(Before(span, 40)) || PastAfter().IsMatch(After(span, 60));

        bool Future(TextSpan span) => FutureBefore().IsMatch(Before(span, 30)) || FutureAfter().IsMatch(After(span, 60));

        /// <summary>Up to <paramref name="max"/> characters before the span, within its clause.</summary>
        ReadOnlySpan<char> Before(TextSpan span, int max)
        {
            var start = Math.Max(layout.ClauseAt(span.Start).Start, span.Start - max);
            return text.AsSpan(start, span.Start - start);
        }

        ReadOnlySpan<char> After(TextSpan span, int max)
        {
            var end = Math.Min(layout.ClauseAt(span.Start).End, span.End + max);
            return text.AsSpan(span.End, Math.Max(0, end - span.End));
        }

        ReadOnlySpan<char> Slice(TextSpan span) => text.AsSpan(span.Start, span.Length);

        /// <summary>The span without surrounding spaces and punctuation, so evidence reads as words.</summary>
        TextSpan Trim(TextSpan span)
        {
            var (start, end) = (span.Start, span.End);
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or '.' or ':'))
                start++;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or '.' or ':'))
                end--;
            return TextSpan.FromTo(start, end);
        }

        static TextSpan Clip(TextSpan span, TextSpan within) => TextSpan.FromTo(Math.Max(span.Start, within.Start), Math.Min(span.End, within.End));

        static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

        /// <summary>In text order; overlapping spans, and spans one space apart ("non-contrast" "CT of the"), become one.</summary>
        List<TextSpan> Merge(IEnumerable<TextSpan> spans)
        {
            var merged = new List<TextSpan>();
            foreach (var span in spans.Where(s => s.Length > 0).OrderBy(s => s.Start).ThenBy(s => s.End))
            {
                if (merged.Count > 0 && (span.Start <= merged[^1].End || (span.Start - merged[^1].End <= 2 && string.IsNullOrWhiteSpace(text[merged[^1].End..span.Start]))))
                    merged[^1] = TextSpan.FromTo(merged[^1].Start, Math.Max(merged[^1].End, span.End));
                else
                    merged.Add(span);
            }
            return merged;
        }

        static Region[] RegionsOf(Match m) =>
            m.Groups["all"].Success ? [Region.Cervical, Region.Thoracic, Region.Lumbosacral]
            : m.Groups["ct"].Success ? [Region.Cervical, Region.Thoracic]
            : m.Groups["tl"].Success ? [Region.Thoracic, Region.Lumbosacral]
            : m.Groups["cl"].Success ? [Region.Cervical, Region.Lumbosacral]
            : m.Groups["c"].Success ? [Region.Cervical]
            : m.Groups["t"].Success ? [Region.Thoracic]
            : m.Groups["l"].Success ? [Region.Lumbosacral]
            : [Region.PosteriorFossa];

        static SortedSet<Region> Set(IEnumerable<Imaged> imaged) => [.. imaged.SelectMany(i => i.Regions)];

        static string Slugs(IEnumerable<Region> regions) => string.Join(',', regions.Order().Select(r => r.Slug()));

        static string Names(IEnumerable<Region> regions) => string.Join(", ", regions.Order().Select(r => r.Name().ToLowerInvariant()));

        static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
