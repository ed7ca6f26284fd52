using System.Diagnostics;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>
/// `dotnet publish` of the web app, made once per test run: the process-level tests run what a server would run,
/// precompressed static assets and the catalogue copied beside the binaries included. It publishes the build these
/// tests were built with (`--no-build`, same configuration): a second, Release compile took 20 s of CPU from the tests.
/// </summary>
public static class PublishedApp
{
    static readonly Lazy<string> Published = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Dll => Published.Value;

#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    static string Publish()
    {
        var output = Path.Combine(Path.GetTempPath(), "myelocode-published-" + Environment.ProcessId);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", Path.Combine(Repository.Root, "src", "MyeloCode.Web"), "--no-build", "-c", Configuration, "-o", output, "--nologo" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
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
    }
}
