using System.Globalization;
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
/// then one transaction replaces that kind's rows for the files' version (for AMA files, the descriptor forms the files
/// hold; for CMS files, the year or quarter they apply to, keeping the others), records each file and bumps the
/// catalogue revision, so a running web app swaps in all of it on its next poll, or none of it.
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
            if (VersionProblem(kind, parsed, files) is { } version)
                problems.Add(file.Name, 0, version);
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
        var slots = validation.Files.GroupBy(f => Slot(kind, f)).ToList();
        if (slots.All(slot => current.TryGetValue(slot.Key, out var records) && SameFiles(records, slot)))
            return new ImportResult(ImportOutcome.Unchanged, validation, slots.SelectMany(slot => current[slot.Key]).ToList());

        // A year's PFS file or a quarter's MUE/NCCI files replace the rows of that year or quarter only: earlier
        // ones stay, so a claim for an earlier date of service still sees the figures and edits in force then.
        var replaced = slots.Select(slot => slot.Key).ToHashSet(StringComparer.Ordinal);
        var replacedImports = earlier.Where(r => replaced.Contains(SlotOf(r))).Select(r => r.Id).ToList();
        switch (kind)
        {
            case ImportKind.CptDescriptors:
                var forms = validation.Files.Select(f => f.Form).ToList();
                await db.OfficialDescriptors.Where(d => forms.Contains(d.Form)).ExecuteDeleteAsync(ct);
                break;
            case ImportKind.CmsRvu:
                // From CY2026 a year has two files (QPP and non-QPP conversion factors): each replaces its own variant.
                var year = EffectiveFrom(kind, validation.Files[0]).Year;
                var variant = PfsRvuFile.VariantOf(validation.Files[0].Source.Name);
                await db.PfsRvus.Where(r => (r.Year == year && r.Variant == variant) || replacedImports.Contains(r.ImportId)).ExecuteDeleteAsync(ct);
                break;
            case ImportKind.NcciPtp:
                var quarters = validation.Files.Select(f => EffectiveFrom(kind, f)).ToList();
                await db.PtpEdits.Where(e => quarters.Contains(e.VersionFrom) || replacedImports.Contains(e.ImportId)).ExecuteDeleteAsync(ct);
                break;
            case ImportKind.Mue:
                var dates = validation.Files.Select(f => EffectiveFrom(kind, f)).ToList();
                await db.MueValues.Where(m => dates.Contains(m.VersionFrom) || replacedImports.Contains(m.ImportId)).ExecuteDeleteAsync(ct);
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
            EffectiveFrom = kind == ImportKind.CptDescriptors ? null : EffectiveFrom(kind, f),
            ImportedAt = now,
        }).ToList();
        db.Imports.AddRange(records);
        await db.SaveChangesAsync(ct);

        for (var i = 0; i < records.Count; i++)
        {
            foreach (var row in validation.Files[i].Rows)
            {
                row.Id = 0; // a new row here, even when the same validation was written to another database before
                row.ImportId = records[i].Id;
                switch (row)
                {
                    case PtpEdit edit: edit.VersionFrom = records[i].EffectiveFrom!.Value; break;
                    case MueValue mue: mue.VersionFrom = records[i].EffectiveFrom!.Value; break;
                }
            }
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
    /// One validation written to several databases (one per instance) needs the same catalogue codes in each, since
    /// only rows for catalogue codes are kept: null when <paramref name="other"/> has them, else the problem.
    /// </summary>
    public static async Task<string?> CatalogueMismatchAsync(MyeloDbContext first, MyeloDbContext other, CancellationToken ct)
    {
        var expected = (await first.Codes.Select(c => c.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var actual = (await other.Codes.Select(c => c.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        if (actual.SetEquals(expected))
            return null;
        return actual.Count == 0
            ? "has no catalogue yet: start its web app once so it loads data/codes, then import again."
            : $"has another catalogue ({actual.Count} codes, {actual.Except(expected).Count()} not in the first database, "
                + $"{expected.Except(actual).Count()} missing): start every instance with the same data/codes, then import again.";
    }

    /// <summary>
    /// The imports whose rows are in the tables now, by slot: for AMA files a kind and form, for CMS files a kind and
    /// the date their data applies from (a PFS year, an MUE or NCCI quarter). The latest import of a slot may be
    /// several files (the NCCI parts); they share one time stamp.
    /// </summary>
    public static Dictionary<string, List<ImportRecord>> CurrentBySlot(IEnumerable<ImportRecord> imports) =>
        imports.GroupBy(SlotOf).ToDictionary(g => g.Key, g =>
        {
            var latest = g.Max(r => r.ImportedAt);
            return g.Where(r => r.ImportedAt == latest).ToList();
        });

    /// <summary>NCCI splits the PTP table in parts and an import replaces the version's whole table: say so when parts went missing.</summary>
    static List<string> DroppedParts(ImportKind kind, Dictionary<string, List<ImportRecord>> current, IReadOnlyList<ParsedFile> files)
    {
        if (kind != ImportKind.NcciPtp || !current.TryGetValue(Slot(kind, files[0]), out var earlier))
            return [];
        var given = files.Select(f => PtpEditFile.PartOf(f.Source.Name)).ToHashSet();
        var dropped = earlier.Where(r => PtpEditFile.PartOf(r.FileName) is { } part && !given.Contains(part)).Select(r => r.FileName).ToList();
        return dropped.Count == 0
            ? []
            : [$"The edits of {string.Join(", ", dropped)} are no longer stored: an import replaces every PTP edit of its version, so give all parts of a release in one run."];
    }

    static bool SameFiles(List<ImportRecord> records, IEnumerable<ParsedFile> files) =>
        records.Select(r => r.Sha256).Order(StringComparer.Ordinal).SequenceEqual(files.Select(f => f.Source.Sha256).Order(StringComparer.Ordinal));

    static string SlotOf(ImportRecord record) => record.Kind == ImportKinds.CptDescriptors
        ? Slot(record.Kind, CptDescriptorFile.FormOf(record.FileName))
        : Slot(record.Kind, ImportVersions.EffectiveFrom(record)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record.FileName);

    static string Slot(ImportKind kind, ParsedFile file) => kind == ImportKind.CptDescriptors
        ? Slot(kind.Name(), file.Form)
        : Slot(kind.Name(), EffectiveFrom(kind, file).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), file.Source.Name);

    // A PFS year's QPP and non-QPP files fill two slots of that year.
    static string Slot(string kind, string? detail, string fileName) =>
        kind == ImportKinds.CmsRvu && PfsRvuFile.VariantOf(fileName) is { } variant ? $"{Slot(kind, detail)}/{variant}" : Slot(kind, detail);

    static string Slot(string kind, string? detail) => detail is null ? kind : $"{kind}/{detail}";

    static DateOnly EffectiveFrom(ImportKind kind, ParsedFile file) =>
        ImportVersions.EffectiveFrom(kind, file.Source.Name, file.DataVersion)
        ?? throw new InvalidOperationException($"{file.Source.Name} passed validation without an effective date.");

    /// <summary>A CMS file must say which dates of service it is for, and the NCCI parts of one import must be one version.</summary>
    static string? VersionProblem(ImportKind kind, ParsedFile parsed, List<ParsedFile> earlier)
    {
        if (kind == ImportKind.CptDescriptors)
            return null;
        if (ImportVersions.EffectiveFrom(kind, parsed.Source.Name, parsed.DataVersion) is not { } from)
        {
            return kind == ImportKind.Mue
                ? "the file name does not give the effective date (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv, as CMS names it); MUE files hold no dates, so the name says which dates of service they apply to."
                : "the file name does not give the NCCI version (ccipra-vNNNrN-fN.txt, as CMS names it), which says the quarter the edits apply to.";
        }
        if (earlier.FirstOrDefault(f => ImportVersions.EffectiveFrom(kind, f.Source.Name, f.DataVersion) != from) is { } other)
            return $"{other.Source.Name} is for another {(kind == ImportKind.CmsRvu ? "year" : "quarter")}; import one version at a time.";
        return null;
    }
}
