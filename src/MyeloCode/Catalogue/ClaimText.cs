namespace MyeloCode.Catalogue;

/// <summary>
/// Exactly what the copy buttons put in the clipboard, in the form billing systems take:
/// the bare code (<c>62302</c>), the code with a modifier (<c>72240-26</c>), code and our short label separated by
/// one space (<c>62302 Myelogram LP inj cervical</c>: code first so a code field keeps just the code, and the label
/// is at most 28 characters, the width of a claim's short description), and lists one code per line.
/// </summary>
public static class ClaimText
{
    /// <summary>The professional (26) and technical (TC) components exist only for codes with PC/TC indicator 1.</summary>
    public static IReadOnlyList<string> Modifiers(string pcTcIndicator) => pcTcIndicator == "1" ? ["26", "TC"] : [];

    public static IReadOnlyList<string> Modifiers(Code code) => Modifiers(code.PcTcIndicator);

    public static string Code(Code code, string? modifier = null)
    {
        if (modifier is null)
            return code.Id;
        if (!Modifiers(code).Contains(modifier))
            throw new ArgumentException($"Modifier {modifier} does not apply to {code.Id} (PC/TC indicator {code.PcTcIndicator}).", nameof(modifier));
        return $"{code.Id}-{modifier}";
    }

    public static string CodeAndLabel(Code code) => $"{code.Id} {code.ShortLabel}";

    /// <summary>One entry per line, LF-separated (browsers convert line ends for the platform's clipboard); blanks dropped.</summary>
    public static string Lines(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    public static string Codes(IEnumerable<Code> codes) => Lines(codes.Select(c => c.Id));
}
