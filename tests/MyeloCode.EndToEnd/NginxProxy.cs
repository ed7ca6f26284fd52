using System.Diagnostics;
using System.Globalization;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>
/// Debian's nginx running deploy/nginx/myelocode.conf (ports rewritten to free loopback ones) in front of an app.
/// Where nginx is not installed the proxy tests are skipped with the command that installs it.
/// </summary>
public sealed class NginxProxy(DirectoryInfo prefix, Uri address) : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";
    public const string InstallHint = "nginx is not installed: run `sudo apt-get install nginx` (or `bash .ci/run`), then `dotnet test` again.";

    public Uri Address { get; } = address;

    /// <summary>
    /// nginx as a daemon: its first process binds the port, forks and exits, so its exit is the readiness signal (no
    /// polling); the daemon's pid file, written before it starts serving, is what <see cref="DisposeAsync"/> kills.
    /// </summary>
    public static Task<NginxProxy> StartAsync(Uri app) =>
        StartAsync("myelocode.conf", site => site.Replace("server 127.0.0.1:5000;", $"server {app.Host}:{app.Port};", StringComparison.Ordinal));

    /// <summary>deploy/nginx/myelocode-fleet.conf in front of these instances (its servers 127.0.0.1:5001, :5002, …).</summary>
    public static Task<NginxProxy> StartFleetAsync(IReadOnlyList<Uri> apps) =>
        StartAsync("myelocode-fleet.conf", site => apps.Select((app, i) => (app, i)).Aggregate(site, (text, x) =>
            text.Replace($"server 127.0.0.1:{5001 + x.i};", $"server {x.app.Host}:{x.app.Port};", StringComparison.Ordinal)));

    static async Task<NginxProxy> StartAsync(string configuration, Func<string, string> pointAtApps)
    {
        if (!File.Exists(NginxPath))
            Assert.Skip(InstallHint);
        var prefix = Directory.CreateTempSubdirectory("myelocode-nginx-");
        var port = AppProcess.FreePort();
        var site = pointAtApps(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "nginx", configuration)))
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(prefix.FullName, "site.conf"), site);
        var p = prefix.FullName;
        await File.WriteAllTextAsync(Path.Combine(p, "nginx.conf"), $$"""
            user root;
            worker_processes 1;
            pid {{p}}/nginx.pid;
            error_log {{p}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{p}}/body;
                proxy_temp_path {{p}}/proxy;
                fastcgi_temp_path {{p}}/fastcgi;
                uwsgi_temp_path {{p}}/uwsgi;
                scgi_temp_path {{p}}/scgi;
                include {{p}}/site.conf;
            }
            """);
        var start = new ProcessStartInfo(NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", p, "-c", Path.Combine(p, "nginx.conf") })
            start.ArgumentList.Add(arg);
        using var launcher = Process.Start(start)!;
        var errors = launcher.StandardError.ReadToEndAsync();
        await launcher.WaitForExitAsync();
        if (launcher.ExitCode != 0)
            throw new InvalidOperationException($"nginx did not start: {await errors}");
        return new NginxProxy(prefix, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        var pidFile = Path.Combine(prefix.FullName, "nginx.pid");
        if (File.Exists(pidFile))
        {
            using var daemon = Process.GetProcessById(int.Parse(await File.ReadAllTextAsync(pidFile), CultureInfo.InvariantCulture));
            daemon.Kill(entireProcessTree: true);
            await daemon.WaitForExitAsync();
        }
        prefix.Delete(recursive: true);
    }
}
