namespace MyeloCode.Search;

/// <summary>A phrase coders type and the codes it means (one code, or one service in each region).</summary>
public sealed record CoderTerm(string Phrase, IReadOnlyList<string> Codes);

/// <summary>
/// The vocabulary coders use for a code and its "only" / "without" / "with and without" qualifiers. A phrase found
/// in a query (whole words, in order) ranks its codes first and is the reason shown ("coder term “spinal tap”");
/// the query's words still find every other code as usual, and the other words of the query (a region) still have
/// to match, so "CT lumbar without contrast" is 72131 and "S&amp;I only cervical" is 72240.
/// </summary>
public static class CoderTerms
{
    // Written as coders write them; matched after tokenising, so case, hyphens, slashes and "&" do not matter
    // ("w/o" reads as "w o", "C1-2" as "c1 2"). The longest phrase wins at each position.
    static readonly (string[] Codes, string[] Phrases)[] Table =
    [
        // "Spinal tap" is the diagnostic LP to a coder, not the lumbar injection of a myelogram.
        (["62270"], ["spinal tap", "diagnostic LP", "diagnostic lumbar puncture", "dx LP", "bedside LP", "LP without guidance", "LP without imaging"]),
        (["62328"], ["fluoro guided LP", "fluoroscopic LP", "fluoro LP", "LP under fluoro", "LP with fluoro", "fluoro guided lumbar puncture",
            "CT guided LP", "CT guided lumbar puncture", "image-guided LP", "image-guided lumbar puncture", "guided LP", "guided lumbar puncture"]),

        // One provider injects by LP and supervises and reports the images: the bundled codes, region from the other words.
        (["62302", "62303", "62304", "62305"], ["injection and S&I", "injection with S&I", "inj and S&I", "inj + S&I", "bundled myelogram"]),
        (["62305"], ["complete myelogram", "total myelogram", "full myelogram", "whole spine myelogram", "entire spine myelogram",
            "two regions", "2 regions", "two or more regions", "2 or more regions", "multiple regions", "multi-region", "multi-level", "multilevel"]),

        // The injection alone: the injecting provider does not report the images (a split case, or only a CT follows).
        (["62284"], ["injection only", "inj only", "LP for myelogram", "LP for myelo", "LP for CT myelogram", "lumbar puncture for myelogram",
            "CT myelogram injection", "CT myelo injection", "intrathecal injection only"]),
        (["61055"], ["C1-2 puncture", "C1-C2 puncture", "C1C2 puncture", "lateral C1-2 puncture", "lateral cervical puncture", "C1-2 injection",
            "C1-C2 injection", "cisternal puncture", "cisternal injection"]),
        (["61050"], ["C1-2 puncture without injection", "C1-C2 puncture without injection", "cisternal puncture without injection",
            "C1-2 tap", "C1-C2 tap", "cisternal tap", "without injection", "no injection"]),

        // Supervision and interpretation alone, by region; posterior fossa has its own code.
        (["72240", "72255", "72265", "72270"], ["S&I only", "S and I only", "RS&I only", "supervision and interpretation only", "reading only",
            "read only", "interpretation only", "radiologist only"]),
        (["70010"], ["posterior fossa myelogram", "posterior fossa myelography", "posterior fossa S&I"]),

        // Modifier 26 (professional component) is for codes with PC/TC indicator 1 only; "72240-26" is a code, not this.
        (["72240", "72255", "72265", "72270", "72125", "72126", "72127", "72128", "72129", "72130", "72131", "72132", "72133", "77003"],
            ["-26", "modifier 26", "mod 26", "26 modifier", "professional component"]),

        // CT after a myelogram: contrast in the spinal fluid makes it a with-contrast study (facts §2.1).
        (["72126", "72129", "72132"], ["CT myelogram", "CT myelo", "CTM", "myelogram CT", "post-myelogram CT", "post-myelo CT", "CT post-myelogram",
            "CT after myelogram", "with contrast", "w/ contrast", "contrast enhanced", "with intrathecal contrast"]),
        (["72125", "72128", "72131"], ["without contrast", "w/o contrast", "wo contrast", "no contrast", "non-contrast", "noncontrast", "non-con"]),
        (["72127", "72130", "72133"], ["with and without", "without and with", "without then with", "w/ and w/o", "w/wo", "wo/w", "w/o and w/",
            "w/o then w/", "wo then w", "before and after contrast", "pre and post contrast"]),

        (["77003"], ["fluoro needle guidance", "fluoroscopic guidance", "fluoro guidance", "fluoroscopic needle guidance", "needle localization",
            "needle localisation"]),
    ];

    public static IReadOnlyList<CoderTerm> All { get; } =
        [.. Table.SelectMany(row => row.Phrases.Select(phrase => new CoderTerm(phrase, row.Codes)))];

    // First token -> (tokens, term), longest first.
    static readonly Dictionary<string, (string[] Tokens, CoderTerm Term)[]> ByFirstToken = All
        .Select(term => (Tokens: SearchText.Tokens(term.Phrase), Term: term))
        .GroupBy(r => r.Tokens[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Tokens.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>For each token, the coder term covering it (longest first, left to right), or null.</summary>
    internal static CoderTerm?[]? Find(IReadOnlyList<string> tokens)
    {
        CoderTerm?[]? found = null;
        for (var i = 0; i < tokens.Count;)
        {
            var match = Match(tokens, i);
            if (match is not var (length, term))
            {
                i++;
                continue;
            }
            found ??= new CoderTerm?[tokens.Count];
            for (var k = i; k < i + length; k++)
                found[k] = term;
            i += length;
        }
        return found;
    }

    static (int Length, CoderTerm Term)? Match(IReadOnlyList<string> tokens, int i)
    {
        if (!ByFirstToken.TryGetValue(tokens[i], out var candidates))
            return null;
        foreach (var (phrase, term) in candidates)
        {
            if (i + phrase.Length > tokens.Count)
                continue;
            var matches = true;
            for (var k = 1; k < phrase.Length && matches; k++)
                matches = tokens[i + k] == phrase[k];
            if (matches)
                return (phrase.Length, term);
        }
        return null;
    }
}
