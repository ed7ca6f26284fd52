using System.Globalization;
using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>One file read and validated: the rows to store (catalogue codes only) and what was counted.</summary>
/// <param name="Form">The descriptor form (long, medium, short, consumer) of an AMA file; null for CMS files.</param>
public sealed record ParsedFile(TextFile Source, string? Form, string? DataVersion, int RowsRead, int RowsSkipped, IReadOnlyList<IImportedRow> Rows)
{
    /// <summary>What the person importing should know about this file although nothing is wrong: "ignored column 24 'PRIC IND'".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>What the parsers of one import share: the catalogue's codes, the error list and the keys seen so far.</summary>
public sealed class ImportBatch(IReadOnlySet<string> catalogue, ImportProblems problems)
{
    readonly Dictionary<string, (string File, int Line)> _seen = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Catalogue { get; } = catalogue;
    public ImportProblems Problems { get; } = problems;

    /// <summary>Null the first time a row key is met; afterwards where it was first met, for a "duplicate" error.</summary>
    public string? FirstSeen(string key, string file, int line)
    {
        if (_seen.TryAdd(key, (file, line)))
            return null;
        var first = _seen[key];
        return first.File == file ? $"line {first.Line}" : $"{first.File} line {first.Line}";
    }
}

/// <summary>Field checks the four formats share.</summary>
internal static partial class ImportFields
{
    /// <summary>A CPT code (62304, 0001F, 0042T) or a HCPCS Level II code (G0453).</summary>
    [GeneratedRegex("^[A-Z0-9][0-9]{3}[A-Z0-9]$")]
    public static partial Regex HcpcsCode();

    /// <summary>A CPT code: four digits and a digit or category letter (F, T, U, M, A).</summary>
    [GeneratedRegex("^[0-9]{4}[0-9A-Z]$")]
    public static partial Regex CptCode();

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Header text compared without case or spacing: "HCPCS/\nCPT  Code" is "HCPCS/CPTCODE".</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>A value quoted in an error message, cut short so one bad line cannot flood the terminal.</summary>
    public static string Quote(string value) => value.Length <= 40 ? $"'{value}'" : $"'{value[..40]}…'";

    public static string CodeProblem(string code) => $"{Quote(code)} is not a CPT/HCPCS code (five letters or digits, for example 62304).";
}
