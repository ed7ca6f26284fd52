using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MyeloCode.EndToEnd;

/// <summary>
/// The built web app run as its own OS process (dotnet MyeloCode.Web.dll), so a test can kill it hard (SIGKILL)
/// the way a power cut or the OOM killer would.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    readonly Process _process;

    AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static AppProcess Start(string connectionString, string? dataPath = null, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var dll = PublishedApp.Dll;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__MyeloCode"] = connectionString;
        start.Environment["MyeloCode__RateLimit__ApiPermitsPerMinute"] = "0";
        if (dataPath is not null)
            start.Environment["MyeloCode__DataPath"] = dataPath;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        var process = Process.Start(start)!;
        // Drain output so the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Waits until /healthz answers 200; false when it does not within the time given.</summary>
    public async Task<bool> WaitHealthyAsync(TimeSpan within)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }
            await Task.Delay(50);
        }
        return false;
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
        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MyeloCode.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("MyeloCode.sln not found above the test binaries.");
    }
}
