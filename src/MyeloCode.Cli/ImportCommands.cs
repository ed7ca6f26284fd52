using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MyeloCode.Data;
using MyeloCode.Import;

namespace MyeloCode.Cli;

/// <summary>
/// <c>import &lt;kind&gt; &lt;file&gt;... [--db]...</c> and <c>import status [--db]...</c>. Exit codes: 0 imported or
/// unchanged, 1 the file was rejected (or the database failed), 2 the command line was wrong.
/// </summary>
public static class ImportCommands
{
    public const int Success = 0;
    public const int Rejected = 1;
    public const int UsageError = 2;
    const int ErrorsShown = 50;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var result = CreateRoot().Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
                await error.WriteLineAsync(parseError.Message);
            await error.WriteLineAsync("Run with --help for usage.");
            return UsageError;
        }
        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);
    }

    public static RootCommand CreateRoot()
    {
        var import = new Command("import", "Bring licensed CPT descriptors or CMS public files into the MyeloCode database.");
        import.Subcommands.Add(KindCommand(ImportKind.CptDescriptors,
            "AMA CPT data files of a licensed release: LONGULT.txt (or LONGUT.txt), MEDU.txt, SHORTU.txt, ConsumerDescriptor.txt. Replaces the forms given."));
        import.Subcommands.Add(KindCommand(ImportKind.CmsRvu,
            "The CMS physician fee schedule relative value file, PPRRVUyyyy_*.csv. Adds its year, or replaces that year only; other years stay."));
        import.Subcommands.Add(KindCommand(ImportKind.NcciPtp,
            "The NCCI practitioner PTP edit files, ccipra-v*-f1.txt … f4.txt (give all parts together). Adds the quarter of its version, or replaces that quarter only."));
        import.Subcommands.Add(KindCommand(ImportKind.Mue,
            "The practitioner MUE file, MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv. Adds the quarter of its effective date, or replaces that quarter only."));

        var db = DbOption();
        var status = new Command("status", "What has been imported, from which file (name, SHA-256, row counts) and when.") { db };
        status.SetAction((parse, ct) => StatusAsync(parse.GetValue(db), parse.InvocationConfiguration, ct));
        import.Subcommands.Add(status);

        return new RootCommand("MyeloCode command-line tool.") { import };
    }

    static Command KindCommand(ImportKind kind, string description)
    {
        var files = new Argument<string[]>("file")
        {
            Description = kind.TakesSeveralFiles() ? "The file or files to import." : "The file to import.",
            Arity = ArgumentArity.OneOrMore,
        };
        if (!kind.TakesSeveralFiles())
        {
            files.Validators.Add(result =>
            {
                if (result.Tokens.Count > 1)
                    result.AddError($"{kind.Name()} takes one file; {result.Tokens.Count} were given.");
            });
        }
        var db = DbOption();
        var command = new Command(kind.Name(), description) { files, db };
        command.SetAction((parse, ct) => ImportAsync(kind, parse.GetRequiredValue(files), parse.GetValue(db), parse.InvocationConfiguration, ct));
        return command;
    }

    static Option<string[]> DbOption() => new("--db")
    {
        Description = "SQLite connection string or file path; repeat it to import into several databases (one per "
            + "instance) in one run, validated once. Default: ConnectionStrings__MyeloCode, else the web app's "
            + "default database src/MyeloCode.Web/App_Data/myelocode.db of the repository around the current directory.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Every --db given (or the default one), as connection strings; null when one cannot be told.</summary>
    static List<string>? Databases(string[]? options)
    {
        var given = options is { Length: > 0 } ? options : new string?[] { null };
        var resolved = given.Select(o => DatabaseLocation.Resolve(o, Environment.CurrentDirectory, Environment.GetEnvironmentVariable)).ToList();
        return resolved.Any(r => r is null) ? null : resolved.OfType<string>().ToList();
    }

    static async Task<int> ImportAsync(ImportKind kind, string[] files, string[]? dbOptions, InvocationConfiguration console, CancellationToken ct)
    {
        var (output, error) = (console.Output, console.Error);
        if (Databases(dbOptions) is not { } connectionStrings)
            return await NoDatabaseAsync(error);
        var names = connectionStrings.Select(DatabaseLocation.Describe).ToList();
        if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            await error.WriteLineAsync($"--db {twice.Key} is given twice.");
            return UsageError;
        }
        var unchanged = names.Count == 1 ? "the database is unchanged" : "every database is unchanged";
        var dbs = connectionStrings.Select(c => new MyeloDbContext(SqliteSetup.Options(c))).ToList();
        var written = 0;
        try
        {
            // Validate once, against the first database, and check the others can take the same rows before writing any.
            foreach (var db in dbs)
                await SqliteSetup.MigrateAsync(db, ct);
            var validation = await Importer.ValidateAsync(dbs[0], kind, files, new ImportOptions(), ct);
            if (!validation.IsValid)
            {
                foreach (var problem in validation.Errors.Take(ErrorsShown))
                    await error.WriteLineAsync(problem.ToString());
                if (validation.ErrorCount > ErrorsShown)
                    await error.WriteLineAsync($"… and {validation.ErrorCount - ErrorsShown:N0} more errors.");
                await error.WriteLineAsync($"Nothing imported; {unchanged}.");
                return Rejected;
            }
            for (var i = 1; i < dbs.Count; i++)
            {
                if (await Importer.CatalogueMismatchAsync(dbs[0], dbs[i], ct) is { } mismatch)
                {
                    await error.WriteLineAsync($"{names[i]} {mismatch}");
                    await error.WriteLineAsync($"Nothing imported; {unchanged}.");
                    return Rejected;
                }
            }
            // One transaction per database: each has all of the import or none of it.
            for (var i = 0; i < dbs.Count; i++)
            {
                await output.WriteLineAsync($"Database: {names[i]}");
                await WriteResultAsync(output, await Importer.WriteAsync(dbs[i], validation, new ImportOptions(), ct));
                written++;
            }
            return Success;
        }
        catch (SqliteException e)
        {
            await error.WriteLineAsync(written == 0
                ? $"Database error, nothing imported: {e.Message}"
                : $"Database error in {names[written]}, nothing imported into it or the ones after it: {e.Message}. "
                    + $"{written} of {names.Count} databases have the import; run the same command again (those say Unchanged).");
            return Rejected;
        }
        finally
        {
            foreach (var db in dbs)
                await db.DisposeAsync();
        }
    }

    static async Task WriteResultAsync(TextWriter output, ImportResult result)
    {
        if (result.Outcome == ImportOutcome.Unchanged)
        {
            foreach (var record in result.Records)
                await output.WriteLineAsync($"Unchanged: {record.Kind} {record.FileName} is already imported (on {Stamp(record.ImportedAt)}); nothing written.");
            await WriteColumnNotesAsync(output, result.Validation);
            return;
        }
        foreach (var (record, file) in result.Records.Zip(result.Validation.Files))
        {
            var version = record.DataVersion is null ? "" : $" ({record.DataVersion})";
            var encoding = file.Source.EncodingName == "UTF-8" ? "" : $", read as {file.Source.EncodingName}";
            await output.WriteLineAsync(
                $"Imported {record.Kind} {record.FileName}{version}: {record.RowsRead:N0} rows read, {record.RowsStored:N0} stored, "
                + $"{record.RowsSkipped:N0} skipped (not catalogue codes){encoding}.");
        }
        await WriteColumnNotesAsync(output, result.Validation);
        foreach (var note in result.Notes ?? [])
            await output.WriteLineAsync($"Note: {note}");
    }

    /// <summary>Columns a file has that MyeloCode does not read (CMS adds some between releases): named, not stored.</summary>
    static async Task WriteColumnNotesAsync(TextWriter output, ImportValidation validation)
    {
        foreach (var file in validation.Files)
        {
            foreach (var note in file.Notes)
                await output.WriteLineAsync($"Note: {file.Source.Name}: {note} (not used by MyeloCode, not stored).");
        }
    }

    static async Task<int> StatusAsync(string[]? dbOptions, InvocationConfiguration console, CancellationToken ct)
    {
        if (Databases(dbOptions) is not { } connectionStrings)
            return await NoDatabaseAsync(console.Error);
        var exit = Success;
        foreach (var connectionString in connectionStrings)
            exit = Math.Max(exit, await StatusAsync(connectionString, console, ct));
        return exit;
    }

    static async Task<int> StatusAsync(string connectionString, InvocationConfiguration console, CancellationToken ct)
    {
        var output = console.Output;
        try
        {
            await using var db = new MyeloDbContext(SqliteSetup.Options(connectionString));
            await SqliteSetup.MigrateAsync(db, ct);
            var status = await ImportStatus.ReadAsync(db, ct);
            await output.WriteLineAsync($"Database: {DatabaseLocation.Describe(connectionString)}");
            await output.WriteLineAsync(
                $"Stored now: {status.OfficialDescriptors:N0} official descriptors, {status.PfsRvus:N0} RVU rows, "
                + $"{status.PtpEdits:N0} PTP edits, {status.MueValues:N0} MUE values.");
            if (status.Imports.Count == 0)
            {
                await output.WriteLineAsync("Nothing imported yet.");
                return Success;
            }
            await output.WriteLineAsync("Imports, newest first (* = its rows are in use now):");
            foreach (var (record, current) in status.Imports)
            {
                await output.WriteLineAsync(
                    $"{(current ? '*' : ' ')} {Stamp(record.ImportedAt)}  {record.Kind}  {record.FileName}"
                    + $"{(record.DataVersion is null ? "" : $"  [{record.DataVersion}]")}  "
                    + $"{record.RowsRead:N0} read, {record.RowsStored:N0} stored, {record.RowsSkipped:N0} skipped  sha256 {record.Sha256}");
            }
            return Success;
        }
        catch (SqliteException e)
        {
            await console.Error.WriteLineAsync($"Database error: {e.Message}");
            return Rejected;
        }
    }

    static async Task<int> NoDatabaseAsync(TextWriter error)
    {
        await error.WriteLineAsync(
            "Cannot tell which database to use: run from inside the MyeloCode repository (the web app's default database), "
            + "set ConnectionStrings__MyeloCode, or pass --db.");
        return UsageError;
    }

    static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Finds the database the web app uses when nothing is configured, so both tools agree by default.</summary>
public static class DatabaseLocation
{
    const string WebProject = "src/MyeloCode.Web/MyeloCode.Web.csproj";

    /// <summary>
    /// --db (a connection string, or a file path), else ConnectionStrings__MyeloCode as the web app reads it, else the
    /// web app's default file: `dotnet run` starts a web project in its own folder, so that is its content root.
    /// </summary>
    public static string? Resolve(string? option, string currentDirectory, Func<string, string?> environment)
    {
        if (option is { Length: > 0 })
        {
            return option.Contains('=', StringComparison.Ordinal)
                ? option
                : new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(option, currentDirectory) }.ToString();
        }
        if (environment("ConnectionStrings__MyeloCode") is { Length: > 0 } configured)
            return configured;
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, WebProject)))
                return SqliteSetup.DefaultConnectionString(Path.Combine(folder.FullName, "src", "MyeloCode.Web"));
        }
        return null;
    }

    public static string Describe(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;
}
