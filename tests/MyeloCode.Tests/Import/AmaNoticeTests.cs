using MyeloCode.Import;

namespace MyeloCode.Tests.Import;

public sealed class AmaNoticeTests
{
    [Fact]
    public void The_notice_names_the_release_year_of_the_import_or_else_the_year_it_was_imported()
    {
        var withRelease = new ImportRecord { Kind = ImportKinds.CptDescriptors, FileName = "LONGULT.txt", Sha256 = "x", DataVersion = "2026", ImportedAt = new DateTimeOffset(2025, 9, 2, 0, 0, 0, TimeSpan.Zero) };
        var without = new ImportRecord { Kind = ImportKinds.CptDescriptors, FileName = "LONGULT.txt", Sha256 = "x", ImportedAt = new DateTimeOffset(2025, 9, 2, 0, 0, 0, TimeSpan.Zero) };

        Assert.StartsWith("CPT codes, descriptions and other data only are copyright 2026 American Medical Association.", AmaNotice.Lines(AmaNotice.ReleaseYear(withRelease))[0], StringComparison.Ordinal);
        Assert.Equal(2025, AmaNotice.ReleaseYear(without));
    }
}
