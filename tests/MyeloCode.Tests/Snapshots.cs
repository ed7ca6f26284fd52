using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Tests;

/// <summary>Snapshots of the real catalogue for in-memory tests, optionally with imported data.</summary>
public static class Snapshots
{
    static readonly CatalogueData Data = CatalogueReader.ReadDirectory(RealCatalogue.Directory);

    public static CatalogueSnapshot Real(
        IEnumerable<OfficialDescriptor>? official = null, IEnumerable<PfsRvu>? rvus = null, IEnumerable<PtpEdit>? ptp = null,
        IEnumerable<MueValue>? mues = null, IEnumerable<ImportRecord>? imports = null, long revision = 1) =>
        new(revision, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), Data.Codes, official ?? [], rvus ?? [], ptp ?? [], mues ?? [], imports ?? []);
}
