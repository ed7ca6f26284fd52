using System.Diagnostics;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>
/// `dotnet publish` of the web app, made once per test run: the process-level tests run what a server would run,
/// precompressed static assets and the catalogue copied beside the binaries included.
/// </summary>
public static class PublishedApp
{
    static readonly Lazy<string> Published = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Dll => Published.Value;

    static string Publish()
    {
        var output = Path.Combine(Path.GetTempPath(), "myelocode-published-" + Environment.ProcessId);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", Path.Combine(Repository.Root, "src", "MyeloCode.Web"), "-c", "Release", "-o", output, "--nologo" })
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
