using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The practitioner MUE file (MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv): copyright lines, then the header
/// "HCPCS/CPT Code" (the name may hold a line break inside its quotes), "Practitioner Services MUE Values",
/// "MUE Adjudication Indicator", "MUE Rationale", then one row per code. The adjudication indicator is stored as its
/// digit (1 line edit, 2 date of service policy, 3 date of service clinical). The file has no dates of its own: its
/// effective date comes from the file name.
/// </summary>
public static partial class MueFile
{
    public const int ColumnCount = 4;

    static readonly FileLayout<MueValue> Layout = new()
    {
        IsHeader = fields => ImportFields.Squash(fields[0]) == "HCPCS/CPTCODE",
        HeaderProblem = HeaderProblem,
        ParseRow = RowProblem,
        Describe = mue => $"code {mue.Code}",
        InCatalogue = (mue, catalogue) => catalogue.Contains(mue.Code),
        Header = "'HCPCS/CPT Code' header row",
        WrongFileHint = "is this the MUE .csv file?",
        NoRows = "no MUE rows after the header.",
    };

    public static ParsedFile? Read(TextFile file, ImportBatch batch) =>
        ImportReadLoop.Read(file.Name, ImportReadLoop.CsvRecords(file), Layout, batch) is { } read
            ? new ParsedFile(file, null, EffectiveDateOf(file.Name), read.RowsRead, read.RowsSkipped, read.Rows)
            : null;

    /// <summary>The effective date from a name like MCR_MUE_PractitionerServices_Eff_01-01-2026.csv, as 2026-01-01.</summary>
    public static string? EffectiveDateOf(string fileName) =>
        EffectivePattern().Match(fileName) is { Success: true } m
        && DateOnly.TryParseExact($"{m.Groups[3].Value}{m.Groups[1].Value}{m.Groups[2].Value}", "yyyyMMdd", out var date)
            ? date.ToString("yyyy-MM-dd")
            : null;

    static string? HeaderProblem(string[] fields)
    {
        if (fields.Length != ColumnCount)
            return $"wrong header: {fields.Length} columns, expected {ColumnCount} (HCPCS/CPT Code, Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale).";
        var values = ImportFields.Squash(fields[1]);
        if (values != "PRACTITIONERSERVICESMUEVALUES")
        {
            return values.EndsWith("MUEVALUES", StringComparison.Ordinal)
                ? $"wrong header: {ImportFields.Quote(fields[1].Trim())} is not the practitioner file; import MCR_MUE_PractitionerServices_….csv."
                : $"wrong header: column 2 is {ImportFields.Quote(fields[1].Trim())}, expected 'Practitioner Services MUE Values'.";
        }
        if (ImportFields.Squash(fields[2]) != "MUEADJUDICATIONINDICATOR")
            return $"wrong header: column 3 is {ImportFields.Quote(fields[2].Trim())}, expected 'MUE Adjudication Indicator'.";
        if (ImportFields.Squash(fields[3]) != "MUERATIONALE")
            return $"wrong header: column 4 is {ImportFields.Quote(fields[3].Trim())}, expected 'MUE Rationale'.";
        return null;
    }

    static string? RowProblem(string[] fields, out MueValue mue)
    {
        mue = null!;
        if (fields.Length != ColumnCount)
            return $"{fields.Length} columns, expected {ColumnCount}.";
        var code = fields[0].Trim();
        if (!ImportFields.HcpcsCode().IsMatch(code))
            return ImportFields.CodeProblem(code);
        var valueText = fields[1].Trim();
        if (!int.TryParse(valueText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            return $"MUE value {ImportFields.Quote(valueText)} is not a whole number of units.";
        var indicator = fields[2].Trim();
        if (IndicatorPattern().Match(indicator) is not { Success: true } digit)
            return $"adjudication indicator {ImportFields.Quote(indicator)} does not start with 1, 2 or 3.";
        mue = new MueValue { Code = code, Value = value, AdjudicationIndicator = digit.Groups[1].Value, Rationale = fields[3].Trim() };
        return null;
    }

    [GeneratedRegex(@"Eff_(\d{2})-(\d{2})-(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex EffectivePattern();

    [GeneratedRegex(@"^([123])(\s|$)")]
    private static partial Regex IndicatorPattern();
}
