using MyeloCode.Catalogue;
using MyeloCode.Import;
using MyeloCode.Suggestions;

namespace MyeloCode.Tests.Suggestions;

/// <summary>The real catalogue (data/codes) as a snapshot, with imported NCCI data only where a test adds it.</summary>
public static class SuggestionTestData
{
    static readonly Lazy<IReadOnlyList<Code>> Codes = new(() => CatalogueReader.ReadDirectory(RealCatalogue.Directory).Codes);

    public static CatalogueSnapshot Snapshot { get; } = With();

    public static CatalogueSnapshot With(IEnumerable<PtpEdit>? edits = null, IEnumerable<MueValue>? mues = null, IEnumerable<ImportRecord>? imports = null) =>
        new(1, DateTimeOffset.UnixEpoch, Codes.Value, [], [], edits ?? [], mues ?? [], imports ?? []);

    public static SuggestionRequest Request(string? regions, string? route, string? billing, string? ct)
    {
        Assert.True(SuggestionRequest.TryParse(regions, route, billing, ct, out var request, out var errors),
            string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))));
        return request;
    }

    public static Suggestion Suggest(string regions, string route, string billing, string ct, CatalogueSnapshot? catalogue = null) =>
        SuggestionRules.Suggest(Request(regions, route, billing, ct), catalogue ?? Snapshot);

    /// <summary>Every combination of the four inputs, valid or not: 8 region sets × 3 routes × 3 roles × 8 CT sets.</summary>
    public static IEnumerable<(string Regions, string Route, string Billing, string Ct)> AllInputs()
    {
        string[] slugs = ["cervical", "thoracic", "lumbosacral"];
        var subsets = Enumerable.Range(0, 8).Select(mask => string.Join(',', slugs.Where((_, i) => (mask & (1 << i)) != 0))).ToList();
        foreach (var regions in subsets)
            foreach (var route in new[] { "lumbar", "c1c2", "none" })
                foreach (var billing in new[] { "both", "injecting", "interpreting" })
                    foreach (var ct in subsets)
                        yield return (regions, route, billing, ct);
    }
}
