using System.Globalization;

namespace MyeloCode.Import;

/// <summary>
/// The notice shown wherever imported official CPT text appears, in the wording CMS and the Medicare contractors use
/// (docs: myelography facts §5.3). A licensee's AMA distribution licence may dictate its own text; change it here.
/// </summary>
public static class AmaNotice
{
    public const string Trademark = "CPT is a registered trademark of the American Medical Association.";
    public const string GovernmentUse = "Applicable FARS/DFARS (HHSARS) restrictions apply to government use.";
    public const string Disclaimer =
        "Fee schedules, relative value units, conversion factors and related components are not assigned by the AMA, are not part of CPT, "
        + "and the AMA is not recommending their use. The AMA does not directly or indirectly practice medicine or dispense medical services. "
        + "The AMA assumes no liability for data contained or not contained herein.";

    public static string Copyright(int year) =>
        $"CPT codes, descriptions and other data only are copyright {year} American Medical Association. All rights reserved.";

    public static IReadOnlyList<string> Lines(int year) => [Copyright(year), Trademark, GovernmentUse, Disclaimer];

    /// <summary>The release year of a cpt-descriptors import (from its header block), else the year it was imported.</summary>
    public static int ReleaseYear(ImportRecord import) =>
        int.TryParse(import.DataVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : import.ImportedAt.Year;
}
