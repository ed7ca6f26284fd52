using MyeloCode.Catalogue;

namespace MyeloCode.Search;

/// <summary>
/// An in-memory inverted index over one <see cref="CatalogueSnapshot"/>. The catalogue is a few dozen codes, so a
/// dictionary of canonical words beats a database query by orders of magnitude (see docs/performance.md), and it
/// can do what coders ask of search: synonyms, code prefixes, small typos, and a reason for every hit.
/// Immutable; each <see cref="CatalogueSnapshot"/> builds its own (<see cref="CatalogueSnapshot.Search"/>).
/// </summary>
public sealed class SearchIndex
{
    public const int MaxQueryLength = 200;
    const int MaxWords = 12;
    // Above any one word's match (a label is 4): the code a coder term names comes before codes that merely share its words.
    const float CoderTermScore = 20f;

    enum Field { Code, Label, Region, Route, Kind, Description, Steps, Diagnoses }

    enum How { Code, CodePrefix, Exact, Synonym, Prefix, Typo }

    readonly record struct Posting(int Doc, float Weight, Field Field);

    readonly record struct Best(float Score, Field Field, How How, string Term, string? Surface);

    readonly record struct Candidate(string Term, float Factor, How How, string? Surface);

    static readonly string[] FieldNames = ["code", "label", "region", "route", "kind", "description", "procedure steps", "typical diagnoses"];

    readonly Code[] _codes;
    readonly Dictionary<string, int> _docOf;
    readonly Dictionary<string, Posting[]> _postings;
    readonly string[] _surfaces;
    readonly string[][] _surfaceTerms;
    readonly ulong[] _surfaceLetters;

    SearchIndex(CatalogueSnapshot snapshot, Code[] codes, Dictionary<string, Posting[]> postings, string[] surfaces, string[][] surfaceTerms)
    {
        Snapshot = snapshot;
        _codes = codes;
        _docOf = codes.Select((code, doc) => (code.Id, doc)).ToDictionary(p => p.Id, p => p.doc, StringComparer.Ordinal);
        _postings = postings;
        _surfaces = surfaces;
        _surfaceTerms = surfaceTerms;
        _surfaceLetters = surfaces.Select(Letters).ToArray();
    }

    public CatalogueSnapshot Snapshot { get; }

    public static SearchIndex Build(CatalogueSnapshot snapshot)
    {
        var codes = snapshot.Codes.ToArray();
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < codes.Length; doc++)
        {
            var code = codes[doc];
            var terms = new Dictionary<string, (float Weight, Field Field)>(StringComparer.Ordinal);
            void Add(IEnumerable<string> words, Field field, float weight)
            {
                foreach (var word in words)
                {
                    if (!terms.TryGetValue(word, out var existing) || existing.Weight < weight)
                        terms[word] = (weight, field);
                }
            }

            var labelTerms = SearchText.DocumentTerms(code.ShortLabel);
            Add(labelTerms, Field.Label, 4f);
            Add(Facets.Region(code), Field.Region, 3f);
            Add(Facets.Route(code), Field.Route, 3f);
            Add(Facets.Kind(code), Field.Kind, 3f);
            if (Facets.IsCtMyelogram(code, labelTerms) is { } weight)
                Add(["ctmyelogram"], Field.Kind, weight);
            Add(SearchText.DocumentTerms(code.Descriptor), Field.Description, 1.5f);
            foreach (var official in snapshot.Official[code.Id])
                Add(SearchText.DocumentTerms(official.Text), Field.Description, 1.5f);
            foreach (var step in code.Narrative)
                Add(SearchText.DocumentTerms(step), Field.Steps, 0.4f);
            foreach (var diagnosis in code.Diagnoses)
                Add(SearchText.DocumentTerms(diagnosis.Description), Field.Diagnoses, 0.3f);

            foreach (var (term, (w, field)) in terms)
            {
                if (!postings.TryGetValue(term, out var list))
                    postings[term] = list = [];
                list.Add(new Posting(doc, w, field));
            }
        }

        // Surfaces: every indexed word, plus single typed words that stand for indexed words (lumbar -> lumbosacral),
        // so a prefix or a typo of either finds the code.
        var surfaces = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var term in postings.Keys)
            surfaces[term] = [term];
        foreach (var (surface, canonical) in SearchText.SingleWordSynonyms())
        {
            if (!surfaces.ContainsKey(surface) && canonical.Any(postings.ContainsKey))
                surfaces[surface] = canonical.Where(postings.ContainsKey).ToArray();
        }

        return new SearchIndex(snapshot, codes, postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            surfaces.Keys.ToArray(), surfaces.Values.ToArray());
    }

    /// <summary>
    /// The code when the query is nothing but one catalogue code ("62302", "62-302", "72240-26"): the search page
    /// then opens the code directly, as a coder who typed a code expects.
    /// </summary>
    public Code? ExactCode(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength)
            return null;
        var words = SearchText.QueryWords(query);
        return words is [{ IsCode: true, Term.Length: 5 } word] ? Snapshot.Find(word.Term) : null;
    }

    /// <summary>Ranked codes for <paramref name="query"/>, optionally only those of one region.</summary>
    public SearchResult Search(string? query, Region? region = null, int limit = 20)
    {
        query = query?.Trim() ?? "";
        if (query.Length > MaxQueryLength)
            query = query[..MaxQueryLength];
        var words = SearchText.QueryWords(query);
        if (words.Count == 0)
            return SearchResult.Empty(query);
        if (words.Count > MaxWords)
            words.RemoveRange(MaxWords, words.Count - MaxWords);

        var docs = _codes.Length;
        var best = new Best[words.Count * docs];
        // named[k * docs + doc]: word k was typed in a coder term naming this code, so it matches the code.
        var named = new bool[words.Count * docs];
        // A word of a coder term that our text does not have ("complete" of "complete myelogram") is not required of
        // the other codes: they still show, after the code the term names.
        var optional = new bool[words.Count];
        var unmatched = new List<string>();
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);

        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            var row = best.AsSpan(k * docs, docs);
            var any = word.IsCode ? MatchCode(word.Term, row) : MatchWord(word, row, corrections);
            if (word.CoderTerm is { } coderTerm)
            {
                optional[k] = !any;
                foreach (var id in coderTerm.Codes)
                {
                    if (_docOf.TryGetValue(id, out var doc))
                        any = named[k * docs + doc] = true;
                }
            }
            if (!any && !unmatched.Contains(word.Source))
                unmatched.Add(word.Source);
        }

        var required = optional.Count(o => !o);
        var scored = new List<(int Doc, int Matched, bool Full, float Score, bool Strong)>(docs);
        for (var doc = 0; doc < docs; doc++)
        {
            if (region is not null && _codes[doc].Region != region)
                continue;
            var matched = 0;
            var matchedRequired = 0;
            var score = 0f;
            var strong = true;
            var coderTerm = false;
            for (var k = 0; k < words.Count; k++)
            {
                var b = best[k * docs + doc];
                if (named[k * docs + doc])
                {
                    matched++;
                    matchedRequired += optional[k] ? 0 : 1;
                    score += b.Score;
                    // Once per phrase, however many words it has.
                    if (k == 0 || !ReferenceEquals(words[k - 1].CoderTerm, words[k].CoderTerm))
                        score += CoderTermScore;
                    coderTerm = true;
                    continue;
                }
                if (b.Score <= 0)
                    continue;
                matched++;
                matchedRequired++;
                score += b.Score;
                strong &= b.Field <= Field.Description;
            }
            if (matched > 0)
                scored.Add((doc, matched, matchedRequired == required, score, strong || coderTerm));
        }

        // Every word must match (AND), as in any search engine; matches found only in the procedure steps or the
        // diagnoses count when nothing else matches. With no full match, codes matching most words are shown as partial.
        var full = scored.Where(s => s.Full).ToList();
        var partial = full.Count == 0 && words.Count > 1;
        var chosen = partial ? scored : full.Any(s => s.Strong) ? full.Where(s => s.Strong).ToList() : full;
        chosen.Sort((a, b) =>
            a.Matched != b.Matched ? b.Matched.CompareTo(a.Matched)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score)
            // A tie goes to what a myelography coder most likely wants: CodeKind lists myelogram and injection codes
            // before CT, guidance and the diagnostic punctures (coder review, issue 11).
            : _codes[a.Doc].Kind != _codes[b.Doc].Kind ? _codes[a.Doc].Kind.CompareTo(_codes[b.Doc].Kind)
            : string.CompareOrdinal(_codes[a.Doc].Id, _codes[b.Doc].Id));

        var hits = new List<SearchHit>(Math.Min(limit, chosen.Count));
        foreach (var (doc, _, _, score, _) in chosen.Take(Math.Clamp(limit, 1, 100)))
            hits.Add(new SearchHit(_codes[doc], Math.Round(score, 2), Why(words, best, named, doc, docs)));

        string? didYouMean = null;
        if (corrections.Count > 0 && chosen.Count > 0)
        {
            didYouMean = query;
            foreach (var (typed, surface) in corrections)
                didYouMean = didYouMean.Replace(typed, surface, StringComparison.Ordinal);
        }
        return new SearchResult(query, hits, chosen.Count, partial, didYouMean, unmatched);
    }

    bool MatchCode(string digits, Span<Best> row)
    {
        var any = false;
        for (var doc = 0; doc < _codes.Length; doc++)
        {
            var id = _codes[doc].Id;
            if (id == digits)
                row[doc] = new Best(100f, Field.Code, How.Code, id, null);
            else if (id.StartsWith(digits, StringComparison.Ordinal))
                row[doc] = new Best(50f, Field.Code, How.CodePrefix, digits, null);
            else
                continue;
            any = true;
        }
        return any;
    }

    bool MatchWord(SearchWord word, Span<Best> row, Dictionary<string, string> corrections)
    {
        var any = false;
        var expansions = Expand(word);
        if (expansions is [{ How: How.Typo }, ..])
            corrections.TryAdd(word.Source, Likeliest(word.Term, expansions.Select(c => c.Surface!)));
        foreach (var candidate in expansions)
        {
            foreach (var posting in _postings[candidate.Term])
            {
                var score = posting.Weight * candidate.Factor;
                if (score > row[posting.Doc].Score)
                    row[posting.Doc] = new Best(score, posting.Field, candidate.How, candidate.Term, candidate.Surface);
                any = true;
            }
        }
        return any;
    }

    List<Candidate> Expand(SearchWord word)
    {
        var term = word.Term;
        if (_postings.ContainsKey(term))
        {
            var typed = word.Source.ToLowerInvariant();
            return [new Candidate(term, 1f, typed == term ? How.Exact : How.Synonym, null)];
        }

        var candidates = new List<Candidate>();
        // A word of a coder term was typed whole, on purpose: not a prefix or a typo of something else.
        if (word.CoderTerm is not null)
            return candidates;
        // Prefix: "cerv" finds cervical, "myel" myelogram; the last word of a query being typed is usually a prefix.
        if (term.Length >= 2)
        {
            var start = LowerBound(term);
            var end = start;
            while (end < _surfaces.Length && end - start < 30 && _surfaces[end].StartsWith(term, StringComparison.Ordinal))
                end++;
            // Words of our text first: "cerv" means cervical, not the synonym "cervicothoracic" (two or more regions).
            for (var pass = 0; pass < 2 && candidates.Count == 0; pass++)
            {
                for (var i = start; i < end; i++)
                {
                    var isOwnWord = _postings.ContainsKey(_surfaces[i]);
                    if (isOwnWord != (pass == 0))
                        continue;
                    foreach (var canonical in _surfaceTerms[i])
                    {
                        if (!candidates.Exists(c => c.Term == canonical))
                            candidates.Add(new Candidate(canonical, 0.8f, How.Prefix, _surfaces[i]));
                    }
                }
            }
            if (candidates.Count > 0)
                return candidates;
        }

        // Typos: one edit in words of four letters or more, two from eight; digits (levels, codes) are never guessed.
        if (term.Length < 4 || term.Any(char.IsDigit))
            return candidates;
        var max = term.Length >= 8 ? 2 : 1;
        var bestDistance = max + 1;
        var letters = Letters(term);
        for (var i = 0; i < _surfaces.Length; i++)
        {
            // Each edit adds or removes at most one letter from the set of letters used, a swap none: a cheap sieve
            // before the full distance.
            if (System.Numerics.BitOperations.PopCount(letters ^ _surfaceLetters[i]) > 2 * max)
                continue;
            var distance = SearchText.Distance(term, _surfaces[i], max);
            if (distance > max || distance > bestDistance)
                continue;
            if (distance < bestDistance)
            {
                candidates.Clear();
                bestDistance = distance;
            }
            foreach (var canonical in _surfaceTerms[i])
            {
                // Every equally close surface is kept (not only one per term) so the likeliest correction can be chosen.
                candidates.Add(new Candidate(canonical, distance == 1 ? 0.6f : 0.5f, How.Typo, _surfaces[i]));
            }
        }
        return candidates;
    }

    /// <summary>The set of letters and digits in a word, one bit each.</summary>
    static ulong Letters(string word)
    {
        var set = 0UL;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
                set |= 1UL << (c - 'a');
            else if (c is >= '0' and <= '9')
                set |= 1UL << (26 + c - '0');
            else
                set |= 1UL << 63;
        }
        return set;
    }

    /// <summary>Of equally close corrections, the one sharing the longest start with what was typed, then the longest.</summary>
    static string Likeliest(string typed, IEnumerable<string> surfaces) =>
        surfaces.OrderByDescending(s => CommonPrefix(typed, s)).ThenByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).First();

    static int CommonPrefix(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        return i;
    }

    int LowerBound(string prefix)
    {
        int lo = 0, hi = _surfaces.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_surfaces[mid], prefix) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    static List<string> Why(List<SearchWord> words, Best[] best, bool[] named, int doc, int docs)
    {
        var why = new List<string>(words.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < words.Count; k++)
        {
            if (named[k * docs + doc])
            {
                if (k == 0 || !ReferenceEquals(words[k - 1].CoderTerm, words[k].CoderTerm))
                    why.Add($"coder term “{words[k].CoderTerm!.Phrase}”");
                continue;
            }
            var b = best[k * docs + doc];
            // A phrase that stands for two words ("with contrast") explains itself once.
            if (b.Score <= 0 || !seen.Add(words[k].Source))
                continue;
            var typed = words[k].Source;
            var field = FieldNames[(int)b.Field];
            why.Add(b.How switch
            {
                How.Code => $"code {b.Term}",
                How.CodePrefix => $"code starts with {b.Term}",
                How.Exact => $"“{typed}” in {field}",
                How.Synonym when string.Equals(typed, SearchText.Show(b.Term), StringComparison.OrdinalIgnoreCase) => $"“{typed}” in {field}",
                How.Synonym => $"“{typed}” = {SearchText.Show(b.Term)}, in {field}",
                How.Prefix => $"“{typed}…” → {SearchText.Show(b.Term)}, in {field}",
                _ => $"“{typed}” ≈ {b.Surface}, in {field}",
            });
        }
        return why;
    }

    /// <summary>Words each code carries for its region, route and kind, so "c-spine CT" or "S&amp;I lumbar" find it.</summary>
    static class Facets
    {
        public static IEnumerable<string> Region(Code code) => code.Region switch
        {
            Catalogue.Region.Cervical => ["cervical"],
            Catalogue.Region.Thoracic => ["thoracic"],
            Catalogue.Region.Lumbosacral => ["lumbosacral"],
            Catalogue.Region.TwoOrMore => ["multiregion"],
            Catalogue.Region.PosteriorFossa => ["posteriorfossa"],
            _ => [],
        };

        public static IEnumerable<string> Route(Code code) => code.Route switch
        {
            InjectionRoute.Lumbar => ["lp"],
            InjectionRoute.C1C2 => ["c1c2"],
            _ => [],
        };

        public static IEnumerable<string> Kind(Code code) => code.Kind switch
        {
            CodeKind.Combined => ["myelogram", "injection", "bundled"],
            CodeKind.Injection => ["injection"],
            CodeKind.SupervisionInterpretation => ["si", "myelogram", "supervision", "interpretation"],
            CodeKind.Ct => ["ct"],
            CodeKind.Guidance => ["guidance", "fluoroscopy"],
            CodeKind.Puncture => ["puncture"],
            _ => [],
        };

        /// <summary>A CT myelogram is a with-contrast CT plus the injection that put the contrast in.</summary>
        public static float? IsCtMyelogram(Code code, List<string> labelTerms) => code.Kind switch
        {
            CodeKind.Ct when labelTerms.Contains("withcontrast") => 3f,
            CodeKind.Injection => 2f,
            _ => null,
        };
    }
}
