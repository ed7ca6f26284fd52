using Microsoft.Playwright;

namespace MyeloCode.EndToEnd;

/// <summary>
/// Debian's Chromium driven by Playwright. Where it is not installed the browser tests are reported as skipped,
/// with the command that installs it; they never pass without a browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string InstallHint = "Chromium is not installed: run `sudo apt-get install chromium` (or `bash .ci/run`), then `dotnet test` again.";

    public const string IntranetHost = "myelocode.intranet.test";

    IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public static DirectoryInfo ResultsFolder { get; } =
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "test-results"));

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root in a sandbox; no background traffic on a machine without internet.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                // A name that is not localhost, so a page can be served from an origin that is not a secure context
                // (as an intranet host over plain HTTP is): there navigator.clipboard does not exist.
                $"--host-resolver-rules=MAP {IntranetHost} 127.0.0.1"],
        });
    }

    /// <summary>
    /// A fresh context (own cookies, storage and permissions) and page; skips the test when no browser.
    /// <paramref name="viewport"/> Phone is a 390 × 844 touch screen (an iPhone 12 to 15 held upright).
    /// </summary>
    public async Task<BrowserSession> OpenAsync(Uri baseAddress, BrowserNewContextOptions? options = null, Viewport viewport = Viewport.Desktop)
    {
        if (Browser is null)
            Assert.Skip(InstallHint);
        options ??= new BrowserNewContextOptions();
        options.BaseURL = baseAddress.ToString();
        if (viewport == Viewport.Phone)
        {
            options.ViewportSize = new ViewportSize { Width = 390, Height = 844 };
            options.IsMobile = true;
            options.HasTouch = true;
        }
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, _lastScreens);
    }

    readonly List<byte[]> _lastScreens = [];

    /// <summary>
    /// Called from each browser test class's DisposeAsync, when xunit knows the outcome: a failed test's sessions'
    /// last screens (taken as each session closed, so at the moment of failure) are saved as test-results/failed-*.png.
    /// </summary>
    public async ValueTask SaveScreensIfFailedAsync()
    {
        List<byte[]> screens;
        lock (_lastScreens)
        {
            screens = [.. _lastScreens];
            _lastScreens.Clear();
        }
        if (TestContext.Current.TestState?.Result != TestResult.Failed || TestContext.Current.Test is not { } test)
            return;
        for (var i = 0; i < screens.Count; i++)
        {
            var name = $"failed-{test.TestCase.TestMethod?.MethodName ?? "test"}{(screens.Count > 1 ? $"-{i + 1}" : "")}.png";
            await File.WriteAllBytesAsync(Path.Combine(ResultsFolder.FullName, name), screens[i]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

public enum Viewport { Desktop, Phone }

/// <summary>One browser context and page, recording console errors and CSP violations for the test to assert on.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    readonly List<string> _problems = [];
    readonly List<byte[]> _lastScreens;

    public BrowserSession(IBrowserContext context, IPage page, List<byte[]> lastScreens)
    {
        Context = context;
        Page = page;
        _lastScreens = lastScreens;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" || message.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                lock (_problems) _problems.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (_problems) _problems.Add($"page error: {error}"); };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and CSP violations seen so far.</summary>
    public IReadOnlyList<string> Problems { get { lock (_problems) return [.. _problems]; } }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ResultsFolder.FullName, name + ".png"), FullPage = false });

    public async ValueTask DisposeAsync()
    {
        try
        {
            var screen = await Page.ScreenshotAsync(new PageScreenshotOptions { Timeout = 5000 });
            lock (_lastScreens) _lastScreens.Add(screen);
        }
        catch (PlaywrightException)
        {
            // The page is gone (the browser crashed or the test closed it): nothing to keep.
        }
        await Context.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
