using System.Net;

namespace MyeloCode.Web.Settings;

/// <summary>
/// Every <c>MyeloCode:*</c> setting in one place (README, "Configuration"), bound and checked once at start: a bad
/// value stops the app with a message naming the setting, instead of being read, or misread, deep inside a feature.
/// </summary>
public sealed class MyeloSettings
{
    public const string Section = "MyeloCode";

    /// <summary>The catalogue files; empty means data/codes beside the binaries.</summary>
    public string? DataPath { get; init; }

    /// <summary>false turns off the output cache (to measure without it, see docs/performance.md).</summary>
    public bool OutputCache { get; init; } = true;

    public RateLimitSettings RateLimit { get; init; } = new();

    public ReverseProxySettings ReverseProxy { get; init; } = new();

    public FeedbackSettings Feedback { get; init; } = new();

    public string CatalogueDirectory => DataPath is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "data", "codes");

    public sealed class RateLimitSettings
    {
        /// <summary>300 a minute is five a second, all day: a busy coding team behind one NAT address stays far below it.</summary>
        public int ApiPermitsPerMinute { get; init; } = 300;
    }

    public sealed class ReverseProxySettings
    {
        public IReadOnlyList<string> KnownProxies { get; init; } = [];
    }

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
            yield return $"{Section}:RateLimit:ApiPermitsPerMinute must be 0 (off) or more; it is {RateLimit.ApiPermitsPerMinute}.";
        for (var i = 0; i < ReverseProxy.KnownProxies.Count; i++)
            if (!IPAddress.TryParse(ReverseProxy.KnownProxies[i], out _))
                yield return $"{Section}:ReverseProxy:KnownProxies:{i} must be an IP address; it is '{ReverseProxy.KnownProxies[i]}'.";
        if (Feedback.Url is { Length: > 0 } feedback && Feedback.Address is null)
            yield return $"{Section}:Feedback:Url must be a mailto: or https: address; it is '{feedback}'.";
        if (DataPath is { Length: > 0 } path && !Directory.Exists(path))
            yield return $"{Section}:DataPath must be a folder that exists; '{path}' does not.";
    }
}

public static class SettingsSetup
{
    /// <summary>Binds and checks <see cref="MyeloSettings"/>, registers it, and returns it for the rest of start-up.</summary>
    public static MyeloSettings AddMyeloSettings(this WebApplicationBuilder builder)
    {
        MyeloSettings settings;
        try
        {
            settings = builder.Configuration.GetSection(MyeloSettings.Section).Get<MyeloSettings>(o => o.ErrorOnUnknownConfiguration = true) ?? new();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key and the value it could not convert (e.g. "abc" for a number).
            throw new SettingsException([e.InnerException?.Message is { } inner ? $"{e.Message} {inner}" : e.Message]);
        }
        var problems = settings.Problems().ToList();
        if (problems.Count > 0)
            throw new SettingsException(problems);
        builder.Services.AddSingleton(settings);
        return settings;
    }
}

public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("The app cannot start with these settings:" + string.Concat(problems.Select(p => "\n  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
