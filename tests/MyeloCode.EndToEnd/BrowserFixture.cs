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
        var session = new BrowserSession(context, await context.NewPageAsync());
        lock (_open) _open.Add(session);
        return session;
    }

    readonly List<BrowserSession> _open = [];

    /// <summary>
    /// Called from each browser test class's DisposeAsync, when xunit knows the outcome: closes the test's sessions,
    /// after saving their screens as test-results/failed-*.png when it failed (the screens at the moment of failure).
    /// </summary>
    public async ValueTask EndTestAsync()
    {
        BrowserSession[] sessions;
        lock (_open)
        {
            sessions = [.. _open];
            _open.Clear();
        }
        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        var name = TestContext.Current.Test?.TestCase.TestMethod?.MethodName ?? "test";
        for (var i = 0; i < sessions.Length; i++)
        {
            try
            {
                if (failed)
                    await sessions[i].ScreenshotAsync($"failed-{name}{(sessions.Length > 1 ? $"-{i + 1}" : "")}");
            }
            catch (PlaywrightException)
            {
                // The page is gone (the browser crashed or the test closed it): nothing to keep.
            }
            await sessions[i].Context.DisposeAsync();
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

/// <summary>
/// One browser context and page, recording console errors and CSP violations for the test to assert on. It stays open
/// until <see cref="BrowserFixture.EndTestAsync"/>, so a failed test's screen can still be saved.
/// </summary>
public sealed class BrowserSession
{
    readonly List<string> _problems = [];

    public BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
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
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ResultsFolder.FullName, name + ".png") });
}

/// <summary>A test class of the browser collection: its sessions end (screenshotted if it failed) with each test.</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser) : IAsyncDisposable
{
    protected BrowserFixture Browser => browser;

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return browser.EndTestAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppServerFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
