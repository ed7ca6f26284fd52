using System.Globalization;

namespace MyeloCode.Catalogue;

/// <summary>
/// The date of service a coder codes for (<c>?dos=YYYY-MM-DD</c>, today by default): it picks the fee schedule year
/// and the MUE and NCCI versions in force. A date before the earliest year loaded, or more than a year ahead, is refused.
/// </summary>
public static class DatesOfService
{
    public const string Parameter = "dos";
    public const string Format = "yyyy-MM-dd";

    public static string ToText(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The date asked for, or today when none is given; on failure the reason, to show against <c>dos</c>.</summary>
    public static bool TryParse(string? text, CatalogueSnapshot snapshot, DateOnly today, out DateOnly date, out string? error)
    {
        error = null;
        date = today;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (!DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = $"{Shown(text)} is not a date: give the date of service as YYYY-MM-DD, for example {ToText(today)}.";
            return false;
        }
        if (Earliest(snapshot) is { } earliest && date < earliest)
        {
            error = $"{ToText(date)} is before {earliest.Year}, the earliest year loaded: give a date from {ToText(earliest)}.";
            return false;
        }
        var latest = Latest(today);
        if (date > latest)
        {
            error = $"{ToText(date)} is more than a year ahead of today ({ToText(today)}): give a date up to {ToText(latest)}.";
            return false;
        }
        return true;
    }

    /// <summary>1 January of the earliest year with Medicare figures; null when there are none.</summary>
    public static DateOnly? Earliest(CatalogueSnapshot snapshot) =>
        snapshot.MedicareYears.Count > 0 ? new DateOnly(snapshot.MedicareYears[0], 1, 1) : null;

    public static DateOnly Latest(DateOnly today) => today.AddYears(1);

    /// <summary>Null when the year shown is the date's year; otherwise what is shown instead and the file that would fix it.</summary>
    public static string? StaleNotice(int dateYear, int? shownYear) => shownYear == dateYear ? null : shownYear is null
        ? $"No Medicare figures are loaded for {dateYear} or earlier. Import the CY{dateYear} relative value file (PPRRVU{dateYear}_*.csv)."
        : $"The {dateYear} Medicare figures are not loaded: these are CY{shownYear}'s, the latest earlier year. Import the CY{dateYear} relative value file (PPRRVU{dateYear}_*.csv) to show {dateYear}'s.";

    static string Shown(string value) => SafeEcho.Quote(value) is ['\'', ..] quoted ? quoted : "The value given";
}
