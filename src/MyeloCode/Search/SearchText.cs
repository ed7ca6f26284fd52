using System.Text.RegularExpressions;

namespace MyeloCode.Search;

/// <summary>
/// A word after synonyms: the canonical <see cref="Term"/> and the text the person typed for it; in a query, also the
/// <see cref="MyeloCode.Search.CoderTerm"/> whose phrase it was typed in, if any.
/// </summary>
public readonly record struct SearchWord(string Term, string Source, bool IsCode)
{
    public CoderTerm? CoderTerm { get; init; }
}

/// <summary>
/// Turns text into canonical search words, the same way for the catalogue and for a query, so "c-spine",
/// "neck" and "cervical" all become <c>cervical</c> and "LP", "lumbar puncture" and "spinal tap" become <c>lp</c>.
/// </summary>
public static partial class SearchText
{
    // Phrase -> canonical words. Longest phrase wins at each position. Stop words are dropped after this step,
    // so a phrase may contain them ("two or more"). Concept words (multiregion, c1c2, si...) are never typed
    // by people, so they cannot collide with real words.
    static readonly (string Phrase, string Canonical)[] Synonyms =
    [
        // Regions
        ("c spine", "cervical"), ("cspine", "cervical"), ("neck", "cervical"), ("cervical", "cervical"),
        ("t spine", "thoracic"), ("tspine", "thoracic"), ("dorsal", "thoracic"), ("mid back", "thoracic"), ("midback", "thoracic"),
        ("chest", "thoracic"),
        ("l spine", "lumbosacral"), ("lspine", "lumbosacral"), ("ls spine", "lumbosacral"), ("l s spine", "lumbosacral"),
        ("lumbar", "lumbosacral"), ("lumbosacral", "lumbosacral"), ("lumbo sacral", "lumbosacral"), ("sacral", "lumbosacral"),
        ("low back", "lumbosacral"), ("lower back", "lumbosacral"),
        ("two or more", "multiregion"), ("2 or more", "multiregion"), ("two regions", "multiregion"), ("2 regions", "multiregion"),
        ("three regions", "multiregion"), ("3 regions", "multiregion"), ("multiple regions", "multiregion"),
        ("multi region", "multiregion"), ("multiregion", "multiregion"), ("all regions", "multiregion"),
        ("total spine", "multiregion"), ("whole spine", "multiregion"), ("entire spine", "multiregion"),
        ("complete spine", "multiregion"), ("full spine", "multiregion"), ("total myelogram", "multiregion myelogram"),
        ("thoracolumbar", "multiregion"), ("cervicothoracic", "multiregion"),
        ("posterior fossa", "posteriorfossa"), ("skull base", "posteriorfossa"),
        // Injection routes
        ("lp", "lp"), ("lumbar puncture", "lp"), ("lumbar punctures", "lp"), ("spinal tap", "lp"), ("lumbar tap", "lp"),
        ("lumbar injection", "lp injection"), ("lumbar inj", "lp injection"), ("lumbar route", "lp"),
        ("c1 c2", "c1c2"), ("c1c2", "c1c2"), ("c1 2", "c1c2"), ("c 1 2", "c1c2"), ("lateral cervical puncture", "c1c2 puncture"), ("lateral", "c1c2"),
        ("cisternal", "c1c2"), ("cistern", "c1c2"), ("cisterna", "c1c2"), ("cisterna magna", "c1c2"), ("suboccipital", "c1c2"),
        // Kinds of service
        ("myelogram", "myelogram"), ("myelograms", "myelogram"), ("myelography", "myelogram"), ("myelographic", "myelogram"),
        ("myelo", "myelogram"),
        ("s i", "si"), ("s and i", "si"), ("rs i", "si"), ("rs and i", "si"), ("supervision and interpretation", "si"),
        ("supervision interpretation", "si"), ("radiologist", "si"),
        ("ct", "ct"), ("cat scan", "ct"), ("computed tomography", "ct"), ("computerized tomography", "ct"),
        ("with contrast", "withcontrast contrast"), ("w contrast", "withcontrast contrast"), ("contrast enhanced", "withcontrast contrast"),
        ("without contrast", "nocontrast contrast"), ("wo contrast", "nocontrast contrast"), ("w o contrast", "nocontrast contrast"),
        ("no contrast", "nocontrast contrast"), ("non contrast", "nocontrast contrast"), ("noncontrast", "nocontrast contrast"),
        ("inj", "injection"), ("injection", "injection"), ("injections", "injection"), ("inject", "injection"), ("injected", "injection"),
        ("no injection", "noinjection"), ("without injection", "noinjection"), ("without injecting", "noinjection"),
        ("no guidance", "noguidance"), ("without guidance", "noguidance"), ("without imaging guidance", "noguidance"),
        ("fluoro", "fluoroscopy"), ("fluoroscopic", "fluoroscopy"), ("fluoroscopy", "fluoroscopy"),
        ("guide", "guidance"), ("guided", "guidance"), ("guidance", "guidance"),
        ("dx", "diagnostic"), ("diagnostic", "diagnostic"),
    ];

    // Typed by people, never matched inside our own text: "CT myelogram" is a concept, but our descriptors say
    // "not used for a CT myelogram" of the no-contrast codes, so the phrase must not tag documents.
    static readonly (string Phrase, string Canonical)[] QueryOnlySynonyms =
    [
        ("ct myelogram", "ctmyelogram"), ("ct myelograms", "ctmyelogram"), ("ct myelography", "ctmyelogram"), ("ct myelo", "ctmyelogram"),
        ("post myelogram ct", "ctmyelogram"), ("postmyelogram ct", "ctmyelogram"), ("myelogram ct", "ctmyelogram"),
        ("myelo ct", "ctmyelogram"), ("ctm", "ctmyelogram"),
    ];

    static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "for", "and", "or", "with", "w", "in", "on", "to", "by", "at", "from", "via", "is", "only",
        "code", "codes", "cpt", "spine", "spinal", "region", "regions", "procedure", "study", "exam",
    };

    /// <summary>How concept words read to people (in "why it matched").</summary>
    static readonly Dictionary<string, string> Display = new(StringComparer.Ordinal)
    {
        ["multiregion"] = "two or more regions", ["posteriorfossa"] = "posterior fossa", ["lp"] = "lumbar puncture",
        ["c1c2"] = "C1-C2/cisternal", ["si"] = "S&I", ["ct"] = "CT", ["withcontrast"] = "with contrast",
        ["nocontrast"] = "without contrast", ["ctmyelogram"] = "CT myelogram", ["noinjection"] = "no injection",
        ["noguidance"] = "no guidance",
    };

    static readonly Dictionary<string, (string[] Tokens, string[] Canonical)[]> DocumentRules = BuildRules(Synonyms);
    static readonly Dictionary<string, (string[] Tokens, string[] Canonical)[]> QueryRules = BuildRules([.. Synonyms, .. QueryOnlySynonyms]);

    /// <summary>Single typed words that stand for canonical words (lumbar -> lumbosacral): typo and prefix targets.</summary>
    public static IEnumerable<(string Surface, string[] Canonical)> SingleWordSynonyms() =>
        Synonyms.Where(s => !s.Phrase.Contains(' ', StringComparison.Ordinal)).Select(s => (s.Phrase, s.Canonical.Split(' ')));

    public static string Show(string term) => Display.TryGetValue(term, out var shown) ? shown : term;

    /// <summary>Canonical words of our own text (labels, descriptors...).</summary>
    public static List<string> DocumentTerms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Canonicalise(text, DocumentRules, codes: false))
            terms.Add(word.Term);
        return terms;
    }

    /// <summary>Canonical words of a query; runs of digits are code words ("62-302" and "62 302" read as 62302).</summary>
    public static List<SearchWord> QueryWords(string query) => Canonicalise(JoinSplitCode(query), QueryRules, codes: true);

    /// <summary>The lower-case words of <paramref name="text"/>, as phrases are matched.</summary>
    internal static string[] Tokens(string text) => Tokenise(text).Select(t => t.Text).ToArray();

    static List<SearchWord> Canonicalise(string text, Dictionary<string, (string[] Tokens, string[] Canonical)[]> rules, bool codes)
    {
        var tokens = Tokenise(text);
        var words = new List<SearchWord>(tokens.Count);
        // A word belongs to the coder term covering any of its tokens ("lumbar injection only": both words of
        // "lumbar injection" belong to "injection only").
        var coder = codes && tokens.Count > 0 ? CoderTerms.Find(tokens.ConvertAll(t => t.Text)) : null;
        CoderTerm? CoderTermOf(int first, int count)
        {
            if (coder is null)
                return null;
            for (var k = first; k < first + count; k++)
            {
                if (coder[k] is { } term)
                    return term;
            }
            return null;
        }

        for (var i = 0; i < tokens.Count;)
        {
            if (codes && IsModifier(tokens, i))
            {
                // "72240-26", "72240 TC": the modifier says nothing about which code.
                i++;
                continue;
            }
            if (codes && IsDigits(tokens[i].Text) && Match(tokens, i, rules) is null)
            {
                words.Add(new SearchWord(tokens[i].Text, tokens[i].Text, IsCode: true) { CoderTerm = CoderTermOf(i, 1) });
                i++;
                continue;
            }

            if (Match(tokens, i, rules) is { } rule)
            {
                var source = text[tokens[i].Start..tokens[i + rule.Tokens.Length - 1].End];
                var term = CoderTermOf(i, rule.Tokens.Length);
                foreach (var canonical in rule.Canonical)
                    words.Add(new SearchWord(canonical, source, IsCode: false) { CoderTerm = term });
                i += rule.Tokens.Length;
                continue;
            }

            var token = tokens[i];
            // Single letters carry no meaning once phrases ("c spine", "s i") have been read.
            if (!StopWords.Contains(token.Text) && token.Text.Length > 1)
                words.Add(new SearchWord(token.Text, text[token.Start..token.End], IsCode: false) { CoderTerm = CoderTermOf(i, 1) });
            i++;
        }
        return words;
    }

    static bool IsModifier(List<Token> tokens, int i) =>
        i > 0 && tokens[i].Text is "26" or "tc" && tokens[i - 1].Text.Length == 5 && IsDigits(tokens[i - 1].Text);

    static (string[] Tokens, string[] Canonical)? Match(List<Token> tokens, int i, Dictionary<string, (string[] Tokens, string[] Canonical)[]> rules)
    {
        if (!rules.TryGetValue(tokens[i].Text, out var candidates))
            return null;
        foreach (var candidate in candidates)
        {
            if (i + candidate.Tokens.Length > tokens.Count)
                continue;
            var matches = true;
            for (var k = 1; k < candidate.Tokens.Length && matches; k++)
                matches = tokens[i + k].Text == candidate.Tokens[k];
            if (matches)
                return candidate;
        }
        return null;
    }

    static Dictionary<string, (string[] Tokens, string[] Canonical)[]> BuildRules(IEnumerable<(string Phrase, string Canonical)> synonyms) =>
        synonyms
            .Select(s => (Tokens: s.Phrase.Split(' '), Canonical: s.Canonical.Split(' ')))
            .GroupBy(r => r.Tokens[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Tokens.Length).ToArray(), StringComparer.Ordinal);

    readonly record struct Token(string Text, int Start, int End);

    /// <summary>Lower-case runs of letters and digits; everything else (hyphen, slash, ampersand, plus) separates.</summary>
    static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(new Token(text[start..i].ToLowerInvariant(), start, i));
                start = -1;
            }
        }
        return tokens;
    }

    static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
                return false;
        }
        return text.Length > 0;
    }

    /// <summary>"62-302", "62 302", "623 02" become "62302": a code split by a hyphen or a space.</summary>
    static string JoinSplitCode(string query) => SplitCode().Replace(query, m =>
        m.Groups[1].Length + m.Groups[2].Length == 5 ? m.Groups[1].Value + m.Groups[2].Value : m.Value);

    [GeneratedRegex(@"(?<![0-9])([0-9]{2,3})[\s\-]+([0-9]{2,3})(?![0-9])")]
    private static partial Regex SplitCode();

    /// <summary>Optimal string alignment distance (a swap of two neighbours counts once), stopping past <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
            return max + 1;
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
                return max + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
