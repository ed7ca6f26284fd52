using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MyeloCode.Web.Hosting;

namespace MyeloCode.EndToEnd;

/// <summary>
/// Two published app processes, "a" and "b", each with its own SQLite file and one shared key folder, behind nginx
/// running deploy/nginx/myelocode-fleet.conf: the set-up of docs/deployment.md, "Several servers".
/// </summary>
public sealed class AppFleet : IAsyncDisposable
{
    readonly DirectoryInfo _folder;
    readonly Dictionary<string, AppProcess> _apps;

    AppFleet(DirectoryInfo folder, Dictionary<string, AppProcess> apps, NginxProxy proxy)
    {
        _folder = folder;
        _apps = apps;
        Proxy = proxy;
    }

    public static readonly string[] Names = ["a", "b"];

    public NginxProxy Proxy { get; }

    public AppProcess this[string name] => _apps[name];

    public static string ConnectionString(DirectoryInfo folder, string name) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, $"{name}.db"), Pooling = false }.ToString();

    public string ConnectionString(string name) => ConnectionString(_folder, name);

    public static async Task<AppFleet> StartAsync()
    {
        if (!File.Exists(NginxProxy.NginxPath))
            Assert.Skip(NginxProxy.InstallHint);
        var folder = Directory.CreateTempSubdirectory("myelocode-fleet-");
        var keys = folder.CreateSubdirectory("keys");
        var apps = new Dictionary<string, AppProcess>();
        try
        {
            foreach (var name in Names)
            {
                apps[name] = await AppProcess.StartHealthyAsync(ConnectionString(folder, name), new Dictionary<string, string>
                {
                    ["MyeloCode__DataProtection__KeysPath"] = keys.FullName,
                    ["MyeloCode__InstanceName"] = name,
                    ["MyeloCode__ReverseProxy__KnownProxies__0"] = "127.0.0.1",
                });
                if (name == Names[0])
                    await CreateKeyRingAsync(apps[name]);
            }
            return new AppFleet(folder, apps, await NginxProxy.StartFleetAsync([.. Names.Select(n => apps[n].BaseAddress)]));
        }
        catch
        {
            foreach (var app in apps.Values)
                await app.DisposeAsync();
            folder.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>
    /// The first instance makes the ring's first key before the second starts, as docs/deployment.md advises: two
    /// fresh instances could otherwise each make one at the same moment and protect with different keys.
    /// </summary>
    static async Task CreateKeyRingAsync(AppProcess first)
    {
        using var client = new HttpClient { BaseAddress = first.BaseAddress };
        (await client.GetAsync("/suggest", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    /// <summary>An instance's own /healthz, not through the proxy.</summary>
    public async Task<JsonElement> HealthAsync(string name)
    {
        using var client = new HttpClient { BaseAddress = _apps[name].BaseAddress };
        return await client.GetFromJsonAsync<JsonElement>("/healthz", TestContext.Current.CancellationToken);
    }

    public static string Instance(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Fleet.InstanceHeader, out var values) ? values.Single() : "(none)";

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        foreach (var app in _apps.Values)
            await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
