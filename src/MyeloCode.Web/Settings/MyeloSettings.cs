using System.Net;

namespace MyeloCode.Web.Settings;

/// <summary>
/// Every <c>MyeloCode:*</c> setting in one place (README, "Configuration"), bound and checked once at start: a bad
/// value stops the app with a message naming the setting, instead of being read, or misread, deep inside a feature.
/// </summary>
public sealed class MyeloSettings
{
    /// <summary>The catalogue files; empty means data/codes beside the binaries.</summary>
    public string? DataPath { get; init; }
    /// <summary>false turns off the output cache (to measure without it, see docs/performance.md).</summary>
    public bool OutputCache { get; init; } = true;
    public RateLimitSettings RateLimit { get; init; } = new();
    public ReverseProxySettings ReverseProxy { get; init; } = new();

    public FeedbackSettings Feedback { get; init; } = new();

    public string CatalogueDirectory => DataPath is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "data", "codes");

    /// <summary>300 a minute is five a second, all day: a busy coding team behind one NAT address stays far below it.</summary>
    public sealed record RateLimitSettings(int ApiPermitsPerMinute = 300);

    public sealed record ReverseProxySettings(IReadOnlyList<string>? KnownProxies = null);

    public sealed class FeedbackSettings
    {
        /// <summary>Where "Report an error" goes: a mailto: or https: address; unset hides the link.</summary>
        public string? Url { get; init; }

        public Uri? Address => Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeMailto || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
    }

    /// <summary>Each problem names the setting as it is written in configuration.</summary>
    public IEnumerable<string> Problems()
    {
        if (RateLimit.ApiPermitsPerMinute < 0)
            yield return $"MyeloCode:RateLimit:ApiPermitsPerMinute must be 0 (off) or more; it is {RateLimit.ApiPermitsPerMinute}.";
        foreach (var (proxy, i) in (ReverseProxy.KnownProxies ?? []).Select((p, i) => (p, i)).Where(x => !IPAddress.TryParse(x.p, out _)))
            yield return $"MyeloCode:ReverseProxy:KnownProxies:{i} must be an IP address; it is '{proxy}'.";
        if (Feedback.Url is { Length: > 0 } feedback && Feedback.Address is null)
            yield return $"MyeloCode:Feedback:Url must be a mailto: or https: address; it is '{feedback}'.";
        if (DataPath is { Length: > 0 } path && !Directory.Exists(path))
            yield return $"MyeloCode:DataPath must be a folder that exists; '{path}' does not.";
    }

    /// <summary>Binds and checks the settings, registers them, and returns them for the rest of start-up.</summary>
    public static MyeloSettings Add(WebApplicationBuilder builder)
    {
        MyeloSettings settings;
        try
        {
            settings = builder.Configuration.GetSection("MyeloCode").Get<MyeloSettings>(o => o.ErrorOnUnknownConfiguration = true) ?? new();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key and the value it could not convert (e.g. "abc" for a number).
            throw new SettingsException($"{e.Message} {e.InnerException?.Message}");
        }
        if (string.Join("\n  - ", settings.Problems()) is { Length: > 0 } problems)
            throw new SettingsException(problems);
        builder.Services.AddSingleton(settings);
        return settings;
    }
}

public sealed class SettingsException(string problems) : Exception("The app cannot start with these settings:\n  - " + problems);
