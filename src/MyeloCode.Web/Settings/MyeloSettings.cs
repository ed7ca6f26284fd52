using System.Net;

namespace MyeloCode.Web.Settings;

/// <summary>
/// Every <c>MyeloCode:*</c> setting in one place (README, "Configuration"), bound and checked once at start: a bad
/// value stops the app with a message naming the setting, instead of being read, or misread, deep inside a feature.
/// </summary>
public sealed partial class MyeloSettings
{
    /// <summary>The catalogue files; empty means data/codes beside the binaries.</summary>
    public string? DataPath { get; init; }
    /// <summary>false turns off the output cache (to measure without it, see docs/performance.md).</summary>
    public bool OutputCache { get; init; } = true;
    public RateLimitSettings RateLimit { get; init; } = new();
    public ReverseProxySettings ReverseProxy { get; init; } = new();

    public FeedbackSettings Feedback { get; init; } = new();
    public DataProtectionSettings DataProtection { get; init; } = new();

    /// <summary>This instance's name, sent as X-MyeloCode-Instance and in /healthz; unset sends neither.</summary>
    public string? InstanceName { get; init; }

    public string CatalogueDirectory => DataPath is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "data", "codes");

    /// <summary>300 a minute is five a second, all day: a busy coding team behind one NAT address stays far below it.</summary>
    public sealed record RateLimitSettings(int ApiPermitsPerMinute = 300);

    public sealed record ReverseProxySettings(IReadOnlyList<string>? KnownProxies = null);

    /// <summary>A folder all instances share for the key ring, so one instance reads another's circuits and tokens.</summary>
    public sealed record DataProtectionSettings(string? KeysPath = null);

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
        if (DataProtection.KeysPath is { Length: > 0 } keys && KeysProblem(keys) is { } keysProblem)
            yield return $"MyeloCode:DataProtection:KeysPath {keysProblem}";
        if (InstanceName is { Length: > 0 } name && !InstanceNameRegex().IsMatch(name))
            yield return $"MyeloCode:InstanceName must be 1 to 64 letters, digits, '.', '-' or '_' (it is sent as a header); it is '{name}'.";
    }

    /// <summary>An absolute folder that exists and that this process can write (it adds keys as old ones expire).</summary>
    static string? KeysProblem(string keys)
    {
        if (!Path.IsPathFullyQualified(keys))
            return $"must be an absolute path; it is '{keys}'.";
        if (!Directory.Exists(keys))
            return $"must be a folder that exists; '{keys}' does not.";
        var probe = Path.Combine(keys, $".write-test-{Environment.ProcessId}");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"must be a folder this process can write; '{keys}' is not ({e.Message}).";
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex InstanceNameRegex();

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
