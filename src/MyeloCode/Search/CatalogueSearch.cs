using MyeloCode.Catalogue;

namespace MyeloCode.Search;

/// <summary>The search index of the current catalogue snapshot, rebuilt when the snapshot changes (a load or an import).</summary>
public sealed class CatalogueSearch
{
    readonly CatalogueStore _store;
    volatile SearchIndex _index;

    public CatalogueSearch(CatalogueStore store)
    {
        _store = store;
        _index = SearchIndex.Build(store.Current);
        store.Changed += snapshot => _index = SearchIndex.Build(snapshot);
    }

    /// <summary>The index of <see cref="CatalogueStore.Current"/>; rebuilt here too in case a change raced the event.</summary>
    public SearchIndex Index
    {
        get
        {
            var index = _index;
            var current = _store.Current;
            if (!ReferenceEquals(index.Snapshot, current))
                _index = index = SearchIndex.Build(current);
            return index;
        }
    }

    public SearchResult Search(string? query, Region? region = null, int limit = 20) => Index.Search(query, region, limit);
}
