using MyeloCode.Catalogue;

namespace MyeloCode.Search;

/// <summary>One code found, with the reasons it matched, best first in a <see cref="SearchResult"/>.</summary>
public sealed record SearchHit(Code Code, double Score, IReadOnlyList<string> Why)
{
    public string WhyText => string.Join("; ", Why);
}

/// <summary>
/// The ranked hits for a query. <see cref="Partial"/>: no code matched every word, so these match some of them.
/// <see cref="DidYouMean"/>: the query with misspelt words corrected, when a correction was used.
/// </summary>
public sealed record SearchResult(string Query, IReadOnlyList<SearchHit> Hits, int Total, bool Partial, string? DidYouMean, IReadOnlyList<string> Unmatched)
{
    public static SearchResult Empty(string query) => new(query, [], 0, false, null, []);
}
