using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Tests.Catalogue;

public sealed class DataFingerprintTests
{
    static ImportRecord Record(string file, string sha, int minute, bool shipped = false) => new()
    {
        Kind = ImportKinds.Mue, FileName = file, Sha256 = sha, EffectiveFrom = new DateOnly(2026, 1, 1),
        ImportedAt = new DateTimeOffset(2026, 1, 1, 0, minute, 0, TimeSpan.Zero), Shipped = shipped,
    };

    [Fact]
    public void The_same_files_in_use_give_the_same_stamp_whatever_was_imported_and_replaced_before()
    {
        var replaced = Record("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv", "old", 1);
        var current = Record("MCR_MUE_PractitionerServices_Eff_01-01-2026.csv", "new", 2);

        Assert.Equal(DataFingerprint.Of("catalogue", [current]), DataFingerprint.Of("catalogue", [replaced, current]));
        Assert.NotEqual(DataFingerprint.Of("catalogue", [current]), DataFingerprint.Of("catalogue", [replaced]));
        Assert.NotEqual(DataFingerprint.Of("catalogue", [current]), DataFingerprint.Of("other catalogue", [current]));
    }

    [Fact]
    public void Shipped_quarters_count_through_the_catalogue_hash_only()
    {
        var shipped = Record("MCR_MUE_PractitionerServices_Eff_04-01-2026.csv", "", 0, shipped: true);

        Assert.Equal(DataFingerprint.Of("catalogue", []), DataFingerprint.Of("catalogue", [shipped]));
    }
}
