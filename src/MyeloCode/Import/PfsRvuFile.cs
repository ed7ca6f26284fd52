using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The CMS physician fee schedule relative value file (PPRRVU<i>yyyy</i>_<i>release</i>[_QPP|_nonQPP].csv): title
/// lines (the first names the year and the release month, one says "RELEASED mm/dd/yyyy"), a header stacked over five
/// rows whose last row starts HCPCS,MOD,DESCRIPTION, then one row per code and modifier. Columns are found by their
/// stacked names, not by position: CY2025 has 31, CY2026 32 (PRIC IND after TEAM SURG), and a column not known here is
/// left out and named in the import's output. "NA" in a setting's NA indicator column means the service is not payable
/// there, so that setting's PE and total are stored as empty. From CY2026 CMS publishes two files a release, one per
/// conversion factor (QPP for qualifying APM participants, non-QPP for the rest): the variant comes from the name.
/// </summary>
public static partial class PfsRvuFile
{
    /// <summary>The columns of the CY2025 layout, by stacked name; those stored are required.</summary>
    internal static class Columns
    {
        public static readonly KnownColumn Hcpcs = new("HCPCS");
        public static readonly KnownColumn Modifier = new("MOD");
        public static readonly KnownColumn Description = new("DESCRIPTION", Required: false);
        public static readonly KnownColumn Status = new("STATUS CODE");
        public static readonly KnownColumn NotUsed = new("NOT USED FOR MEDICARE PAYMENT", Required: false);
        public static readonly KnownColumn Work = new("WORK RVU");
        public static readonly KnownColumn NonFacilityPe = new("NON-FAC PE RVU");
        public static readonly KnownColumn NonFacilityNa = new("NON-FAC NA INDICATOR");
        public static readonly KnownColumn FacilityPe = new("FACILITY PE RVU");
        public static readonly KnownColumn FacilityNa = new("FACILITY NA INDICATOR");
        public static readonly KnownColumn Malpractice = new("MP RVU");
        public static readonly KnownColumn NonFacilityTotal = new("NON-FACILITY TOTAL");
        public static readonly KnownColumn FacilityTotal = new("FACILITY TOTAL");
        public static readonly KnownColumn PcTc = new("PCTC IND");
        public static readonly KnownColumn Global = new("GLOB DAYS");
        public static readonly KnownColumn PreOp = new("PRE OP", Required: false);
        public static readonly KnownColumn IntraOp = new("INTRA OP", Required: false);
        public static readonly KnownColumn PostOp = new("POST OP", Required: false);
        public static readonly KnownColumn MultipleProcedure = new("MULT PROC");
        public static readonly KnownColumn Bilateral = new("BILAT SURG");
        public static readonly KnownColumn Assistant = new("ASST SURG");
        public static readonly KnownColumn CoSurgery = new("CO-SURG");
        public static readonly KnownColumn TeamSurgery = new("TEAM SURG");
        public static readonly KnownColumn EndoBase = new("ENDO BASE", Required: false);
        public static readonly KnownColumn ConversionFactor = new("CONV FACTOR");
        public static readonly KnownColumn Supervision = new("PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES");
        public static readonly KnownColumn CalculationFlag = new("CALCULATION FLAG", Required: false);
        public static readonly KnownColumn ImagingFamily = new("DIAGNOSTIC IMAGING FAMILY INDICATOR");
        public static readonly KnownColumn OppsNonFacilityPe = new("NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT", Required: false);
        public static readonly KnownColumn OppsFacilityPe = new("FACILITY PE USED FOR OPPS PAYMENT AMOUNT", Required: false);
        public static readonly KnownColumn OppsMalpractice = new("MP USED FOR OPPS PAYMENT AMOUNT", Required: false);

        public static readonly KnownColumn[] All =
        [
            Hcpcs, Modifier, Description, Status, NotUsed, Work, NonFacilityPe, NonFacilityNa, FacilityPe, FacilityNa, Malpractice,
            NonFacilityTotal, FacilityTotal, PcTc, Global, PreOp, IntraOp, PostOp, MultipleProcedure, Bilateral, Assistant, CoSurgery,
            TeamSurgery, EndoBase, ConversionFactor, Supervision, CalculationFlag, ImagingFamily, OppsNonFacilityPe, OppsFacilityPe, OppsMalpractice,
        ];
    }

    // The header is stacked over at most five rows: the last starts HCPCS,MOD,DESCRIPTION, the four above have the
    // title column (the third) empty, unlike the title lines.
    const int StackedRows = 5;

    static readonly HashSet<string> GlobalPeriods = ["000", "010", "090", "MMM", "XXX", "YYY", "ZZZ"];

    /// <summary>The release months CMS uses and the letter of their zip (rvu26c is July).</summary>
    static readonly (string Month, string Short, char Letter)[] Releases =
        [("January", "Jan", 'A'), ("April", "Apr", 'B'), ("July", "Jul", 'C'), ("October", "Oct", 'D')];

    public static ParsedFile? Read(TextFile file, ImportBatch batch)
    {
        var name = file.Name;
        var problems = batch.Problems;
        int? titleYear = null;
        string? titleRelease = null;
        string? released = null;
        var preamble = new List<string[]>();
        HeaderColumns? columns = null;
        var layout = new FileLayout<PfsRvu>
        {
            IsHeader = fields => fields.Length >= 3 && fields[0].Trim() == "HCPCS" && fields[1].Trim() == "MOD" && fields[2].Trim() == "DESCRIPTION",
            HeaderProblem = header =>
            {
                columns = HeaderColumns.Find(StackedNames(preamble, header), Columns.All, out var problem);
                return problem;
            },
            ReadPreamble = fields =>
            {
                preamble.Add(fields);
                foreach (var text in fields)
                {
                    if (titleYear is null && TitlePattern().Match(text) is { Success: true } title)
                    {
                        titleYear = int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                        titleRelease = title.Groups[2].Success ? Release(title.Groups[2].Value)?.Month : null;
                    }
                    if (released is null && ReleasedPattern().Match(text) is { Success: true } date)
                        released = date.Groups[1].Value;
                }
            },
            ParseRow = (string[] fields, out PfsRvu rvu) => RowProblem(columns!, fields, out rvu),
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
        var nameRelease = ReleaseOf(name);
        if (titleRelease is not null && nameRelease is not null && titleRelease != nameRelease.Value.Month)
            problems.Add(name, 1, $"the title line says the {titleRelease} release but the file name says {nameRelease.Value.Short}.");
        var variant = VariantOf(name);
        foreach (var row in rows)
        {
            row.Year = year;
            row.Variant = variant;
        }

        var release = Release(titleRelease ?? nameRelease?.Month);
        return new ParsedFile(file, null, DataVersion(year, release, variant, released), read.RowsRead, read.RowsSkipped, rows)
        {
            Notes = columns?.Ignored ?? [],
        };
    }

    /// <summary>"2026, July release (RVU26C), non-QPP conversion factor, released 06/30/2026": year first (it is the file's slot).</summary>
    static string DataVersion(int year, (string Month, string Short, char Letter)? release, string? variant, string? released)
    {
        var text = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (release is { } r)
            text += $", {r.Month} release (RVU{year % 100:00}{r.Letter})";
        if (variant is not null)
            text += $", {VariantName(variant)} conversion factor";
        if (released is not null)
            text += $", released {released}";
        return text;
    }

    /// <summary>QPP or nonQPP from a name like PPRRVU2026_Jul_nonQPP.csv; null for files of years with one conversion factor.</summary>
    public static string? VariantOf(string fileName) => VariantPattern().Match(fileName) is { Success: true } m
        ? m.Groups[1].Value.Length > 0 ? NonQpp : Qpp
        : null;

    public const string Qpp = "QPP";
    public const string NonQpp = "nonQPP";

    /// <summary>How a screen names a variant.</summary>
    public static string VariantName(string? variant) => variant switch
    {
        Qpp => "QPP (qualifying APM participants)",
        NonQpp => "non-QPP",
        _ => "single",
    };

    static (string Month, string Short, char Letter)? ReleaseOf(string fileName) =>
        NamePattern().Match(fileName) is { Success: true } m && m.Groups[2].Success
            ? m.Groups[2].Value.Split('_').Select(Release).FirstOrDefault(r => r is not null)
            : null;

    static (string Month, string Short, char Letter)? Release(string? word) =>
        word is null ? null : Releases.Where(r => word.Equals(r.Month, StringComparison.OrdinalIgnoreCase) || word.Equals(r.Short, StringComparison.OrdinalIgnoreCase))
            .Cast<(string, string, char)?>().FirstOrDefault();

    /// <summary>Each column's full name: the words of the stacked rows above the HCPCS,MOD,DESCRIPTION row, top to bottom.</summary>
    static List<string> StackedNames(List<string[]> preamble, string[] header)
    {
        var stacked = new List<string[]>();
        for (var i = preamble.Count - 1; i >= 0 && stacked.Count < StackedRows - 1; i--)
        {
            if (preamble[i].Length > 2 && !string.IsNullOrWhiteSpace(preamble[i][2]))
                break;
            stacked.Insert(0, preamble[i]);
        }
        return header.Select((bottom, column) => string.Join(' ',
                stacked.Select(row => column < row.Length ? row[column].Trim() : "").Append(bottom.Trim()).Where(word => word.Length > 0)))
            .ToList();
    }

    static int Year(string digits) => digits.Length == 2 ? 2000 + int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    static string? RowProblem(HeaderColumns columns, string[] fields, out PfsRvu rvu)
    {
        rvu = null!;
        if (fields.Length != columns.Count)
            return $"{fields.Length} columns, expected {columns.Count} as in the header.";
        var f = Array.ConvertAll(fields, s => s.Trim());
        string At(KnownColumn column) => f[columns[column]];
        string Column(KnownColumn column) => columns.Describe(columns[column]);

        if (!ImportFields.HcpcsCode().IsMatch(At(Columns.Hcpcs)))
            return ImportFields.CodeProblem(At(Columns.Hcpcs));
        if (At(Columns.Modifier).Length > 0 && !TwoCharacters().IsMatch(At(Columns.Modifier)))
            return $"{Column(Columns.Modifier)}: {ImportFields.Quote(At(Columns.Modifier))} is not a two-character modifier.";
        if (!OneLetter().IsMatch(At(Columns.Status)))
            return $"{Column(Columns.Status)}: {ImportFields.Quote(At(Columns.Status))} is not one letter.";
        foreach (var na in (KnownColumn[])[Columns.NonFacilityNa, Columns.FacilityNa])
        {
            if (At(na) is not ("" or "NA"))
                return $"{Column(na)}: {ImportFields.Quote(At(na))} is neither NA nor empty.";
        }
        if (!OneDigit().IsMatch(At(Columns.PcTc)))
            return $"{Column(Columns.PcTc)}: {ImportFields.Quote(At(Columns.PcTc))} is not one digit.";
        if (!GlobalPeriods.Contains(At(Columns.Global)))
            return $"{Column(Columns.Global)}: {ImportFields.Quote(At(Columns.Global))} is not one of {string.Join(", ", GlobalPeriods)}.";
        foreach (var digit in (KnownColumn[])[Columns.MultipleProcedure, Columns.Bilateral, Columns.Assistant, Columns.CoSurgery, Columns.TeamSurgery])
        {
            if (At(digit).Length > 0 && !OneDigit().IsMatch(At(digit)))
                return $"{Column(digit)}: {ImportFields.Quote(At(digit))} is not one digit.";
        }
        foreach (var indicator in (KnownColumn[])[Columns.Supervision, Columns.ImagingFamily])
        {
            if (At(indicator).Length > 0 && !TwoCharacters().IsMatch(At(indicator)))
                return $"{Column(indicator)}: {ImportFields.Quote(At(indicator))} is not a two-character indicator.";
        }

        var numbers = new Dictionary<KnownColumn, decimal?>();
        foreach (var column in (KnownColumn[])[Columns.Work, Columns.NonFacilityPe, Columns.FacilityPe, Columns.Malpractice,
                     Columns.NonFacilityTotal, Columns.FacilityTotal, Columns.ConversionFactor])
        {
            numbers[column] = null;
            if (At(column) is "" or "NA")
                continue;
            if (!ImportFields.TryDecimal(At(column), out var number))
                return $"{Column(column)}: {ImportFields.Quote(At(column))} is not a number.";
            numbers[column] = number;
        }
        var nonFacilityNa = At(Columns.NonFacilityNa) == "NA";
        var facilityNa = At(Columns.FacilityNa) == "NA";
        rvu = new PfsRvu
        {
            Code = At(Columns.Hcpcs),
            Modifier = At(Columns.Modifier).Length > 0 ? At(Columns.Modifier) : null,
            Status = At(Columns.Status),
            Work = numbers[Columns.Work],
            NonFacilityPe = nonFacilityNa ? null : numbers[Columns.NonFacilityPe],
            FacilityPe = facilityNa ? null : numbers[Columns.FacilityPe],
            Malpractice = numbers[Columns.Malpractice],
            NonFacilityTotal = nonFacilityNa ? null : numbers[Columns.NonFacilityTotal],
            FacilityTotal = facilityNa ? null : numbers[Columns.FacilityTotal],
            PcTcIndicator = At(Columns.PcTc),
            GlobalPeriod = At(Columns.Global),
            MultipleProcedure = Optional(At(Columns.MultipleProcedure)),
            Bilateral = Optional(At(Columns.Bilateral)),
            AssistantSurgery = Optional(At(Columns.Assistant)),
            CoSurgery = Optional(At(Columns.CoSurgery)),
            TeamSurgery = Optional(At(Columns.TeamSurgery)),
            ConversionFactor = numbers[Columns.ConversionFactor],
            PhysicianSupervision = Optional(At(Columns.Supervision)),
            DiagnosticImagingFamily = Optional(At(Columns.ImagingFamily)),
        };
        return null;
    }

    static string? Optional(string text) => text.Length > 0 ? text : null;

    [GeneratedRegex(@"^\s*((?:19|20)\d{2}) National Physician Fee Schedule(?:.*?\b(January|April|July|October) Release)?", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"RELEASED\s+(\d{1,2}/\d{1,2}/\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ReleasedPattern();

    [GeneratedRegex(@"PPRRVU(\d{4}|\d{2})(?:_([A-Za-z0-9_]+))?", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"_(non)?QPP\b", RegexOptions.IgnoreCase)]
    private static partial Regex VariantPattern();

    [GeneratedRegex("^[0-9A-Z]{2}$")]
    private static partial Regex TwoCharacters();

    [GeneratedRegex("^[A-Z]$")]
    private static partial Regex OneLetter();

    [GeneratedRegex("^[0-9]$")]
    private static partial Regex OneDigit();
}
