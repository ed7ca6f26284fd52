namespace MyeloCode.Catalogue;

/// <summary>What the CMS fee schedule's indicator values mean, in the words of the PFS and NCCI file documentation.</summary>
public static class PaymentIndicators
{
    public static string PcTc(string indicator) => indicator switch
    {
        "0" => "Physician service: modifiers 26 and TC do not apply",
        "1" => "Professional (-26) and technical (-TC) components may be billed separately, or the global code",
        "2" => "Professional component only",
        "3" => "Technical component only",
        "4" => "Global test only",
        "5" => "Incident-to service",
        "6" => "Laboratory physician interpretation",
        "7" => "Physical therapy service",
        "8" => "Physician interpretation",
        "9" => "The PC/TC concept does not apply",
        _ => "Unknown indicator",
    };

    public static string Global(string period) => period switch
    {
        "000" => "0 days: same-day pre- and post-procedure care included",
        "010" => "10 days of post-procedure care included",
        "090" => "90 days: major procedure",
        "XXX" => "The global period does not apply",
        "YYY" => "Set by the Medicare contractor",
        "ZZZ" => "Add-on code: falls within the primary procedure's global period",
        "MMM" => "Maternity care",
        _ => "Unknown global period",
    };

    public static string PtpModifier(int indicator) => indicator switch
    {
        0 => "Never allowed: no modifier bypasses this edit",
        1 => "Allowed with an NCCI-associated modifier (59, XE, XP, XS, XU) when documented",
        9 => "Not applicable (deleted edit)",
        _ => "Unknown indicator",
    };

    public static string MueAdjudication(string indicator) => indicator.Trim() switch
    {
        var s when s.StartsWith('1') => "Claim line edit",
        var s when s.StartsWith('2') => "Date of service edit: policy",
        var s when s.StartsWith('3') => "Date of service edit: clinical",
        _ => "Unknown indicator",
    };
}
