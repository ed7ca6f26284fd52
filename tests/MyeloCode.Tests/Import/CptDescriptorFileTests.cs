using Microsoft.EntityFrameworkCore;
using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Import;

public sealed class CptDescriptorFileTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_four_files_of_a_release_store_each_form_for_catalogue_codes_only()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.CptDescriptors,
            database.Write("LONGULT.txt", GoodLongult), database.Write("MEDU.txt", GoodMedu),
            database.Write("SHORTU.txt", GoodShortu), database.Write("ConsumerDescriptor.txt", GoodConsumer));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.Open();
        var descriptors = await db.OfficialDescriptors.OrderBy(d => d.Code).ThenBy(d => d.Form).ToListAsync(Ct);
        Assert.Equal([
            "62302|consumer|Test plain words for 62302", "62302|long|Test long text for 62302", "62302|medium|TEST MEDIUM TEXT 62302",
            "62302|short|TEST SHORT 62302", "62303|long|Test long text for 62303"],
            descriptors.Select(d => $"{d.Code}|{d.Form}|{d.Text}"));
        var longult = result.Records.Single(r => r.FileName == "LONGULT.txt");
        Assert.Equal((ImportKinds.CptDescriptors, 4, 2, 2, "2026"), (longult.Kind, longult.RowsRead, longult.RowsStored, longult.RowsSkipped, longult.DataVersion));
    }

    [Fact]
    public async Task Importing_one_form_leaves_the_other_forms_alone()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportAsync(ImportKind.CptDescriptors, database.Write("LONGULT.txt", GoodLongult), database.Write("MEDU.txt", GoodMedu));

        var result = await database.ImportAsync(ImportKind.CptDescriptors, database.Write("LONGULT.txt", Longult(LongRow("62304"))));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.Open();
        Assert.Equal(["62302|medium", "62304|long"], await db.OfficialDescriptors.OrderBy(d => d.Code).Select(d => d.Code + "|" + d.Form).ToListAsync(Ct));
    }

    [Fact]
    public async Task Reimporting_a_form_after_another_form_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportAsync(ImportKind.CptDescriptors, database.Write("LONGULT.txt", GoodLongult));
        await database.ImportAsync(ImportKind.CptDescriptors, database.Write("MEDU.txt", GoodMedu));
        var before = database.Dump();

        var result = await database.ImportAsync(ImportKind.CptDescriptors, database.Write("LONGULT.txt", GoodLongult));

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, database.Dump());
    }

    [Fact]
    public async Task Two_files_of_one_form_are_refused()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.CptDescriptors,
            database.Write("LONGULT.txt", GoodLongult), database.Write("LONGUT.txt", Longult(LongRow("62304", "TEST UPPER LONG"))));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Equal(new ImportError("LONGUT.txt", 0, "LONGULT.txt holds the long descriptors too; give one file per form."), Assert.Single(result.Validation.Errors));
    }

    public static TheoryData<string, string, string, int, string> BadFiles => new()
    {
        { "long: wrong column count", "LONGULT.txt", Longult(LongRow("62302") + "\tmore"), 5, "3 tab-separated columns, expected 2 (CODE<TAB>descriptor)." },
        { "long: bad code", "LONGULT.txt", Longult(LongRow("62302"), LongRow("62-03")), 6, "'62-03' is not a CPT code" },
        { "long: no descriptor", "LONGULT.txt", Longult(LongRow("62302"), "62303\t "), 6, "code 62303 has no descriptor." },
        { "long: no rows", "LONGULT.txt", Longult(), 0, "no descriptor rows; expected lines of CODE<TAB>descriptor" },
        { "long: fixed-width content", "LONGULT.txt", GoodMedu, 0, "no descriptor rows; expected lines of CODE<TAB>descriptor" },
        { "long: header too long", "LONGULT.txt", Longult([.. Enumerable.Repeat("licence text", 60), LongRow("62302")]), 52, "wrong header: no descriptor row in the first 50 lines" },
        { "long: duplicate code", "LONGULT.txt", Longult(LongRow("62302"), LongRow("62302", "Other text")), 6, "duplicate code 62302: already on line 5." },
        { "medium: too long", "MEDU.txt", Medu(FixedRow("62302", new string('X', 49))), 5, "the descriptor has 49 characters; the medium form has at most 48." },
        { "short: too long", "SHORTU.txt", Medu(FixedRow("62302", new string('X', 29))), 5, "the descriptor has 29 characters; the short form has at most 28." },
        { "medium: a tab", "MEDU.txt", Medu(FixedRow("62302", "TEXT"), "62303\tTEXT"), 6, "a tab in a fixed-width file" },
        { "medium: bad code", "MEDU.txt", Medu(FixedRow("62302", "TEXT"), "62 03 TEXT"), 6, "'62 03' is not a CPT code" },
        { "medium: no space after the code", "MEDU.txt", Medu(FixedRow("62302", "TEXT"), "623033TEXT"), 6, "expected the code in columns 1-5, a space, then the descriptor" },
        { "consumer: wrong header", "ConsumerDescriptor.txt", Lines(["Concept\tCode\tText", ConsumerRow("1", "62302")]), 1, "wrong header: expected 'Concept Id<TAB>CPT Code<TAB>Consumer Friendly Descriptor'." },
        { "consumer: wrong column count", "ConsumerDescriptor.txt", Consumer("1\t62302"), 2, "2 tab-separated columns, expected 3" },
        { "consumer: bad concept id", "ConsumerDescriptor.txt", Consumer(ConsumerRow("abc", "62302")), 2, "concept id 'abc' is not a number." },
        { "unknown file name", "descriptors.txt", GoodLongult, 0, "cannot tell which descriptor file this is from its name" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_rejected_with_file_line_and_reason_and_the_database_is_unchanged(
        string _, string name, string content, int line, string reason)
    {
        await AssertRejectedAsync(ImportKind.CptDescriptors, name, content, line, reason);
    }
}
