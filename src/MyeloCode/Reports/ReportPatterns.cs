using System.Buffers;
using System.Text.RegularExpressions;

namespace MyeloCode.Reports;

/// <summary>
/// The words the reader looks for. Compiled at build time (source generator), immutable, so reading has no start-up
/// cost and no shared state. "Window" patterns run on the few words just before (…$) or after (^…) a mention.
/// </summary>
static partial class ReportPatterns
{
    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Regions. Several regions in one phrase first; "lumbar"/"cervical" naming a puncture route are not regions.
    [GeneratedRegex(@"(?<all>\b(?:total|complete|full|entire|whole)\s+(?:spine\s+|spinal\s+|columnar\s+)?(?:myelo\w*|spine|spinal\s+canal|neuraxis)\b|\bpan-?spinal\b|\bC\s*[-/]\s*T\s*[-/]\s*L(?:\s*[-/]\s*S)?(?:[- ]?spines?)?\b|\bC-,?\s*T-,?\s*(?:and|&)\s*L-?\s*spines?\b)"
        + @"|(?<ct>\bcervicothoracic\b|\bC\s*/\s*T\b(?:[- ]?spines?\b)?|\bC-T[- ]spines?\b|\bC-?\s*(?:and|&)\s*T-?\s*spines?\b)"
        + @"|(?<tl>\bthoracolumbar\b|\bT\s*/\s*L\b(?:[- ]?spines?\b)?|\bT-L[- ]spines?\b|\bT-?\s*(?:and|&)\s*L-?\s*spines?\b)"
        + @"|(?<cl>\bC-?\s*(?:and|&)\s*L-?\s*spines?\b)"
        + @"|(?<c>\bC[-\s]?spines?\b|\bcervical\b(?!\s+(?:\(C1-?2\)\s+)?(?:puncture|approach|route|access|needle))(?:\s+spine\b)?)"
        + @"|(?<t>\bT[-\s]?spines?\b|\bthoracic\b(?:\s+spine\b)?|\bdorsal\s+spine\b)"
        + @"|(?<l>\bL[-\s/]?(?:S[-\s]?)?spines?\b|\blumbosacral\b(?:\s+spine\b)?|\blumbar\b(?!\s+(?:puncture|approach|route|access|injection|interlaminar|tap|needle|level|drain|intrathecal|subarachnoid|thecal|cistern|LP|space|interspace))(?:\s+spine\b)?)"
        + @"|(?<pf>\bposterior\s+fossa\b)", Options)]
    internal static partial Regex RegionWords();

    // Between a region and the cue right after it: "lumbar myelogram", "C-spine CT", "lumbar spine myelogram".
    [GeneratedRegex(@"^[\s-]*(?:spines?|spinal|regions?|levels?)?[\s-]*$", Options)]
    internal static partial Regex AdjacentGap();

    // A CT, with the words that make it one phrase ("post-myelogram CT", "CT myelogram", "CT images", "axial images").
    [GeneratedRegex(@"(?:\bpost[- ]?myelo\w*\s+)?(?:\b(?:CT|CAT)\b|\bcomputed\s+tomograph\w*|\bCTM\b)(?:[- ]myelo\w*)?(?:\s+(?:images|imaging|scan|scanning|exam|examination|study|series|slices))?|\b(?:axial|reformatted|multiplanar)\s+(?:\w+\s+)?(?:images|reformat\w*|reconstructions?)", Options)]
    internal static partial Regex CtCue();

    // Conventional filming (and the study's name). Overlaps with a CT phrase are dropped by the reader.
    [GeneratedRegex(@"\b(?:myelo(?:gram|grams|graphy|graphic)?(?:\s+(?:images|views|films|radiographs))?|cisternogra\w*|views?|films?|radiographs?|projections?|images?|imaging|filming|imaged|filmed)\b", Options)]
    internal static partial Regex ConventionalCue();

    // The plain statement that no conventional films were taken (a CT-only myelogram).
    [GeneratedRegex(@"\bno\s+(?:conventional\s+|fluoroscopic\s+|myelographic\s+|plain\s+|standard\s+)*(?:films?|images|radiographs|filming|views|myelogra\w*)\b(?:\s+(?:were|was))?(?:\s+(?:obtained|taken|acquired|performed))?|\b(?:conventional|fluoroscopic|myelographic|plain)\s+(?:films?|images|imaging|views|myelogra\w*)\s+(?:were|was)\s+not\s+(?:obtained|performed|taken|acquired)|\bwithout\s+(?:conventional|fluoroscopic|plain)\s+(?:films?|imaging|images|myelogra\w*)|\bCT[- ]only\b|\bCT\s+myelogra\w*\s+only\b|\bonly\s+(?:a\s+)?(?:post-?myelo\w*\s+)?CT\b", Options)]
    internal static partial Regex NoFilming();

    // A CT before the contrast, and a CT before and after it ("without and with").
    [GeneratedRegex(@"\bnon-?contrast\b|\bwithout\s+(?:intrathecal\s+)?contrast\b|\bw/o\b|\bpre-?contrast\b|\bprecontrast\b|\bunenhanced\b|\bbaseline\b|\b(?:before|prior\s+to)\s+(?:the\s+)?(?:intrathecal\s+)?(?:contrast|injection|myelogra\w*|puncture|LP)\b", Options)]
    internal static partial Regex BeforeContrast();

    [GeneratedRegex(@"\bwithout\s+(?:and|then|followed\s+by)\s+with\b|\bw/o\s*(?:and|then|&|\+)\s*w/|\bbefore\s+and\s+after\s+(?:the\s+)?(?:intrathecal\s+)?(?:contrast|injection)\b|\bpre-?\s*and\s+post-?\s*contrast\b", Options)]
    internal static partial Regex BeforeAndAfter();

    // Negation just before a mention ("no CT", "patient declined the CT") or in the words after it ("was not performed").
    [GeneratedRegex(@"\b(?:no|not|without|never)\s+(?:[\w/-]+\s+){0,2}$|\b(?:declined|refused|deferred|cancell?ed|omitted|forgo|forwent|skipped)\s+(?:[\w/-]+\s+){0,3}$", Options)]
    internal static partial Regex NegationBefore();

    [GeneratedRegex(@"^\s*[:\-–]\s*(?:none|no\b|not\s+(?:performed|done|obtained)|n/?a\b|declined|deferred)|^\s*(?:deferred|cancell?ed|omitted|declined|refused|not\s+(?:done|performed|obtained))\b|^[^.;]{0,70}?\b(?:(?:was|were|is|are|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:performed|done|obtained|acquired|completed|carried\s+out|taken|imaged|evaluated|visualized|included|studied|examined|filmed|assessed|covered|scanned)|(?:was|were)\s+(?:deferred|cancell?ed|omitted|declined|refused|not\s+indicated)|(?:could|can)\s*not\s+be\s+(?:performed|done|obtained|completed)|(?:patient|he|she|they)\s+(?:declined|refused)|not\s+(?:performed|done|obtained|imaged|evaluated|included|scanned))\b", Options)]
    internal static partial Regex NegationAfter();

    // A region left out: "no views of the", "excluding the".
    [GeneratedRegex(@"\b(?:no|not|without)\s+(?:[\w-]+\s+)?(?:views?|images?|imaging|films?|radiographs?|CT|scans?|scanning|evaluation|filming)\s+(?:of|through)\s+(?:the\s+)?$|\b(?:excluding|except(?:\s+for)?|not\s+including|other\s+than|apart\s+from|sparing)\s+(?:the\s+)?$", Options)]
    internal static partial Regex RegionLeftOutBefore();

    // Another day's study: "prior CT", "outside CT", "CT dated 1/2/2025", "CT lumbar spine 2025".
    [GeneratedRegex(@"\b(?:prior(?!\s+to\b)|previous(?:ly)?|outside|old|older|earlier|recent(?:ly)?|remote|comparison|compared|history\s+of|last|s/p|status\s+post|preceding|former)\b", Options)]
    internal static partial Regex PastBefore();

    [GeneratedRegex(@"^[^.;]{0,60}?(?:\b(?:dated|from|on|in|of)\s+(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|(?:19|20)\d{2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\b(?:ago|previously)\b|\b(?:19|20)\d{2}\b(?!\s*(?:mg|ml)))", Options)]
    internal static partial Regex PastAfter();

    // Not done (yet): "CT is recommended", "consider CT", "total myelogram requested".
    [GeneratedRegex(@"\b(?:recommend\w*|consider\w*|could|should|may|might|would|will|plan(?:s|ned)?|schedul\w*|pending|(?<!as\s)request(?:s|ed)?|order(?:s|ed)?|suggest\w*|follow-?up|if\s+(?:needed|necessary|indicated))\b", Options)]
    internal static partial Regex FutureBefore();

    [GeneratedRegex(@"^[^.;]{0,60}?(?:\b(?:is|are|was|were|be|been)\s+(?:recommended|suggested|planned|scheduled|(?<!as\s)requested|pending|considered|advised|ordered)\b|\bto\s+follow\b|\bwill\s+be\b|\bif\s+(?:needed|necessary|symptoms))", Options)]
    internal static partial Regex FutureAfter();

    // Punctures: the route by name, C1-2 and lumbar levels (a level counts only beside a needle word).
    [GeneratedRegex(@"(?<lumbar>\bLP\b|\blumbar\s+(?:puncture|approach|route|access|injection|interlaminar|tap|needle)|\bspinal\s+tap\b|\binterlaminar\b)"
        + @"|(?<c12>\blateral\s+C\s?1\s?[-–/]\s?(?:C\s?)?2\b|\bC\s?1\s?[-–/]\s?(?:C\s?)?2\s+(?:puncture|approach|access|injection)\b|\bcisternal(?:\s+puncture)?\b|\bcisterna\s+magna\b|\bsuboccipital\b|\blateral\s+cervical\s+(?:\(C1-?2\)\s+)?puncture\b)"
        + @"|(?<c12level>\bC\s?1\s?[-–/]\s?(?:C\s?)?2\b)"
        + @"|(?<level>\bL\s?(?<from>[1-5])\s?[-–/]\s?(?:L\s?)?(?<to>[1-5])\b|\bL\s?5\s?[-–/]\s?S\s?1\b)", Options)]
    internal static partial Regex PunctureWords();

    [GeneratedRegex(@"needle|punct|\bLP\b|access|approach|interspace|interlaminar|intrathecal|subarachnoid|thecal|inserted|advanced|entered|gauge|\b\d{2}\s*-?\s*g\b|quincke|whitacre|\btap\b|injected|instilled|administered|\bvia\b", Options)]
    internal static partial Regex NeedleWord();

    [GeneratedRegex(@"\b(?:unsuccessful(?:ly)?|failed|failure|unable|could\s*not|couldn't|cannot|not\s+successful|without\s+success|no\s+(?:CSF|return)|dry\s+tap|abandoned|aborted|not\s+possible|not\s+(?:be\s+)?accessed|not\s+obtained|precluded?|contraindicated|avoided|instead\s+of)\b", Options)]
    internal static partial Regex PunctureFailed();

    [GeneratedRegex(@"\battempt(?:s|ed)?\b", Options)]
    internal static partial Regex PunctureAttempted();

    [GeneratedRegex(@"\b(?:successful(?:ly)?|success|CSF\s+(?:return|was\s+(?:obtained|returned|noted|seen))|clear\s+CSF|free(?:-|\s+)?flow\w*|return\s+of\s+(?:clear\s+)?CSF|entered\s+the\s+thecal|confirmed|instilled|injected|performed)\b", Options)]
    internal static partial Regex PunctureSucceeded();

    // The procedure stopped before it was done.
    [GeneratedRegex(@"\b(?:aborted|discontinued|terminated|abandoned|stopped|halted|cut\s+short|not\s+completed|could\s*not\s+be\s+completed|unable\s+to\s+(?:be\s+)?complete[d]?|incomplete)\b", Options)]
    internal static partial Regex Stopped();

    [GeneratedRegex(@"\b(?:procedure|study|exam\w*|myelogra\w*|test)\b", Options)]
    internal static partial Regex ProcedureWord();

    [GeneratedRegex(@"\b(?:contrast|intrathecal(?:ly)?|instilled|injected)\b", Options)]
    internal static partial Regex ContrastWord();

    // Intrathecal contrast agents and their concentration (mgI/mL).
    [GeneratedRegex(@"\b(?<agent>Omnipaque|iohexol|Isovue(?:[- ]?M)?|iopamidol|Visipaque|iodixanol|Gadavist|gadobutrol|Magnevist|gadolinium)\b(?:[\s-]*(?:M[\s-]*)?\(?(?<conc>[1-3][0-9]0)\)?)?", Options)]
    internal static partial Regex ContrastAgent();

    [GeneratedRegex(@"(?<![\d.])(?<amount>\d{1,2}(?:\.\d{1,2})?)\s*(?:mL|ml|cc|cm3|milliliters?|millilitres?)\b", Options)]
    internal static partial Regex Volume();

    // Who did what. A person: "I", "me", "the undersigned", "Dr. Smith" (surname kept), "the referring neurosurgeon".
    const string Who = @"(?<self>(?-i:\bI\b)|\bme\b|\bmyself\b|\bthe\s+undersigned\b)|\bDr\.?\s+(?-i:(?:[A-Z]\.\s*)?(?<name>[A-Z][a-zA-Z'-]+)(?:[ \t]+(?<name>[A-Z][a-zA-Z'-]+))?)|(?<other>\b(?:the\s+)?(?:referring|ordering|requesting|neuro\w*|pain|spine|anesthesia)\s+(?:physician|surgeon|neurosurgeon|team|service|provider|clinician|doctor)\b)";
    const string Work = @"(?:[\w/-]+\s+){0,2}?(?:puncture|LP|injection|procedure|myelogra\w*|tap|needle\s+placement)";

    // The verbs are named once: the full patterns and the verbs their anchored scans look for must agree.
    const string DidVerb = @"(?:performed|did|placed|carried\s+out)";
    const string WasDoneVerb = @"\b(?:was|were)\s+(?:personally\s+)?(?:performed|done|placed|carried\s+out)";

    internal const string InjectedByPattern = @"(?<who>" + Who + @")(?:\s+personally)?\s+" + DidVerb + @"\s+(?:the\s+|this\s+|a\s+)?" + Work + @"(?<andread>[^.;]{0,40}?\band\s+(?:also\s+)?(?:personally\s+)?(?:supervised|interpreted|read))?";

    internal const string InjectionWasDoneByPattern = Work + @"[^.;]{0,40}?" + WasDoneVerb + @"(?<andread>\s+and\s+(?:supervised\s+and\s+)?(?:interpreted|read|supervised))?\s+by\s+(?<who>" + Who + ")";

    internal const string ReadByPattern = @"(?<who>" + Who + @")(?:\s+(?:also|then|have))?(?:\s+personally)?\s+(?:supervised|interpreted|read\s+(?:the|and)|reviewed\s+and\s+interpreted)(?:\s+and\s+(?:interpreted|supervised|read))?|\b(?:supervised\s+and\s+)?(?:interpreted|read|reported)\s+by\s+(?<who>" + Who + ")";

    // These three can start almost anywhere (a person's name, or a word or two before "puncture"), so a scan of the
    // whole report tries every position: the reader runs them anchored (\G) only near their verb; see AnchoredScan.
    // A person and the words before the verb hold only word characters, spaces, dots, apostrophes and hyphens.
    static readonly SearchValues<char> NotInAPerson = SearchValues.Create(",;:()[]{}<>!?\"");

    internal static readonly AnchoredScan InjectedBy = new(InjectedByAt(), InjectedByVerb(), NotInAPerson);

    internal static readonly AnchoredScan InjectionWasDoneBy = new(InjectionWasDoneByAt(), InjectionWasDoneByVerb(), SearchValues.Create(".;"));

    internal static readonly AnchoredScan ReadBy = new(ReadByAt(), ReadByVerb(), NotInAPerson);

    [GeneratedRegex(@"\G(?:" + InjectedByPattern + ")", Options)]
    private static partial Regex InjectedByAt();

    [GeneratedRegex(DidVerb, Options)]
    private static partial Regex InjectedByVerb();

    [GeneratedRegex(@"\G(?:" + InjectionWasDoneByPattern + ")", Options)]
    private static partial Regex InjectionWasDoneByAt();

    [GeneratedRegex(WasDoneVerb, Options)]
    private static partial Regex InjectionWasDoneByVerb();

    [GeneratedRegex(@"\G(?:" + ReadByPattern + ")", Options)]
    private static partial Regex ReadByAt();

    // Every verb of both halves of ReadByPattern, loosened to one list ("read" of "read the", "reviewed" of "reviewed and interpreted").
    [GeneratedRegex(@"(?:supervised|interpreted|read|reviewed|reported)", Options)]
    private static partial Regex ReadByVerb();

    [GeneratedRegex(@"(?<role>performed\s+and\s+interpreted\s+by|performed\s+by|operator|proceduralist|performing\s+(?:physician|radiologist)|interpreted\s+by|interpreting\s+(?:physician|radiologist)|read\s+by|reading\s+radiologist)\s*:\s*(?<who>" + Who + ")", Options)]
    internal static partial Regex RoleLabel();

    [GeneratedRegex(@"\b(?:electronically\s+)?(?:signed|dictated|authored)\s+by\s*:?\s*(?<who>" + Who + ")", Options)]
    internal static partial Regex SignedBy();

    // Words that make a reading statement about the myelogram, not (only) the CT.
    [GeneratedRegex(@"\b(?:myelo\w*|images|views|films|study|procedure|exam\w*|fluoroscop\w*)\b", Options)]
    internal static partial Regex MyelogramWord();

    // The setting, only when named plainly.
    [GeneratedRegex(@"\bplace\s+of\s+service\s*:?\s*(?<office>office|11\b)|\bplace\s+of\s+service\s*:?\s*(?<facility>(?:outpatient\s+|inpatient\s+)?hospital|inpatient|outpatient\s+hospital|ambulatory\s+surg\w*(?:\s+cent(?:er|re))?|ASC|(?:19|21|22|24)\b)|\b(?:performed|done)\s+(?:in|at)\s+(?:the|our)\s+(?:(?<office>office)|(?<facility>hospital(?:\s+outpatient\s+department)?|ambulatory\s+surgery\s+cent(?:er|re)|ASC|outpatient\s+department))\b", Options)]
    internal static partial Regex SettingWords();
}
