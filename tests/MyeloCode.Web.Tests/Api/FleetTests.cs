using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Hosting;

namespace MyeloCode.Web.Tests.Api;

/// <summary>What several instances behind one proxy need from each: a shared key ring, a name, and the data stamp.</summary>
public sealed class FleetTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_apps_sharing_a_keys_folder_read_each_others_protected_values()
    {
        var keys = Directory.CreateTempSubdirectory("myelocode-keys-");
        try
        {
            await using var one = new MyeloWebApplicationFactory().With("MyeloCode:DataProtection:KeysPath", keys.FullName);
            await using var two = new MyeloWebApplicationFactory().With("MyeloCode:DataProtection:KeysPath", keys.FullName);
            await one.StartAsync();
            await two.StartAsync();

            // Blazor protects its circuit descriptors under its own purpose; any purpose shows the ring is shared.
            var secret = one.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("fleet-test").Protect("circuit");

            Assert.Equal("circuit", two.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("fleet-test").Unprotect(secret));
            Assert.NotEmpty(keys.GetFiles("key-*.xml"));
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_named_instance_says_so_on_every_response_and_healthz_gives_the_data_stamp()
    {
        await using var app = new MyeloWebApplicationFactory().With("MyeloCode:InstanceName", "app-1");
        await app.StartAsync();
        using var client = app.CreateClient();

        var page = await client.GetAsync("/", Ct);
        var health = await client.GetAsync("/healthz", Ct);
        using var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync(Ct));

        Assert.Equal("app-1", Assert.Single(page.Headers.GetValues(Fleet.InstanceHeader)));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("app-1", Assert.Single(health.Headers.GetValues(Fleet.InstanceHeader)));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("app-1", body.RootElement.GetProperty("instance").GetString());
        Assert.Matches("^[0-9a-f]{16}$", body.RootElement.GetProperty("dataStamp").GetString());
    }

    [Fact]
    public async Task Without_a_name_no_instance_header_is_sent()
    {
        await using var app = new MyeloWebApplicationFactory();
        await app.StartAsync();
        using var client = app.CreateClient();

        var page = await client.GetAsync("/", Ct);

        Assert.False(page.Headers.Contains(Fleet.InstanceHeader));
    }
}
