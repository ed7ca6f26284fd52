using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The AMA CPT data files of a licensed release. Which form a file holds is told by its release name:
/// LONGULT.txt / LONGUT.txt (long: AMA header block, then CODE&lt;TAB&gt;descriptor), MEDU.txt (medium) and SHORTU.txt
/// (short: header block, then fixed width, code in columns 1-5, descriptor from column 7, at most 48 and 28
/// characters) and ConsumerDescriptor.txt (a header row "Concept Id, CPT Code, Consumer Friendly Descriptor", tab
/// separated). The header block is free licence text, so data starts at the first line shaped like a data row.
/// </summary>
public static partial class CptDescriptorFile
{
    public const string LongForm = "long";
    public const string MediumForm = "medium";
    public const string ShortForm = "short";
    public const string ConsumerForm = "consumer";
    public const int MediumMaxLength = 48;
    public const int ShortMaxLength = 28;
    const int MaxHeaderLines = 50;
    static readonly string[] ConsumerHeader = ["CONCEPTID", "CPTCODE", "CONSUMERFRIENDLYDESCRIPTOR"];

    /// <summary>The form a release file holds, from its name; null when the name is not one of the release's.</summary>
    public static string? FormOf(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).ToUpperInvariant();
        return name switch
        {
            _ when name.Contains("CONSUMER", StringComparison.Ordinal) => ConsumerForm,
            _ when name.Contains("CLINICIAN", StringComparison.Ordinal) => null,
            _ when name.Contains("LONGU", StringComparison.Ordinal) => LongForm,
            _ when name.Contains("MEDU", StringComparison.Ordinal) => MediumForm,
            _ when name.Contains("SHORTU", StringComparison.Ordinal) => ShortForm,
            _ => null,
        };
    }

    public static ParsedFile? Read(TextFile file, ImportBatch batch)
    {
        var name = file.Name;
        var problems = batch.Problems;
        if (FormOf(name) is not { } form)
        {
            problems.Add(name, 0, "cannot tell which descriptor file this is from its name; keep the release's name: LONGULT.txt, LONGUT.txt, MEDU.txt, SHORTU.txt or ConsumerDescriptor.txt.");
            return null;
        }

        string? version = null;
        var consumer = form == ConsumerForm;
        var layout = new FileLayout<OfficialDescriptor>
        {
            // The consumer file starts with a header row; the others with a licence block, then the first data row.
            IsHeader = _ => consumer,
            HeaderProblem = fields => fields[0].Split('\t').Select(ImportFields.Squash).SequenceEqual(ConsumerHeader)
                ? null
                : "wrong header: expected 'Concept Id<TAB>CPT Code<TAB>Consumer Friendly Descriptor'.",
            IsFirstRow = consumer ? null : fields => LooksLikeData(form, fields[0]),
            ReadPreamble = fields => version ??= ReleasePattern().Match(fields[0]) is { Success: true } release ? release.Groups[1].Value : null,
            ParseRow = (string[] fields, out OfficialDescriptor row) => RowProblem(form, fields[0], out row),
            Describe = row => $"code {row.Code}",
            InCatalogue = (row, catalogue) => catalogue.Contains(row.Code),
            KeyPrefix = form + "|",
            MaxPreambleRows = MaxHeaderLines,
            Header = "descriptor row",
            WrongFileHint = $"expected {Shape(form)}.",
            NoRows = $"no descriptor rows; expected {Shape(form)}.",
            Unit = "lines",
        };
        return ImportReadLoop.Read(name, ImportReadLoop.LineRecords(file), layout, batch) is { } read
            ? new ParsedFile(file, form, version, read.RowsRead, read.RowsSkipped, read.Rows)
            : null;
    }

    static bool LooksLikeData(string form, string line) =>
        form == LongForm ? LongRowStart().IsMatch(line) : FixedRowStart().IsMatch(line);

    static string Shape(string form) => form switch
    {
        LongForm => "lines of CODE<TAB>descriptor after the AMA header block",
        ConsumerForm => "lines of concept id<TAB>CODE<TAB>descriptor",
        _ => "lines with the code in columns 1-5 and the descriptor from column 7 after the AMA header block",
    };

    static string? RowProblem(string form, string line, out OfficialDescriptor row)
    {
        row = null!;
        string code, descriptor;
        string[] fields;
        switch (form)
        {
            case LongForm:
                fields = line.Split('\t');
                if (fields.Length != 2)
                    return $"{fields.Length} tab-separated columns, expected 2 (CODE<TAB>descriptor).";
                code = fields[0].Trim();
                descriptor = fields[1].Trim();
                break;
            case ConsumerForm:
                fields = line.Split('\t');
                if (fields.Length != 3)
                    return $"{fields.Length} tab-separated columns, expected 3 (concept id, code, descriptor).";
                if (!fields[0].Trim().All(char.IsAsciiDigit) || fields[0].Trim().Length == 0)
                    return $"concept id {ImportFields.Quote(fields[0].Trim())} is not a number.";
                code = fields[1].Trim();
                descriptor = fields[2].Trim();
                break;
            default:
                if (line.Contains('\t'))
                    return "a tab in a fixed-width file: expected the code in columns 1-5, a space, then the descriptor.";
                if (line.Length < 7 || line[5] != ' ')
                    return "expected the code in columns 1-5, a space, then the descriptor from column 7.";
                code = line[..5];
                descriptor = line[6..].Trim();
                var max = form == MediumForm ? MediumMaxLength : ShortMaxLength;
                if (descriptor.Length > max)
                    return $"the descriptor has {descriptor.Length} characters; the {form} form has at most {max}.";
                break;
        }
        if (!ImportFields.CptCode().IsMatch(code))
            return $"{ImportFields.Quote(code)} is not a CPT code (four digits and a digit or letter, for example 62304 or 0042T).";
        if (descriptor.Length == 0)
            return $"code {code} has no descriptor.";
        row = new OfficialDescriptor { Code = code, Form = form, Text = descriptor };
        return null;
    }

    [GeneratedRegex("^[0-9]{4}[0-9A-Z]\t")]
    private static partial Regex LongRowStart();

    [GeneratedRegex("^[0-9]{4}[0-9A-Z] [^ ]")]
    private static partial Regex FixedRowStart();

    [GeneratedRegex(@"CPT\S*\s+((?:19|20)\d{2})")]
    private static partial Regex ReleasePattern();
}
