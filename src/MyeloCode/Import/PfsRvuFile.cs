using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The CMS physician fee schedule relative value file (PPRRVU<i>yyyy</i>_<i>release</i>.csv): title lines (the first
/// names the year, one says "RELEASED mm/dd/yyyy"), a header stacked over five rows whose last row starts
/// HCPCS,MOD,DESCRIPTION, then one row per code and modifier in 31 columns. "NA" in a setting's NA indicator column
/// means the service is not payable there, so that setting's PE and total are stored as empty.
/// </summary>
public static partial class PfsRvuFile
{
    public const int ColumnCount = 31;

    // The last header row of the real file: the stacked names' bottom words, column by column.
    static readonly string[] LastHeaderRow =
    [
        "HCPCS", "MOD", "DESCRIPTION", "CODE", "PAYMENT", "RVU", "PE RVU", "INDICATOR", "PE RVU", "INDICATOR", "RVU",
        "TOTAL", "TOTAL", "IND", "DAYS", "OP", "OP", "OP", "PROC", "SURG", "SURG", "SURG", "SURG", "BASE", "FACTOR",
        "PROCEDURES", "FLAG", "INDICATOR", "AMOUNT", "AMOUNT", "AMOUNT",
    ];

    static readonly string[] ColumnNames =
    [
        "HCPCS", "MOD", "DESCRIPTION", "STATUS CODE", "NOT USED FOR MEDICARE PAYMENT", "WORK RVU", "NON-FAC PE RVU",
        "NON-FAC NA INDICATOR", "FACILITY PE RVU", "FACILITY NA INDICATOR", "MP RVU", "NON-FACILITY TOTAL",
        "FACILITY TOTAL", "PCTC IND", "GLOB DAYS", "PRE OP", "INTRA OP", "POST OP", "MULT PROC", "BILAT SURG",
        "ASST SURG", "CO-SURG", "TEAM SURG", "ENDO BASE", "CONV FACTOR", "PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES",
        "CALCULATION FLAG", "DIAGNOSTIC IMAGING FAMILY INDICATOR", "NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT",
        "FACILITY PE USED FOR OPPS PAYMENT AMOUNT", "MP USED FOR OPPS PAYMENT AMOUNT",
    ];

    static readonly HashSet<string> GlobalPeriods = ["000", "010", "090", "MMM", "XXX", "YYY", "ZZZ"];

    public static ParsedFile? Read(TextFile file, ImportBatch batch)
    {
        var name = file.Name;
        var problems = batch.Problems;
        int? titleYear = null;
        string? released = null;
        var layout = new FileLayout<PfsRvu>
        {
            IsHeader = fields => fields.Length >= 3 && fields[0].Trim() == "HCPCS" && fields[1].Trim() == "MOD" && fields[2].Trim() == "DESCRIPTION",
            HeaderProblem = HeaderProblem,
            ReadPreamble = fields =>
            {
                foreach (var text in fields)
                {
                    if (titleYear is null && TitlePattern().Match(text) is { Success: true } title)
                        titleYear = int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (released is null && ReleasedPattern().Match(text) is { Success: true } date)
                        released = date.Groups[1].Value;
                }
            },
            ParseRow = RowProblem,
            Describe = rvu => rvu.Modifier is null ? $"row for {rvu.Code}" : $"row for {rvu.Code}-{rvu.Modifier}",
            InCatalogue = (rvu, catalogue) => catalogue.Contains(rvu.Code),
            Header = "header row starting HCPCS,MOD,DESCRIPTION",
            WrongFileHint = "is this the PPRRVU .csv file?",
            NoRows = "no rows after the header.",
        };
        if (ImportReadLoop.Read(name, ImportReadLoop.CsvRecords(file), layout, batch) is not { } read)
            return null;
        var rows = read.Rows;

        var nameMatch = NamePattern().Match(name);
        int? nameYear = nameMatch.Success ? Year(nameMatch.Groups[1].Value) : null;
        if (titleYear is not null && nameYear is not null && titleYear != nameYear)
            problems.Add(name, 1, $"the title line says {titleYear} but the file name says {nameYear}.");
        if ((titleYear ?? nameYear) is not { } year)
        {
            problems.Add(name, 1, "the year is neither in the title line ('2025 National Physician Fee Schedule…') nor in the file name (PPRRVU2025_…).");
            return null;
        }
        foreach (var row in rows)
            row.Year = year;

        var version = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (nameMatch.Success && nameMatch.Groups[2].Success)
            version += " " + nameMatch.Groups[2].Value.Replace('_', ' ');
        if (released is not null)
            version += $", released {released}";
        return new ParsedFile(file, null, version, read.RowsRead, read.RowsSkipped, rows);
    }

    static int Year(string digits) => digits.Length == 2 ? 2000 + int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    static string? HeaderProblem(string[] fields)
    {
        if (fields.Length != ColumnCount)
            return $"wrong header: {fields.Length} columns, expected {ColumnCount}.";
        for (var i = 0; i < ColumnCount; i++)
        {
            if (!string.Equals(string.Join(' ', fields[i].Split(' ', StringSplitOptions.RemoveEmptyEntries)), LastHeaderRow[i], StringComparison.OrdinalIgnoreCase))
                return $"wrong header: column {i + 1} is {ImportFields.Quote(fields[i].Trim())}, expected '{LastHeaderRow[i]}' ({ColumnNames[i]}).";
        }
        return null;
    }

    static string? RowProblem(string[] fields, out PfsRvu rvu)
    {
        rvu = null!;
        if (fields.Length != ColumnCount)
            return $"{fields.Length} columns, expected {ColumnCount}.";
        var f = Array.ConvertAll(fields, s => s.Trim());
        if (!ImportFields.HcpcsCode().IsMatch(f[0]))
            return ImportFields.CodeProblem(f[0]);
        if (f[1].Length > 0 && !TwoCharacters().IsMatch(f[1]))
            return $"{Column(1)}: {ImportFields.Quote(f[1])} is not a two-character modifier.";
        if (!OneLetter().IsMatch(f[3]))
            return $"{Column(3)}: {ImportFields.Quote(f[3])} is not one letter.";
        if (f[7] is not ("" or "NA"))
            return $"{Column(7)}: {ImportFields.Quote(f[7])} is neither NA nor empty.";
        if (f[9] is not ("" or "NA"))
            return $"{Column(9)}: {ImportFields.Quote(f[9])} is neither NA nor empty.";
        if (!OneDigit().IsMatch(f[13]))
            return $"{Column(13)}: {ImportFields.Quote(f[13])} is not one digit.";
        if (!GlobalPeriods.Contains(f[14]))
            return $"{Column(14)}: {ImportFields.Quote(f[14])} is not one of {string.Join(", ", GlobalPeriods)}.";
        foreach (var i in (ReadOnlySpan<int>)[18, 19, 20, 21, 22])
        {
            if (f[i].Length > 0 && !OneDigit().IsMatch(f[i]))
                return $"{Column(i)}: {ImportFields.Quote(f[i])} is not one digit.";
        }
        if (f[25].Length > 0 && !TwoCharacters().IsMatch(f[25]))
            return $"{Column(25)}: {ImportFields.Quote(f[25])} is not a two-character indicator.";
        if (f[27].Length > 0 && !TwoCharacters().IsMatch(f[27]))
            return $"{Column(27)}: {ImportFields.Quote(f[27])} is not a two-character indicator.";

        var numbers = new decimal?[ColumnCount];
        foreach (var i in (ReadOnlySpan<int>)[5, 6, 8, 10, 11, 12, 24])
        {
            if (f[i] is "" or "NA")
                continue;
            if (!ImportFields.TryDecimal(f[i], out var number))
                return $"{Column(i)}: {ImportFields.Quote(f[i])} is not a number.";
            numbers[i] = number;
        }
        var nonFacilityNa = f[7] == "NA";
        var facilityNa = f[9] == "NA";
        rvu = new PfsRvu
        {
            Code = f[0],
            Modifier = f[1].Length > 0 ? f[1] : null,
            Status = f[3],
            Work = numbers[5],
            NonFacilityPe = nonFacilityNa ? null : numbers[6],
            FacilityPe = facilityNa ? null : numbers[8],
            Malpractice = numbers[10],
            NonFacilityTotal = nonFacilityNa ? null : numbers[11],
            FacilityTotal = facilityNa ? null : numbers[12],
            PcTcIndicator = f[13],
            GlobalPeriod = f[14],
            MultipleProcedure = Optional(f[18]),
            Bilateral = Optional(f[19]),
            AssistantSurgery = Optional(f[20]),
            CoSurgery = Optional(f[21]),
            TeamSurgery = Optional(f[22]),
            ConversionFactor = numbers[24],
            PhysicianSupervision = Optional(f[25]),
            DiagnosticImagingFamily = Optional(f[27]),
        };
        return null;
    }

    static string Column(int index) => $"column {index + 1} ({ColumnNames[index]})";

    static string? Optional(string text) => text.Length > 0 ? text : null;

    [GeneratedRegex(@"^\s*((?:19|20)\d{2}) National Physician Fee Schedule", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"RELEASED\s+(\d{1,2}/\d{1,2}/\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasedPattern();

    [GeneratedRegex(@"PPRRVU(\d{4}|\d{2})(?:_([A-Za-z0-9_]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[0-9A-Z]{2}$")]
    private static partial Regex TwoCharacters();

    [GeneratedRegex("^[A-Z]$")]
    private static partial Regex OneLetter();

    [GeneratedRegex("^[0-9]$")]
    private static partial Regex OneDigit();
}
