using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Import;

public sealed class ImporterTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<ImportKind> Kinds => new(Enum.GetValues<ImportKind>());

    static (string Name, string Content) Good(ImportKind kind) => kind switch
    {
        ImportKind.CptDescriptors => ("LONGULT.txt", GoodLongult),
        ImportKind.CmsRvu => (PfsName, GoodPfs),
        ImportKind.NcciPtp => (PtpName, GoodPtp),
        _ => (MueName, GoodMue),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Reimporting_the_same_file_changes_nothing(ImportKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var (name, content) = Good(kind);
        await database.ImportAsync(kind, database.Write(name, content));
        var before = database.Dump();

        var result = await database.ImportAsync(kind, database.Write(name, content));

        Assert.Equal(ImportOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, database.Dump());
    }

    [Fact]
    public async Task An_import_bumps_the_revision_so_a_running_app_swaps_in_the_data_on_its_next_refresh()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var store = new CatalogueStore(new TestDbContextFactory(database.ConnectionString));
        await store.RefreshAsync(Ct);
        var revision = store.Current.Revision;

        await database.ImportGoodAsync(ImportKind.CmsRvu);
        await database.ImportGoodAsync(ImportKind.NcciPtp);
        await database.ImportGoodAsync(ImportKind.Mue);
        await database.ImportGoodAsync(ImportKind.CptDescriptors);

        Assert.True(await store.RefreshAsync(Ct));
        var snapshot = store.Current;
        Assert.Equal(revision + 4, snapshot.Revision);
        Assert.Equal(3, snapshot.Rvus["72240"].Count());
        Assert.Equal(["62284", "77003"], snapshot.PtpByCode["62302"].Where(e => e.Column1 == "62302").Select(e => e.Column2).Order());
        Assert.Contains(snapshot.PtpByCode["62302"], e => e.Column1 == "22551" && e.DeletionDate is not null);
        Assert.Equal("2", snapshot.On(new DateOnly(2026, 2, 1)).Mues["62302"].AdjudicationIndicator);
        Assert.Equal("Test long text for 62302", Assert.Single(snapshot.Official["62302"]).Text);
        Assert.Equal(4, snapshot.Imports.Count(i => !i.Shipped));
    }

    [Fact]
    public async Task A_rejected_file_does_not_bump_the_revision()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var revision = await database.RevisionAsync();

        await database.ImportAsync(ImportKind.Mue, database.Write(MueName, Mue(MueRow("62-02"))));

        Assert.Equal(revision, await database.RevisionAsync());
    }

    [Fact]
    public async Task A_file_of_the_same_quarter_replaces_that_quarters_rows_and_keeps_the_earlier_import_in_the_history()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportGoodAsync(ImportKind.Mue);

        var result = await database.ImportAsync(ImportKind.Mue, database.Write(MueName, Mue(MueRow("62305", "1"))));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = database.Open();
        Assert.Equal(["62305"], await db.MueValues.Select(m => m.Code).ToListAsync(Ct));
        var status = await ImportStatus.ReadAsync(db, Ct);
        Assert.Equal([("2026-01-01", true), ("2026-01-01", false)], status.Imports.Select(i => (i.Record.DataVersion, i.Current)));
        Assert.Equal(1, status.MueValues);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_not_just_the_first()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var result = await database.ImportAsync(ImportKind.NcciPtp, database.Write(PtpName,
            Ptp(PtpRow("62302", "62284"), PtpRow("6230", "62284"), PtpRow("62302", "62270"), PtpRow("62302", "62303", modifier: "7"))));

        Assert.Equal([8, 10], result.Validation.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task Errors_kept_are_capped_but_all_are_counted()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var rows = Enumerable.Range(0, 10).Select(i => MueRow($"6230{i}", "x")).ToArray();

        var result = await database.ImportAsync(ImportKind.Mue, new ImportOptions { MaxErrorsKept = 5 }, database.Write(MueName, Mue(rows)));

        Assert.Equal((5, 10), (result.Validation.Errors.Count, result.Validation.ErrorCount));
    }

    [Fact]
    public async Task Without_a_catalogue_the_import_is_refused_with_what_to_do()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: false);
        var before = database.Dump();

        var result = await database.ImportAsync(ImportKind.Mue, database.Write(MueName, GoodMue));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains("start the web app once", Assert.Single(result.Validation.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(before, database.Dump());
    }

    [Fact]
    public async Task The_same_file_given_twice_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var path = database.Write(PtpName, GoodPtp);

        var result = await database.ImportAsync(ImportKind.NcciPtp, path, database.Write("ccipra-v321r0-f2.txt", GoodPtp));

        Assert.Equal(new ImportError("ccipra-v321r0-f2.txt", 0, $"the same file as {PtpName}, given twice."), Assert.Single(result.Validation.Errors));
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_the_write_leaves_the_database_as_it_was()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportGoodAsync(ImportKind.NcciPtp);
        var before = database.Dump();
        await using var db = Open(database, new FailOnCommand("INSERT INTO \"PtpEdits\"", cancel: null));
        var changed = database.Write("ccipra-v322r0-f1.txt", Ptp(PtpRow("62302", "62284"), PtpRow("62304", "62284")));

        await Assert.ThrowsAsync<DbUpdateException>(() => Importer.ImportAsync(db, ImportKind.NcciPtp, [changed], new ImportOptions(), Ct));

        Assert.Equal(before, database.Dump());
    }

    [Fact]
    public async Task Cancelling_after_validation_in_the_middle_of_the_write_leaves_the_database_as_it_was()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportGoodAsync(ImportKind.Mue);
        var before = database.Dump();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        await using var db = Open(database, new FailOnCommand("DELETE FROM \"MueValues\"", cancel));
        var validation = await Importer.ValidateAsync(db, ImportKind.Mue, [database.Write(MueName, Mue(MueRow("62305")))], new ImportOptions(), Ct);
        Assert.True(validation.IsValid);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer.WriteAsync(db, validation, new ImportOptions(), cancel.Token));

        Assert.Equal(before, database.Dump());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_UTF16_file_is_rejected(ImportKind kind)
    {
        var (name, content) = Good(kind);
        await AssertRejectedAsync(kind, name, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(content)], 0, "the file is UTF-16 text; save it as UTF-8.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_file_with_NUL_bytes_is_rejected(ImportKind kind)
    {
        var (name, content) = Good(kind);
        await AssertRejectedAsync(kind, name, Encoding.Unicode.GetBytes(content), 1, "NUL byte: this is a binary file or UTF-16 text without a byte-order mark");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_file_neither_UTF8_nor_Windows1252_is_rejected_at_the_line_of_the_bad_byte(ImportKind kind)
    {
        var (name, content) = Good(kind);
        var line = content[..content.IndexOf("62302", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var bytes = Encoding.Latin1.GetBytes(content.Replace("62302", "6230\u0081", StringComparison.Ordinal));

        await AssertRejectedAsync(kind, name, bytes, line, "unknown encoding: neither UTF-8 nor Windows-1252 (byte 0x81); save the file as UTF-8.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_UTF8_BOM_file_that_is_not_UTF8_is_rejected(ImportKind kind)
    {
        var (name, content) = Good(kind);
        var line = content[..content.IndexOf("62302", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var bytes = Encoding.Latin1.GetBytes("\u00ef\u00bb\u00bf" + content.Replace("62302", "62302\u00e9", StringComparison.Ordinal));

        await AssertRejectedAsync(kind, name, bytes, line, "the file starts with a UTF-8 byte-order mark but this line is not valid UTF-8.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_file_over_the_size_limit_is_rejected(ImportKind kind)
    {
        var (name, content) = Good(kind);
        var limit = new ImportOptions { MaxFileBytes = 100 };

        await AssertRejectedAsync(kind, name, content, 0, $"the file is {Encoding.UTF8.GetByteCount(content):N0} bytes, over the limit of 100 bytes.", limit);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task UTF8_with_a_BOM_and_Windows1252_files_are_read(ImportKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var (name, content) = Good(kind);

        var utf8 = await database.ImportAsync(kind, database.Write(name, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)));
        var windows = await database.ImportAsync(kind, database.Write(name, "\u00ae " + content.Replace("Test", "T\u00e9st", StringComparison.Ordinal),
            CodePagesEncodingProvider.Instance.GetEncoding(1252)!));

        Assert.Equal(ImportOutcome.Imported, utf8.Outcome);
        Assert.Equal(ImportOutcome.Imported, windows.Outcome);
        Assert.Equal(("UTF-8", "Windows-1252"), (utf8.Validation.Files[0].Source.EncodingName, windows.Validation.Files[0].Source.EncodingName));
    }

    [Fact]
    public async Task Windows1252_descriptor_text_is_decoded_correctly()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var longult = Longult(LongRow("62302", "Test caf\u00e9 \u2013 text"));

        await database.ImportAsync(ImportKind.CptDescriptors, database.Write("LONGULT.txt", longult, CodePagesEncodingProvider.Instance.GetEncoding(1252)!));

        await using var db = database.Open();
        Assert.Equal("Test caf\u00e9 \u2013 text", (await db.OfficialDescriptors.SingleAsync(Ct)).Text);
    }

    [Fact]
    public async Task The_SHA256_recorded_is_the_files()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var path = database.Write(MueName, GoodMue);

        var result = await database.ImportAsync(ImportKind.Mue, path);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path, Ct))), Assert.Single(result.Records).Sha256);
    }

    static MyeloDbContext Open(TestDatabase database, FailOnCommand interceptor)
    {
        var builder = new DbContextOptionsBuilder<MyeloDbContext>();
        builder.UseMyeloSqlite(database.ConnectionString).AddInterceptors(interceptor);
        return new MyeloDbContext(builder.Options);
    }

    /// <summary>Throws (or cancels) when EF sends a command starting with the given text: a crash half-way through the write.</summary>
    sealed class FailOnCommand(string start, CancellationTokenSource? cancel) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        void Check(DbCommand command)
        {
            if (!command.CommandText.TrimStart().StartsWith(start, StringComparison.Ordinal))
                return;
            if (cancel is null)
                throw new InvalidOperationException("Simulated crash half-way through the import.");
            cancel.Cancel();
        }
    }
}
