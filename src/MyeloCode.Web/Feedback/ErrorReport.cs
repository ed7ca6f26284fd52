using MyeloCode.Web.Settings;

namespace MyeloCode.Web.Feedback;

/// <summary>
/// The "Report an error" address for a page: the configured mailto: or https: address, prefilled with the page, the
/// code(s) and the catalogue revision (subject and body for mailto:, query parameters for https:).
/// </summary>
public static class ErrorReport
{
    public static string? Link(MyeloSettings settings, string page, string codes, long revision)
    {
        if (settings.Feedback.Address is not { } address)
            return null;
        var url = settings.Feedback.Url!;
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        if (address.Scheme == Uri.UriSchemeMailto)
        {
            var subject = $"MyeloCode error report: {codes}";
            var body = $"Page: {page}\nCode: {codes}\nData revision: {revision}\n\nWhat is wrong, and where the right rule is written:\n";
            return $"{url}{separator}subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body)}";
        }
        return $"{url}{separator}page={Uri.EscapeDataString(page)}&code={Uri.EscapeDataString(codes)}&revision={revision}";
    }
}
