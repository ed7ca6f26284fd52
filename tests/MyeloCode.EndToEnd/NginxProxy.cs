using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MyeloCode.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>
/// Debian's nginx running deploy/nginx/myelocode.conf (ports rewritten to free loopback ones) in front of an app.
/// Where nginx is not installed the proxy tests are skipped with the command that installs it.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";
    public const string InstallHint = "nginx is not installed: run `sudo apt-get install nginx` (or `bash .ci/run`), then `dotnet test` again.";

    readonly Process _process;
    readonly DirectoryInfo _prefix;

    NginxProxy(Process process, DirectoryInfo prefix, Uri address)
    {
        _process = process;
        _prefix = prefix;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(Uri app)
    {
        if (!File.Exists(NginxPath))
            Assert.Skip(InstallHint);
        var prefix = Directory.CreateTempSubdirectory("myelocode-nginx-");
        var port = AppProcess.FreePort();
        var site = (await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "nginx", "myelocode.conf")))
            .Replace("server 127.0.0.1:5000;", $"server {app.Host}:{app.Port};", StringComparison.Ordinal)
            .Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(prefix.FullName, "myelocode.conf"), site);
        var p = prefix.FullName;
        await File.WriteAllTextAsync(Path.Combine(p, "nginx.conf"), $$"""
            user root;
            worker_processes 1;
            daemon off;
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
                include {{p}}/myelocode.conf;
            }
            """);
        var start = new ProcessStartInfo(NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-p", p, "-c", Path.Combine(p, "nginx.conf") })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var proxy = new NginxProxy(process, prefix, new Uri($"http://127.0.0.1:{port}/"));
        await proxy.WaitListeningAsync(port);
        return proxy;
    }

    async Task WaitListeningAsync(int port)
    {
        for (var i = 0; i < 100; i++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException("nginx exited: " + await _process.StandardError.ReadToEndAsync() +
                    await File.ReadAllTextAsync(Path.Combine(_prefix.FullName, "error.log")));
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("nginx did not start listening.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _prefix.Delete(recursive: true);
    }
}
