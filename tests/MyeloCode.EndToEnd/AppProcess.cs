using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using MyeloCode.Data;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>
/// The published web app run as its own OS process (dotnet MyeloCode.Web.dll), so a test can kill it hard (SIGKILL)
/// the way a power cut or the OOM killer would; or the command-line tool, the same way. Without a connection string the
/// app gets a database of its own in a temp folder, deleted with it. The app is published once per test run, so these
/// tests run what a server would run (precompressed static assets, data/ beside the binaries): the tests' own build
/// (`--no-build`, same configuration), as a second, Release compile took 20 s of CPU from the tests.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly DirectoryInfo? _ownFolder;
    readonly List<string> _output = [];
    readonly List<(string Text, TaskCompletionSource Seen)> _waiting = [];

    AppProcess(ProcessStartInfo start, Uri? baseAddress, DirectoryInfo? ownFolder = null)
    {
        _process = new Process { StartInfo = start };
        _ownFolder = ownFolder;
        BaseAddress = baseAddress!;
        // Read all output (the child never blocks on a full pipe) and keep it for waits and failure messages.
        _process.OutputDataReceived += (_, e) => Received(e.Data);
        _process.ErrorDataReceived += (_, e) => Received(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The web app's address (not set for the command-line tool).</summary>
    public Uri BaseAddress { get; }

    /// <param name="stopAt">A <see cref="StopPoint"/> where the app stops and waits to be killed.</param>
    public static AppProcess Start(string? connectionString = null, string? dataPath = null,
        IDictionary<string, string>? settings = null, string? stopAt = null)
    {
        var ownFolder = connectionString is null ? Directory.CreateTempSubdirectory("myelocode-process-") : null;
        var port = FreePort();
        var start = Dotnet(stopAt, PublishedDll.Value, "--urls", $"http://127.0.0.1:{port}");
        start.WorkingDirectory = Path.GetDirectoryName(PublishedDll.Value)!;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__MyeloCode"] = connectionString
            ?? new SqliteConnectionStringBuilder { DataSource = Path.Combine(ownFolder!.FullName, "app.db"), Pooling = false }.ToString();
        start.Environment["MyeloCode__RateLimit__ApiPermitsPerMinute"] = "0";
        if (dataPath is not null)
            start.Environment["MyeloCode__DataPath"] = dataPath;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        return new AppProcess(start, new Uri($"http://127.0.0.1:{port}/"), ownFolder);
    }

    /// <summary>Starts the app and waits until /healthz answers 200.</summary>
    public static async Task<AppProcess> StartHealthyAsync(string? connectionString = null, IDictionary<string, string>? settings = null)
    {
        var app = Start(connectionString, settings: settings);
        await app.WaitHealthyAsync();
        return app;
    }

    /// <summary>The command-line tool (MyeloCode.Cli.dll as built beside these tests) with these arguments.</summary>
    public static AppProcess StartCli(string? stopAt, params string[] args)
    {
        var dll = Path.Combine(Repository.Root, "src", "MyeloCode.Cli", "bin", Repository.Configuration, "net10.0", "MyeloCode.Cli.dll");
        return new AppProcess(Dotnet(stopAt, [File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll), .. args]), null);
    }

    static ProcessStartInfo Dotnet(string? stopAt, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        if (stopAt is not null)
            start.Environment[StopPoint.Variable] = stopAt;
        return start;
    }

    /// <summary>Waits for the process to end by itself; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return _process.ExitCode;
    }

    void Received(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            _output.Add(line);
            foreach (var (text, seen) in _waiting.Where(w => line.Contains(w.Text, StringComparison.Ordinal)))
                seen.TrySetResult();
        }
    }

    /// <summary>Waits for a line of output containing the text (a stop point's "stopped at ..."); fails if the app exits first.</summary>
    public async Task WaitForOutputAsync(string text)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.Any(l => l.Contains(text, StringComparison.Ordinal)))
                return;
            _waiting.Add((text, seen));
        }
        var exited = _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(seen.Task, exited).WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        if (first != seen.Task)
            throw new InvalidOperationException($"The process exited before printing '{text}'.\n{OutputTail()}");
    }

    /// <summary>
    /// Waits, without polling, for the app to say it listens and that its start-up load has finished (it logs both,
    /// in either order); then /healthz must answer 200, else this throws with the app's last output.
    /// </summary>
    public async Task WaitHealthyAsync()
    {
        await WaitForOutputAsync("Now listening on");
        await WaitForOutputAsync("Start-up load finished");
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var status = (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode;
        if (status != HttpStatusCode.OK)
            throw new InvalidOperationException($"/healthz answered {(int)status} after the start-up load.\n{OutputTail()}");
    }

    string OutputTail()
    {
        lock (_output)
            return string.Join('\n', _output.TakeLast(30));
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no transaction rollback by the app.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        KillHard();
        _process.Dispose();
        if (_ownFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            _ownFolder.Delete(recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    static readonly Lazy<string> PublishedDll = new(() =>
    {
        var output = Path.Combine(Path.GetTempPath(), "myelocode-published-" + Environment.ProcessId);
        using var process = Process.Start(Dotnet(null, "publish",
            Path.Combine(Repository.Root, "src", "MyeloCode.Web"), "--no-build", "-c", Repository.Configuration, "-o", output, "--nologo"))!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed:\n{log.Result}\n{errors.Result}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(output, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return Path.Combine(output, "MyeloCode.Web.dll");
    });

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
