using System.Text.RegularExpressions;

namespace MyeloCode.Catalogue;

/// <summary>How an error message repeats what the user typed.</summary>
public static partial class SafeEcho
{
    /// <summary>
    /// A typo is quoted back to help ('neck'); anything else is not repeated, so no markup, control or
    /// direction-changing text ever comes back in a message, whatever the response's content type.
    /// </summary>
    public static string Quote(string value) => PlainWord().IsMatch(value.Trim()) ? $"'{value.Trim()}'" : "the value given";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,29}$")]
    private static partial Regex PlainWord();
}
