using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The NCCI practitioner PTP edit file (ccipra-v<i>NNN</i>r<i>N</i>-f<i>N</i>.txt): a few title and copyright lines, a
/// tab-separated header row starting "Column 1, Column 2" (optionally followed by label rows with both code columns
/// empty), then one edit per line. Columns are found by their header names (an extra column is named in the output
/// and left out, a missing one refuses the file). Dates are YYYYMMDD; a deletion date of * means still active.
/// Every row is validated; only edits where column 1 or column 2 is a catalogue code are kept (the rest of the
/// million-row table is counted as skipped), with deleted edits too, because a rule needs the edit in force on the
/// date of service.
/// </summary>
public static partial class PtpEditFile
{
    static readonly KnownColumn Column1 = new("Column 1", NameContains: true);
    static readonly KnownColumn Column2 = new("Column 2", NameContains: true);
    static readonly KnownColumn Prior = new("*=in existence prior to 1996", NameContains: true);
    static readonly KnownColumn Effective = new("Effective Date", NameContains: true);
    static readonly KnownColumn Deletion = new("Deletion Date", NameContains: true);
    static readonly KnownColumn Modifier = new("Modifier", NameContains: true);
    static readonly KnownColumn Rationale = new("PTP Edit Rationale", NameContains: true);
    static readonly KnownColumn[] Columns = [Column1, Column2, Prior, Effective, Deletion, Modifier, Rationale];

    public static ParsedFile? Read(TextFile file, ImportBatch batch)
    {
        HeaderColumns? columns = null;
        var layout = new FileLayout<PtpEdit>
        {
            IsHeader = fields => fields.Any(Column1.Matches) && fields.Any(Column2.Matches),
            HeaderProblem = fields =>
            {
                columns = HeaderColumns.Find(fields, Columns, out var problem);
                return problem;
            },
            // Label rows under the header leave both code columns empty.
            IsLabelRow = fields => columns is { } c && fields.Length == c.Count && fields[c[Column1]].Trim().Length == 0 && fields[c[Column2]].Trim().Length == 0,
            ParseRow = (string[] fields, out PtpEdit edit) => RowProblem(columns!, fields, out edit),
            Describe = edit => $"edit {edit.Column1}/{edit.Column2} effective {edit.EffectiveDate:yyyyMMdd}",
            InCatalogue = (edit, catalogue) => catalogue.Contains(edit.Column1) || catalogue.Contains(edit.Column2),
            Header = "row starting 'Column 1<TAB>Column 2'",
            WrongFileHint = "is this an NCCI PTP .txt file?",
            NoRows = "no edit rows after the header.",
            Unit = "lines",
        };
        return ImportReadLoop.Read(file.Name, ImportReadLoop.TabRecords(file), layout, batch) is { } read
            ? new ParsedFile(file, null, VersionOf(file.Name), read.RowsRead, read.RowsSkipped, read.Rows) { Notes = columns?.Ignored ?? [] }
            : null;
    }

    /// <summary>The NCCI version from a name like ccipra-v321r0-f1.txt: "v321r0".</summary>
    public static string? VersionOf(string fileName) => VersionPattern().Match(fileName) is { Success: true } m ? m.Value.ToLowerInvariant() : null;

    /// <summary>The part of the table a file holds, from a name like ccipra-v321r0-f1.txt: "f1".</summary>
    public static string? PartOf(string fileName) => PartPattern().Match(fileName) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;

    static string? RowProblem(HeaderColumns columns, string[] fields, out PtpEdit edit)
    {
        edit = null!;
        if (fields.Length != columns.Count)
            return $"{fields.Length} tab-separated columns, expected {columns.Count} as in the header.";
        string At(KnownColumn column) => fields[columns[column]].Trim();
        string Column(KnownColumn column, string what = "") => $"column {columns[column] + 1}{(what.Length > 0 ? $" ({what})" : "")}";
        var column1 = At(Column1);
        var column2 = At(Column2);
        if (!ImportFields.HcpcsCode().IsMatch(column1))
            return $"{Column(Column1)}: {ImportFields.CodeProblem(column1)}";
        if (!ImportFields.HcpcsCode().IsMatch(column2))
            return $"{Column(Column2)}: {ImportFields.CodeProblem(column2)}";
        var prior = At(Prior);
        if (prior is not ("" or "*"))
            return $"{Column(Prior, "in existence prior to 1996")}: {ImportFields.Quote(prior)} is neither * nor empty.";
        if (!ImportFields.TryDate(At(Effective), out var effective))
            return $"{Column(Effective, "effective date")}: {ImportFields.Quote(At(Effective))} is not a date YYYYMMDD.";
        DateOnly? deletion = null;
        var deletionText = At(Deletion);
        if (deletionText is not ("*" or ""))
        {
            if (!ImportFields.TryDate(deletionText, out var deleted))
                return $"{Column(Deletion, "deletion date")}: {ImportFields.Quote(deletionText)} is not a date YYYYMMDD or *.";
            deletion = deleted;
        }
        var modifier = At(Modifier);
        if (modifier is not ("0" or "1" or "9"))
            return $"{Column(Modifier, "modifier indicator")}: {ImportFields.Quote(modifier)} is not 0, 1 or 9.";

        edit = new PtpEdit
        {
            Column1 = column1,
            Column2 = column2,
            InExistencePriorTo1996 = prior == "*",
            EffectiveDate = effective,
            DeletionDate = deletion,
            ModifierIndicator = modifier[0] - '0',
            Rationale = At(Rationale),
        };
        return null;
    }

    [GeneratedRegex(@"-(f\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"v\d+r\d+", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPattern();
}
