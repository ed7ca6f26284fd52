namespace MyeloCode.Import;

/// <summary>Turns a row's fields into a stored row, or says what is wrong with them.</summary>
public delegate string? RowParser<TRow>(string[] fields, out TRow row);

/// <summary>What sets one file format apart; <see cref="ImportReadLoop"/> does the reading they share.</summary>
public sealed class FileLayout<TRow> where TRow : class, IImportedRow
{
    /// <summary>The header row, e.g. the one starting 'HCPCS/CPT Code'. Formats without one set <see cref="IsFirstRow"/> instead.</summary>
    public Func<string[], bool> IsHeader { get; init; } = _ => false;
    public Func<string[], string?> HeaderProblem { get; init; } = _ => null;
    /// <summary>For files whose preamble ends at the first row shaped like data (the AMA descriptor files).</summary>
    public Func<string[], bool>? IsFirstRow { get; init; }
    /// <summary>Rows between the header and the data that hold labels, not data (the NCCI file has some).</summary>
    public Func<string[], bool> IsLabelRow { get; init; } = _ => false;
    /// <summary>Sees each preamble row, to pick up a year or release named there.</summary>
    public Action<string[]> ReadPreamble { get; init; } = _ => { };
    public required RowParser<TRow> ParseRow { get; init; }
    /// <summary>Names a row in a "duplicate ..." error, and is its key: "code 62302", "edit 62302/62284 effective 20180101".</summary>
    public required Func<TRow, string> Describe { get; init; }
    public required Func<TRow, IReadOnlySet<string>, bool> InCatalogue { get; init; }
    /// <summary>Keeps apart the rows of different files of one import that may share a code (the AMA forms).</summary>
    public string KeyPrefix { get; init; } = "";

    public int MaxPreambleRows { get; init; } = 20;
    /// <summary>What is looked for, e.g. "'HCPCS/CPT Code' header row", and what to say when it is not found.</summary>
    public required string Header { get; init; }
    public required string WrongFileHint { get; init; }
    public required string NoRows { get; init; }
    /// <summary>"rows" for CSV records, "lines" for line-based files.</summary>
    public string Unit { get; init; } = "rows";
}

/// <summary>The rows of one file that passed, with what was counted; null when the file as a whole is unusable.</summary>
public sealed record ReadRows<TRow>(IReadOnlyList<TRow> Rows, int RowsRead, int RowsSkipped);

/// <summary>
/// The read loop the import formats share: skip the preamble to the header (or the first data row), check the header,
/// then each row: parse it (a problem is reported as file:line: reason and reading goes on, so one run lists every
/// problem), keep it only if it names a catalogue code, and refuse a second row with the same key. A problem with
/// the file as a whole (no header, a wrong header, broken CSV quoting) returns null.
/// </summary>
public static class ImportReadLoop
{
    public static ReadRows<TRow>? Read<TRow>(string file, IEnumerable<(int Line, string[] Fields)> records, FileLayout<TRow> layout, ImportBatch batch)
        where TRow : class, IImportedRow
    {
        var problems = batch.Problems;
        var rows = new List<TRow>();
        int read = 0, skipped = 0, preamble = 0;
        var started = false;
        var afterHeader = false;
        try
        {
            foreach (var (line, fields) in records)
            {
                if (fields.All(string.IsNullOrWhiteSpace))
                    continue;
                if (!started)
                {
                    if (layout.IsHeader(fields))
                    {
                        if (layout.HeaderProblem(fields) is { } header)
                        {
                            problems.Add(file, line, header);
                            return null;
                        }
                        started = afterHeader = true;
                        continue;
                    }
                    if (layout.IsFirstRow?.Invoke(fields) != true)
                    {
                        if (++preamble >= layout.MaxPreambleRows)
                        {
                            problems.Add(file, line, $"wrong header: no {layout.Header} in the first {layout.MaxPreambleRows} {layout.Unit}; {layout.WrongFileHint}");
                            return null;
                        }
                        layout.ReadPreamble(fields);
                        continue;
                    }
                    started = true;
                }
                if (afterHeader && layout.IsLabelRow(fields))
                    continue;
                afterHeader = false;

                read++;
                if (layout.ParseRow(fields, out var row) is { } problem)
                {
                    problems.Add(file, line, problem);
                    continue;
                }
                // Only stored rows are checked for duplicates: the NCCI table has a million rows we do not keep.
                if (!layout.InCatalogue(row, batch.Catalogue))
                {
                    skipped++;
                    continue;
                }
                var what = layout.Describe(row);
                if (batch.FirstSeen(layout.KeyPrefix + what, file, line) is { } first)
                {
                    problems.Add(file, line, $"duplicate {what}: already on {first}.");
                    continue;
                }
                rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(file, e.Line, e.Message);
            return null;
        }
        if (!started)
        {
            problems.Add(file, 0, layout.IsFirstRow is null ? $"wrong header: no {layout.Header}; {layout.WrongFileHint}" : layout.NoRows);
            return null;
        }
        if (read == 0)
            problems.Add(file, 0, layout.NoRows);
        return new ReadRows<TRow>(rows, read, skipped);
    }

    /// <summary>A CSV file's records.</summary>
    public static IEnumerable<(int Line, string[] Fields)> CsvRecords(TextFile file)
    {
        using var reader = file.OpenReader();
        foreach (var record in CsvReader.Read(reader))
            yield return (record.Line, record.Fields);
    }

    /// <summary>A tab-separated file's lines, split at tabs.</summary>
    public static IEnumerable<(int Line, string[] Fields)> TabRecords(TextFile file) =>
        file.Lines().Select(l => (l.Number, l.Text.Split('\t')));

    /// <summary>Whole lines, for fixed-width files.</summary>
    public static IEnumerable<(int Line, string[] Fields)> LineRecords(TextFile file) =>
        file.Lines().Select(l => (l.Number, new[] { l.Text }));
}
