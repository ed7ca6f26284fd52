using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MyeloCode.Data;
using MyeloCode.Import;

namespace MyeloCode.Cli;

/// <summary>
/// <c>import &lt;kind&gt; &lt;file&gt;... [--db]</c> and <c>import status [--db]</c>. Exit codes: 0 imported or
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

    static Option<string> DbOption() => new("--db")
    {
        Description = "SQLite connection string or file path. Default: ConnectionStrings__MyeloCode, else the web app's "
            + "default database src/MyeloCode.Web/App_Data/myelocode.db of the repository around the current directory.",
    };

    static async Task<int> ImportAsync(ImportKind kind, string[] files, string? dbOption, InvocationConfiguration console, CancellationToken ct)
    {
        var (output, error) = (console.Output, console.Error);
        if (DatabaseLocation.Resolve(dbOption, Environment.CurrentDirectory, Environment.GetEnvironmentVariable) is not { } connectionString)
            return await NoDatabaseAsync(error);
        try
        {
            await using var db = new MyeloDbContext(SqliteSetup.Options(connectionString));
            await SqliteSetup.MigrateAsync(db, ct);
            await output.WriteLineAsync($"Database: {DatabaseLocation.Describe(connectionString)}");
            var result = await Importer.ImportAsync(db, kind, files, new ImportOptions(), ct);
            switch (result.Outcome)
            {
                case ImportOutcome.Rejected:
                    var validation = result.Validation;
                    foreach (var problem in validation.Errors.Take(ErrorsShown))
                        await error.WriteLineAsync(problem.ToString());
                    if (validation.ErrorCount > ErrorsShown)
                        await error.WriteLineAsync($"… and {validation.ErrorCount - ErrorsShown:N0} more errors.");
                    await error.WriteLineAsync("Nothing imported; the database is unchanged.");
                    return Rejected;
                case ImportOutcome.Unchanged:
                    foreach (var record in result.Records)
                        await output.WriteLineAsync($"Unchanged: {record.Kind} {record.FileName} is already imported (on {Stamp(record.ImportedAt)}); nothing written.");
                    await WriteColumnNotesAsync(output, result.Validation);
                    return Success;
                default:
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
                    return Success;
            }
        }
        catch (SqliteException e)
        {
            await error.WriteLineAsync($"Database error, nothing imported: {e.Message}");
            return Rejected;
        }
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

    static async Task<int> StatusAsync(string? dbOption, InvocationConfiguration console, CancellationToken ct)
    {
        var output = console.Output;
        if (DatabaseLocation.Resolve(dbOption, Environment.CurrentDirectory, Environment.GetEnvironmentVariable) is not { } connectionString)
            return await NoDatabaseAsync(console.Error);
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
