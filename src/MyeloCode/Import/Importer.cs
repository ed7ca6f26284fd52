using Microsoft.EntityFrameworkCore;
using MyeloCode.Catalogue;
using MyeloCode.Data;

namespace MyeloCode.Import;

public sealed record ImportOptions
{
    /// <summary>The largest file taken: the full NCCI PTP parts are well under 100 MB each.</summary>
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
    public int MaxErrorsKept { get; init; } = ImportProblems.DefaultKeep;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>Every file of one import, read and validated; nothing has been written yet.</summary>
public sealed record ImportValidation(ImportKind Kind, IReadOnlyList<ParsedFile> Files, IReadOnlyList<ImportError> Errors, int ErrorCount)
{
    public bool IsValid => ErrorCount == 0;
}

public enum ImportOutcome { Imported, Unchanged, Rejected }

/// <param name="Notes">Things the person importing should know although nothing went wrong.</param>
public sealed record ImportResult(ImportOutcome Outcome, ImportValidation Validation, IReadOnlyList<ImportRecord> Records, IReadOnlyList<string>? Notes = null);

/// <summary>
/// Brings a licensed AMA release or a CMS public file into the database: every file is validated in full first,
/// then one transaction replaces that kind's rows (for AMA files, the descriptor forms the files hold), records each
/// file and bumps the catalogue revision, so a running web app swaps in all of it on its next poll, or none of it.
/// </summary>
public static class Importer
{
    public static async Task<ImportResult> ImportAsync(MyeloDbContext db, ImportKind kind, IReadOnlyList<string> paths, ImportOptions options, CancellationToken ct)
    {
        var validation = await ValidateAsync(db, kind, paths, options, ct);
        return validation.IsValid
            ? await WriteAsync(db, validation, options, ct)
            : new ImportResult(ImportOutcome.Rejected, validation, []);
    }

    public static async Task<ImportValidation> ValidateAsync(MyeloDbContext db, ImportKind kind, IReadOnlyList<string> paths, ImportOptions options, CancellationToken ct)
    {
        var problems = new ImportProblems(options.MaxErrorsKept);
        var files = new List<ParsedFile>();
        if (paths.Count == 0)
            problems.Add("", 0, "No file given.");
        else if (paths.Count > 1 && !kind.TakesSeveralFiles())
            problems.Add("", 0, $"{kind.Name()} takes one file; {paths.Count} were given.");
        var catalogue = (await db.Codes.Select(c => c.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        if (catalogue.Count == 0)
            problems.Add("", 0, "The database has no catalogue yet: start the web app once (dotnet run --project src/MyeloCode.Web) so it loads data/codes, then import again.");
        if (problems.Any)
            return new ImportValidation(kind, files, problems.Errors, problems.Count);

        var batch = new ImportBatch(catalogue, problems);
        foreach (var path in paths)
        {
            if (await TextFile.InspectAsync(path, options.MaxFileBytes, problems, ct) is not { } file)
                continue;
            if (files.FirstOrDefault(f => f.Source.Sha256 == file.Sha256) is { } same)
            {
                problems.Add(file.Name, 0, $"the same file as {same.Source.Name}, given twice.");
                continue;
            }
            var parsed = kind switch
            {
                ImportKind.CptDescriptors => CptDescriptorFile.Read(file, batch),
                ImportKind.CmsRvu => PfsRvuFile.Read(file, batch),
                ImportKind.NcciPtp => PtpEditFile.Read(file, batch),
                ImportKind.Mue => MueFile.Read(file, batch),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
            };
            if (parsed is null)
                continue;
            if (parsed.Form is not null && files.FirstOrDefault(f => f.Form == parsed.Form) is { } sameForm)
                problems.Add(file.Name, 0, $"{sameForm.Source.Name} holds the {parsed.Form} descriptors too; give one file per form.");
            files.Add(parsed);
        }
        return new ImportValidation(kind, files, problems.Errors, problems.Count);
    }

    public static async Task<ImportResult> WriteAsync(MyeloDbContext db, ImportValidation validation, ImportOptions options, CancellationToken ct)
    {
        if (!validation.IsValid)
            throw new InvalidOperationException("An import with errors cannot be written.");
        var kind = validation.Kind;

        await StopPoint.ReachAsync("import:validated", ct);
        // BEGIN IMMEDIATE: the check below and the write see the same state, even with another importer running.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await db.Imports.AsNoTracking().ToListAsync(ct);
        var current = CurrentBySlot(earlier);
        var slots = validation.Files.GroupBy(f => Slot(kind.Name(), f.Form)).ToList();
        if (slots.All(slot => current.TryGetValue(slot.Key, out var records) && SameFiles(records, slot)))
            return new ImportResult(ImportOutcome.Unchanged, validation, slots.SelectMany(slot => current[slot.Key]).ToList());

        switch (kind)
        {
            case ImportKind.CptDescriptors:
                var forms = validation.Files.Select(f => f.Form).ToList();
                await db.OfficialDescriptors.Where(d => forms.Contains(d.Form)).ExecuteDeleteAsync(ct);
                break;
            case ImportKind.CmsRvu:
                await db.PfsRvus.ExecuteDeleteAsync(ct);
                break;
            case ImportKind.NcciPtp:
                await db.PtpEdits.ExecuteDeleteAsync(ct);
                break;
            case ImportKind.Mue:
                await db.MueValues.ExecuteDeleteAsync(ct);
                break;
        }

        await StopPoint.ReachAsync("import:deleted", ct);
        // One time stamp for the whole batch (that is how status tells the files of one import), later than any before.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(options.Clock.GetUtcNow().ToUnixTimeMilliseconds());
        if (earlier.Count > 0 && earlier.Max(r => r.ImportedAt) is var latest && latest >= now)
            now = latest.AddMilliseconds(1);
        var records = validation.Files.Select(f => new ImportRecord
        {
            Kind = kind.Name(),
            FileName = f.Source.Name,
            Sha256 = f.Source.Sha256,
            RowsRead = f.RowsRead,
            RowsStored = f.Rows.Count,
            RowsSkipped = f.RowsSkipped,
            DataVersion = f.DataVersion,
            ImportedAt = now,
        }).ToList();
        db.Imports.AddRange(records);
        await db.SaveChangesAsync(ct);

        for (var i = 0; i < records.Count; i++)
        {
            foreach (var row in validation.Files[i].Rows)
                row.ImportId = records[i].Id;
            db.AddRange(validation.Files[i].Rows);
        }
        await db.SaveChangesAsync(ct);
        await CatalogueLoader.BumpRevisionAsync(db, ct);
        await StopPoint.ReachAsync("import:before-commit", ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportResult(ImportOutcome.Imported, validation, records, DroppedParts(kind, current, validation.Files));
    }

    /// <summary>
    /// The imports whose rows are in the tables now, by slot: a kind, or for AMA files a kind and form. The latest
    /// import of a slot may be several files (the NCCI parts); they share one time stamp.
    /// </summary>
    public static Dictionary<string, List<ImportRecord>> CurrentBySlot(IEnumerable<ImportRecord> imports) =>
        imports.GroupBy(SlotOf).ToDictionary(g => g.Key, g =>
        {
            var latest = g.Max(r => r.ImportedAt);
            return g.Where(r => r.ImportedAt == latest).ToList();
        });

    /// <summary>NCCI splits the PTP table in parts and an import replaces the whole table: say so when parts went missing.</summary>
    static List<string> DroppedParts(ImportKind kind, Dictionary<string, List<ImportRecord>> current, IReadOnlyList<ParsedFile> files)
    {
        if (kind != ImportKind.NcciPtp || !current.TryGetValue(kind.Name(), out var earlier))
            return [];
        var given = files.Select(f => PtpEditFile.PartOf(f.Source.Name)).ToHashSet();
        var dropped = earlier.Where(r => PtpEditFile.PartOf(r.FileName) is { } part && !given.Contains(part)).Select(r => r.FileName).ToList();
        return dropped.Count == 0
            ? []
            : [$"The edits of {string.Join(", ", dropped)} are no longer stored: an import replaces every PTP edit, so give all parts of a release in one run."];
    }

    static bool SameFiles(List<ImportRecord> records, IEnumerable<ParsedFile> files) =>
        records.Select(r => r.Sha256).Order(StringComparer.Ordinal).SequenceEqual(files.Select(f => f.Source.Sha256).Order(StringComparer.Ordinal));

    static string SlotOf(ImportRecord record) =>
        Slot(record.Kind, record.Kind == ImportKinds.CptDescriptors ? CptDescriptorFile.FormOf(record.FileName) : null);

    static string Slot(string kind, string? form) => form is null ? kind : $"{kind}/{form}";
}
