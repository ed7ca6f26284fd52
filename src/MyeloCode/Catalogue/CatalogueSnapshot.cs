using MyeloCode.Import;
using MyeloCode.Search;

namespace MyeloCode.Catalogue;

/// <summary>
/// The whole catalogue plus imported data, read once from SQLite and shared read-only by every request.
/// It is small (tens of codes), so serving pages from memory beats a query per request by far.
/// </summary>
public sealed class CatalogueSnapshot
{
    public CatalogueSnapshot(long revision, DateTimeOffset loadedAt, IEnumerable<Code> codes, IEnumerable<OfficialDescriptor> official,
        IEnumerable<PfsRvu> rvus, IEnumerable<PtpEdit> ptpEdits, IEnumerable<MueValue> mues, IEnumerable<ImportRecord> imports)
    {
        Revision = revision;
        LoadedAt = loadedAt;
        Codes = codes.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        ById = Codes.ToDictionary(c => c.Id);
        Official = official.ToLookup(d => d.Code);
        Rvus = rvus.ToLookup(r => r.Code);
        var edits = ptpEdits.ToList();
        PtpEdits = edits;
        PtpByCode = edits.SelectMany(e => new[] { (Code: e.Column1, Edit: e), (Code: e.Column2, Edit: e) }).ToLookup(x => x.Code, x => x.Edit);
        Mues = mues.ToDictionary(m => m.Code);
        Imports = imports.OrderByDescending(i => i.ImportedAt).ToList();
        Search = SearchIndex.Build(this);
    }

    public long Revision { get; }
    public DateTimeOffset LoadedAt { get; }
    public IReadOnlyList<Code> Codes { get; }
    public IReadOnlyDictionary<string, Code> ById { get; }
    public ILookup<string, OfficialDescriptor> Official { get; }
    public ILookup<string, PfsRvu> Rvus { get; }
    public IReadOnlyList<PtpEdit> PtpEdits { get; }
    /// <summary>Edits where the code is column 1 or column 2.</summary>
    public ILookup<string, PtpEdit> PtpByCode { get; }
    public IReadOnlyDictionary<string, MueValue> Mues { get; }
    public IReadOnlyList<ImportRecord> Imports { get; }
    /// <summary>The search index over these codes, built with the snapshot so the two can never disagree.</summary>
    public SearchIndex Search { get; }

    public Code? Find(string? code) => code is not null && ById.TryGetValue(code, out var found) ? found : null;

    public static CatalogueSnapshot Empty { get; } = new(0, DateTimeOffset.MinValue, [], [], [], [], [], []);
}
