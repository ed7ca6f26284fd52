using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Import;

/// <summary>What the four formats share through one read loop, so they can no longer behave differently.</summary>
public sealed class ImportReadLoopTests
{
    static readonly HashSet<string> Catalogue = ["62302", "62303", "72240"];

    static async Task<(ParsedFile? Parsed, ImportProblems Problems)> ReadAsync(ImportKind kind, string name, string content)
    {
        await using var database = await TestDatabase.CreateAsync();
        var problems = new ImportProblems();
        var file = await TextFile.InspectAsync(database.Write(name, content), ImportOptions.DefaultMaxFileBytes, problems, TestContext.Current.CancellationToken);
        var batch = new ImportBatch(Catalogue, problems);
        ParsedFile? parsed = kind switch
        {
            ImportKind.Mue => MueFile.Read(file!, batch),
            ImportKind.CmsRvu => PfsRvuFile.Read(file!, batch),
            ImportKind.NcciPtp => PtpEditFile.Read(file!, batch),
            _ => CptDescriptorFile.Read(file!, batch),
        };
        return (parsed, problems);
    }

    public static TheoryData<ImportKind, string, string> BrokenFiles => new()
    {
        // Good rows first, then quoting that breaks the rest of the file: both CSV formats give no partial result.
        { ImportKind.Mue, MueName, Mue(MueRow("62302"), "62303,1,\"2 Date of Service Edit: Policy,Nature") },
        { ImportKind.CmsRvu, PfsName, Pfs(PfsRow("62302"), "62303,\"unclosed") },
        // A wrong header, after a title block that would otherwise be read.
        { ImportKind.NcciPtp, PtpName, Lines([.. PtpTitle, "Column 1\tColumn 2\tEffective Date", PtpRow("62302", "62284")]) },
        { ImportKind.CptDescriptors, "ConsumerDescriptor.txt", Lines(["Concept\tCode\tText", ConsumerRow("1", "62302")]) },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_file_that_is_unusable_as_a_whole_gives_no_rows_at_all(ImportKind kind, string name, string content)
    {
        var (parsed, problems) = await ReadAsync(kind, name, content);

        Assert.Null(parsed);
        Assert.Equal(1, problems.Count);
    }

    [Fact]
    public async Task Only_catalogue_codes_are_kept_and_the_rest_are_counted_as_skipped()
    {
        var (parsed, problems) = await ReadAsync(ImportKind.Mue, MueName, Mue(MueRow("62302"), MueRow("99213"), MueRow("72240"), MueRow("99214")));

        Assert.False(problems.Any);
        Assert.Equal(["62302", "72240"], parsed!.Rows.Cast<MueValue>().Select(m => m.Code));
        Assert.Equal(4, parsed.RowsRead);
        Assert.Equal(2, parsed.RowsSkipped);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_in_one_run_not_just_the_first()
    {
        var (parsed, problems) = await ReadAsync(ImportKind.Mue, MueName, Mue(MueRow("62302", "x"), MueRow("62303"), MueRow("72240", "y")));

        Assert.NotNull(parsed);
        Assert.Equal([5, 7], problems.Errors.Select(e => e.Line));
    }
}
