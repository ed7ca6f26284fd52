using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The NCCI practitioner PTP edit file (ccipra-v<i>NNN</i>r<i>N</i>-f<i>N</i>.txt): a few title and copyright lines, a
/// tab-separated header row starting "Column 1, Column 2" (optionally followed by label rows with both code columns
/// empty), then seven tab-separated columns per edit. Dates are YYYYMMDD; a deletion date of * means still active.
/// Every row is validated; only edits where column 1 or column 2 is a catalogue code are kept (the rest of the
/// million-row table is counted as skipped), with deleted edits too, because a rule needs the edit in force on the
/// date of service.
/// </summary>
public static partial class PtpEditFile
{
    public const int ColumnCount = 7;
    static readonly string[] HeaderWords = ["COLUMN1", "COLUMN2", "1996", "EFFECTIVE", "DELETION", "MODIFIER", "RATIONALE"];

    static readonly FileLayout<PtpEdit> Layout = new()
    {
        IsHeader = fields => fields.Length > 1 && ImportFields.Squash(fields[0]) == "COLUMN1" && ImportFields.Squash(fields[1]) == "COLUMN2",
        HeaderProblem = HeaderProblem,
        IsLabelRow = fields => fields.Length > 1 && fields[0].Trim().Length == 0 && fields[1].Trim().Length == 0,
        ParseRow = RowProblem,
        Describe = edit => $"edit {edit.Column1}/{edit.Column2} effective {edit.EffectiveDate:yyyyMMdd}",
        InCatalogue = (edit, catalogue) => catalogue.Contains(edit.Column1) || catalogue.Contains(edit.Column2),
        Header = "row starting 'Column 1<TAB>Column 2'",
        WrongFileHint = "is this an NCCI PTP .txt file?",
        NoRows = "no edit rows after the header.",
        Unit = "lines",
    };

    public static ParsedFile? Read(TextFile file, ImportBatch batch) =>
        ImportReadLoop.Read(file.Name, ImportReadLoop.TabRecords(file), Layout, batch) is { } read
            ? new ParsedFile(file, null, VersionOf(file.Name), read.RowsRead, read.RowsSkipped, read.Rows)
            : null;

    /// <summary>The NCCI version from a name like ccipra-v321r0-f1.txt: "v321r0".</summary>
    public static string? VersionOf(string fileName) => VersionPattern().Match(fileName) is { Success: true } m ? m.Value.ToLowerInvariant() : null;

    /// <summary>The part of the table a file holds, from a name like ccipra-v321r0-f1.txt: "f1".</summary>
    public static string? PartOf(string fileName) => PartPattern().Match(fileName) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    static string? HeaderProblem(string[] fields)
    {
        if (fields.Length != ColumnCount)
            return $"wrong header: {fields.Length} columns, expected {ColumnCount} (Column 1, Column 2, *=in existence prior to 1996, Effective Date, Deletion Date, Modifier, PTP Edit Rationale).";
        for (var i = 0; i < ColumnCount; i++)
        {
            if (!ImportFields.Squash(fields[i]).Contains(HeaderWords[i], StringComparison.Ordinal))
                return $"wrong header: column {i + 1} is {ImportFields.Quote(fields[i].Trim())}; expected a name with '{HeaderWords[i]}'.";
        }
        return null;
    }

    static string? RowProblem(string[] fields, out PtpEdit edit)
    {
        edit = null!;
        if (fields.Length != ColumnCount)
            return $"{fields.Length} tab-separated columns, expected {ColumnCount}.";
        var column1 = fields[0].Trim();
        var column2 = fields[1].Trim();
        if (!ImportFields.HcpcsCode().IsMatch(column1))
            return $"column 1: {ImportFields.CodeProblem(column1)}";
        if (!ImportFields.HcpcsCode().IsMatch(column2))
            return $"column 2: {ImportFields.CodeProblem(column2)}";
        var prior = fields[2].Trim();
        if (prior is not ("" or "*"))
            return $"column 3 (in existence prior to 1996): {ImportFields.Quote(prior)} is neither * nor empty.";
        if (!ImportFields.TryDate(fields[3].Trim(), out var effective))
            return $"column 4 (effective date): {ImportFields.Quote(fields[3].Trim())} is not a date YYYYMMDD.";
        DateOnly? deletion = null;
        var deletionText = fields[4].Trim();
        if (deletionText is not ("*" or ""))
        {
            if (!ImportFields.TryDate(deletionText, out var deleted))
                return $"column 5 (deletion date): {ImportFields.Quote(deletionText)} is not a date YYYYMMDD or *.";
            deletion = deleted;
        }
        var modifier = fields[5].Trim();
        if (modifier is not ("0" or "1" or "9"))
            return $"column 6 (modifier indicator): {ImportFields.Quote(modifier)} is not 0, 1 or 9.";

        edit = new PtpEdit
        {
            Column1 = column1,
            Column2 = column2,
            InExistencePriorTo1996 = prior == "*",
            EffectiveDate = effective,
            DeletionDate = deletion,
            ModifierIndicator = modifier[0] - '0',
            Rationale = fields[6].Trim(),
        };
        return null;
    }

    [GeneratedRegex(@"-(f\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"v\d+r\d+", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPattern();
}
