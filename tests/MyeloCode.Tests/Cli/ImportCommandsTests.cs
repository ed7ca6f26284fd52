using MyeloCode.Cli;
using MyeloCode.Import;
using MyeloCode.Tests.Import;
using static MyeloCode.Tests.Import.ImportFixtures;

namespace MyeloCode.Tests.Cli;

/// <summary>The command line run in-process: exit codes and what the user reads.</summary>
public sealed class ImportCommandsTests
{
    static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ImportCommands.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_good_file_exits_0_with_a_summary_and_a_second_run_says_unchanged()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var path = database.Write(MueName, GoodMue);

        var first = await RunAsync("import", "mue", path, "--db", database.ConnectionString);
        var second = await RunAsync("import", "mue", path, "--db", database.ConnectionString);

        Assert.Equal((0, ""), (first.Exit, first.Error));
        Assert.Contains($"Imported mue {MueName} (2026-01-01): 4 rows read, 2 stored, 2 skipped (not catalogue codes).", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.Exit);
        Assert.Contains($"Unchanged: mue {MueName} is already imported", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_CY2026_file_imports_and_the_output_names_the_column_left_out()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var path = database.Write("PPRRVU2026_Jul_nonQPP.csv", Pfs2026(Pfs2026Row("62302")));

        var run = await RunAsync("import", "cms-rvu", path, "--db", database.ConnectionString);
        var status = await RunAsync("import", "status", "--db", database.ConnectionString);

        Assert.Equal((0, ""), (run.Exit, run.Error));
        Assert.Contains("Imported cms-rvu PPRRVU2026_Jul_nonQPP.csv (2026, July release (RVU26C), non-QPP conversion factor, released 06/30/2026): 1 rows read, 1 stored", run.Output, StringComparison.Ordinal);
        Assert.Contains("Note: PPRRVU2026_Jul_nonQPP.csv: ignored column 24 'PRIC IND' (not used by MyeloCode, not stored).", run.Output, StringComparison.Ordinal);
        Assert.Contains("[2026, July release (RVU26C), non-QPP conversion factor, released 06/30/2026]", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_databases_get_the_same_import_in_one_run_each_reported()
    {
        await using var first = await TestDatabase.CreateAsync(loadCatalogue: true);
        await using var second = await TestDatabase.CreateAsync(loadCatalogue: true);
        var path = first.Write(PtpName, GoodPtp);

        var run = await RunAsync("import", "ncci-ptp", path, "--db", first.ConnectionString, "--db", second.ConnectionString);
        var again = await RunAsync("import", "ncci-ptp", path, "--db", first.ConnectionString, "--db", second.ConnectionString);

        Assert.Equal((0, ""), (run.Exit, run.Error));
        var imported = $"Imported ncci-ptp {PtpName} (v321r0): 5 rows read, 3 stored, 2 skipped (not catalogue codes).";
        Assert.Equal([$"Database: {first.FilePath}", imported, $"Database: {second.FilePath}", imported],
            run.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        await using (var one = first.Open())
        await using (var two = second.Open())
        {
            Assert.Equal(Edits(one), Edits(two));
            Assert.Equal(3, Edits(two).Count);
        }
        Assert.Equal(0, again.Exit);
        Assert.Equal(2, again.Output.Split(Environment.NewLine).Count(l => l.StartsWith($"Unchanged: ncci-ptp {PtpName}", StringComparison.Ordinal)));
    }

    static List<string> Edits(MyeloCode.Data.MyeloDbContext db) =>
        db.PtpEdits.OrderBy(e => e.Column1).ThenBy(e => e.Column2).Select(e => $"{e.Column1}/{e.Column2}/{e.VersionFrom}").ToList();

    [Fact]
    public async Task A_bad_file_for_several_databases_is_reported_once_and_changes_none()
    {
        await using var first = await TestDatabase.CreateAsync(loadCatalogue: true);
        await using var second = await TestDatabase.CreateAsync(loadCatalogue: true);
        var (before1, before2) = (first.Dump(), second.Dump());

        var run = await RunAsync("import", "ncci-ptp", first.Write(PtpName, Ptp(PtpRow("62302", "62284", effective: "2018"))),
            "--db", first.ConnectionString, "--db", second.ConnectionString);

        Assert.Equal(1, run.Exit);
        Assert.Equal([$"{PtpName}:7: column 4 (effective date): '2018' is not a date YYYYMMDD.", "Nothing imported; every database is unchanged."],
            run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal((before1, before2), (first.Dump(), second.Dump()));
    }

    [Fact]
    public async Task A_database_without_the_catalogue_stops_the_run_before_any_is_written()
    {
        await using var loaded = await TestDatabase.CreateAsync(loadCatalogue: true);
        await using var empty = await TestDatabase.CreateAsync(loadCatalogue: false);
        var before = loaded.Dump();

        var run = await RunAsync("import", "mue", loaded.Write(MueName, GoodMue), "--db", loaded.ConnectionString, "--db", empty.ConnectionString);

        Assert.Equal(1, run.Exit);
        Assert.Contains($"{empty.FilePath} has no catalogue yet", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, loaded.Dump());
    }

    [Fact]
    public async Task The_same_database_twice_is_a_wrong_command_line()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);

        var run = await RunAsync("import", "mue", database.Write(MueName, GoodMue), "--db", database.ConnectionString, "--db", database.FilePath);

        Assert.Equal(2, run.Exit);
        Assert.Contains("is given twice", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_file_exits_1_listing_file_line_and_reason_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var before = database.Dump();

        var run = await RunAsync("import", "ncci-ptp", database.Write(PtpName, Ptp(PtpRow("62302", "62284", effective: "2018")))
            , "--db", database.ConnectionString);

        Assert.Equal(1, run.Exit);
        Assert.Equal([$"{PtpName}:7: column 4 (effective date): '2018' is not a date YYYYMMDD.", "Nothing imported; the database is unchanged."],
            run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(before, database.Dump());
    }

    [Fact]
    public async Task Only_the_first_50_errors_are_printed_then_a_count()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        var rows = Enumerable.Range(0, 60).Select(i => PtpRow("62302", "62284", effective: $"2018{i:D2}99")).ToArray();

        var run = await RunAsync("import", "ncci-ptp", database.Write(PtpName, Ptp(rows)), "--db", database.ConnectionString);

        var lines = run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(52, lines.Length);
        Assert.StartsWith($"{PtpName}:7: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("… and 10 more errors.", lines[50]);
    }

    [Theory]
    [InlineData("import", "icd10", "file.txt")]
    [InlineData("import", "mue")]
    [InlineData("import", "mue", "a.csv", "b.csv")]
    [InlineData("import")]
    [InlineData("export", "mue", "a.csv")]
    public async Task A_wrong_command_line_exits_2(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(2, run.Exit);
        Assert.Contains("Run with --help for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_lists_each_import_with_its_file_hash_counts_and_time()
    {
        await using var database = await TestDatabase.CreateAsync(loadCatalogue: true);
        await database.ImportGoodAsync(ImportKind.NcciPtp);
        await using var db = database.Open();
        var record = db.Imports.Single();

        var run = await RunAsync("import", "status", "--db", database.ConnectionString);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Stored now: 0 official descriptors, 0 RVU rows, 3 PTP edits, 0 MUE values.", run.Output, StringComparison.Ordinal);
        Assert.Contains($"* {record.ImportedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  ncci-ptp  {PtpName}  [v321r0]  5 read, 3 stored, 2 skipped  sha256 {record.Sha256}",
            run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_of_a_fresh_database_migrates_it_and_says_nothing_is_imported()
    {
        var folder = Directory.CreateTempSubdirectory("myelocode-cli-");
        try
        {
            var run = await RunAsync("import", "status", "--db", Path.Combine(folder.FullName, "new.db"));

            Assert.Equal(0, run.Exit);
            Assert.Contains("Nothing imported yet.", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}

public sealed class DatabaseLocationTests
{
    static string? NoEnvironment(string name) => null;

    [Fact]
    public void Inside_the_repository_the_default_is_the_web_apps_database()
    {
        var root = Directory.CreateTempSubdirectory("myelocode-repo-");
        try
        {
            var web = root.CreateSubdirectory(Path.Combine("src", "MyeloCode.Web"));
            File.WriteAllText(Path.Combine(web.FullName, "MyeloCode.Web.csproj"), "<Project />");
            var deep = root.CreateSubdirectory(Path.Combine("tests", "somewhere"));

            var resolved = DatabaseLocation.Resolve(null, deep.FullName, NoEnvironment);

            Assert.Equal(Path.Combine(web.FullName, "App_Data", "myelocode.db"), DatabaseLocation.Describe(resolved!));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_option_wins_and_may_be_a_path_or_a_connection_string()
    {
        var here = Path.GetTempPath();

        Assert.Equal(Path.Combine(here, "x.db"), DatabaseLocation.Describe(DatabaseLocation.Resolve("x.db", here, _ => "Data Source=env.db")!));
        Assert.Equal("Data Source=y.db;Pooling=False", DatabaseLocation.Resolve("Data Source=y.db;Pooling=False", here, NoEnvironment));
    }

    [Fact]
    public void The_web_apps_connection_string_variable_comes_next_and_outside_a_repository_there_is_no_default()
    {
        var outside = Directory.CreateTempSubdirectory("myelocode-outside-");
        try
        {
            Assert.Equal("Data Source=env.db", DatabaseLocation.Resolve(null, outside.FullName, _ => "Data Source=env.db"));
            Assert.Null(DatabaseLocation.Resolve(null, outside.FullName, NoEnvironment));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }
}
