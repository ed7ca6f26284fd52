using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The practitioner MUE file (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv): copyright lines, then the header
/// "HCPCS/CPT Code" (the name may hold a line break inside its quotes), "Practitioner Services MUE Values",
/// "MUE Adjudication Indicator", "MUE Rationale" (found by name: an extra column is named and left out, a missing one
/// refuses the file), then one row per code. The adjudication indicator is stored as its
/// digit (1 line edit, 2 date of service policy, 3 date of service clinical). The file has no dates of its own: its
/// effective date comes from the file name.
/// </summary>
public static partial class MueFile
{
    static readonly KnownColumn Code = new("HCPCS/CPT Code");
    static readonly KnownColumn Values = new("Practitioner Services MUE Values");
    static readonly KnownColumn Indicator = new("MUE Adjudication Indicator");
    static readonly KnownColumn Rationale = new("MUE Rationale");
    static readonly KnownColumn[] Columns = [Code, Values, Indicator, Rationale];

    public static ParsedFile? Read(TextFile file, ImportBatch batch)
    {
        HeaderColumns? columns = null;
        var layout = new FileLayout<MueValue>
        {
            IsHeader = fields => fields.Any(f => Code.Matches(f)),
            HeaderProblem = fields =>
            {
                if (!fields.Any(Values.Matches) && fields.FirstOrDefault(f => ImportFields.Squash(f).EndsWith("MUEVALUES", StringComparison.Ordinal)) is { } other)
                    return $"wrong header: {ImportFields.Quote(other.Trim())} is not the practitioner file; import MCR_MUE_PractitionerServices_….csv.";
                columns = HeaderColumns.Find(fields, Columns, out var problem);
                return problem;
            },
            ParseRow = (string[] fields, out MueValue mue) => RowProblem(columns!, fields, out mue),
            Describe = mue => $"code {mue.Code}",
            InCatalogue = (mue, catalogue) => catalogue.Contains(mue.Code),
            Header = "'HCPCS/CPT Code' header row",
            WrongFileHint = "is this the MUE .csv file?",
            NoRows = "no MUE rows after the header.",
        };
        return ImportReadLoop.Read(file.Name, ImportReadLoop.CsvRecords(file), layout, batch) is { } read
            ? new ParsedFile(file, null, EffectiveDateOf(file.Name), read.RowsRead, read.RowsSkipped, read.Rows) { Notes = columns?.Ignored ?? [] }
            : null;
    }

    /// <summary>The effective date from a name like MCR_MUE_PractitionerServices_Eff_01-01-2026.csv, as 2026-01-01.</summary>
    public static string? EffectiveDateOf(string fileName) =>
        EffectivePattern().Match(fileName) is { Success: true } m
        && DateOnly.TryParseExact($"{m.Groups[3].Value}{m.Groups[1].Value}{m.Groups[2].Value}", "yyyyMMdd", out var date)
            ? date.ToString("yyyy-MM-dd")
            : null;

    static string? RowProblem(HeaderColumns columns, string[] fields, out MueValue mue)
    {
        mue = null!;
        if (fields.Length != columns.Count)
            return $"{fields.Length} columns, expected {columns.Count} as in the header.";
        var code = fields[columns[Code]].Trim();
        if (!ImportFields.HcpcsCode().IsMatch(code))
            return ImportFields.CodeProblem(code);
        var valueText = fields[columns[Values]].Trim();
        if (!int.TryParse(valueText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return $"MUE value {ImportFields.Quote(valueText)} is not a whole number of units.";
        var indicator = fields[columns[Indicator]].Trim();
        if (IndicatorPattern().Match(indicator) is not { Success: true } digit)
            return $"adjudication indicator {ImportFields.Quote(indicator)} does not start with 1, 2 or 3.";
        mue = new MueValue { Code = code, Value = value, AdjudicationIndicator = digit.Groups[1].Value, Rationale = fields[columns[Rationale]].Trim() };
        return null;
    }

    [GeneratedRegex(@"Eff_(\d{2})-(\d{2})-(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex EffectivePattern();

    [GeneratedRegex(@"^([123])(\s|$)")]
    private static partial Regex IndicatorPattern();
}
