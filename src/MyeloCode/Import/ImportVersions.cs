using System.Globalization;
using System.Text.RegularExpressions;

namespace MyeloCode.Import;

/// <summary>
/// The first date of service a CMS file applies to, which is how imports of one kind are kept side by side: a PFS
/// year from 1 January, an MUE file from the effective date in its name (the file has no dates of its own), an NCCI
/// version from the first day of its quarter. NCCI versions count years from 1994 and quarters from 0: version 31.2
/// (files ccipra-v312r0-f*.txt) took effect on 1 July 2025, 31.3 on 1 October 2025.
/// </summary>
public static partial class ImportVersions
{
    public static DateOnly? EffectiveFrom(ImportKind kind, string fileName, string? dataVersion) => kind switch
    {
        ImportKind.CmsRvu => dataVersion is { Length: >= 4 } && int.TryParse(dataVersion[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? new DateOnly(year, 1, 1)
            : null,
        ImportKind.Mue => MueFile.EffectiveDateOf(fileName) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        ImportKind.NcciPtp => NcciQuarter(fileName),
        _ => null,
    };

    public static DateOnly? EffectiveFrom(ImportRecord record) =>
        record.EffectiveFrom ?? (Kind(record.Kind) is { } kind ? EffectiveFrom(kind, record.FileName, record.DataVersion) : null);

    /// <summary>ccipra-v312r0-f1.txt: version 31.2, the third quarter of 2025, so 2025-07-01.</summary>
    public static DateOnly? NcciQuarter(string fileName)
    {
        if (NcciVersionPattern().Match(fileName) is not { Success: true } m)
            return null;
        var major = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var quarter = m.Groups[2].Value[0] - '0';
        return quarter is >= 0 and <= 3 ? new DateOnly(1994 + major, 1 + 3 * quarter, 1) : null;
    }

    /// <summary>What a screen calls a version: "2026", "v321r0 (from 2026-04-01)", "effective 2026-01-01".</summary>
    public static string Describe(ImportRecord record) => Kind(record.Kind) switch
    {
        ImportKind.NcciPtp => $"{PtpEditFile.VersionOf(record.FileName) ?? record.FileName}, in force from {EffectiveFrom(record):yyyy-MM-dd}",
        ImportKind.Mue => $"effective {EffectiveFrom(record):yyyy-MM-dd} ({record.FileName}{(record.Shipped ? ", shipped with MyeloCode" : "")})",
        _ => record.DataVersion ?? record.FileName,
    };

    static ImportKind? Kind(string name) =>
        Enum.GetValues<ImportKind>().Cast<ImportKind?>().FirstOrDefault(k => k!.Value.Name() == name);

    [GeneratedRegex(@"v(\d{2})(\d)r\d+", RegexOptions.IgnoreCase)]
    private static partial Regex NcciVersionPattern();
}
