using MyeloCode.Tests;
using MyeloCode.Web.Settings;

namespace MyeloCode.Web.Tests.Api;

public sealed class SettingsTests
{
    [Theory]
    [InlineData("MyeloCode:RateLimit:ApiPermitsPerMinute", "-5", "MyeloCode:RateLimit:ApiPermitsPerMinute")]
    [InlineData("MyeloCode:RateLimit:ApiPermitsPerMinute", "many", "MyeloCode:RateLimit:ApiPermitsPerMinute")]
    [InlineData("MyeloCode:ReverseProxy:KnownProxies:0", "proxy.local", "MyeloCode:ReverseProxy:KnownProxies:0")]
    [InlineData("MyeloCode:OutputCache", "sometimes", "MyeloCode:OutputCache")]
    [InlineData("MyeloCode:DataPath", "/no/such/folder/anywhere", "MyeloCode:DataPath")]
    [InlineData("MyeloCode:RateLimits:ApiPermitsPerMinute", "10", "RateLimits")]
    [InlineData("MyeloCode:Feedback:Url", "http://errors.example.org/report", "MyeloCode:Feedback:Url")]
    [InlineData("MyeloCode:Feedback:Url", "javascript:alert(1)", "MyeloCode:Feedback:Url")]
    [InlineData("MyeloCode:Feedback:Url", "coding-team@example.org", "MyeloCode:Feedback:Url")]
    [InlineData("MyeloCode:DataProtection:KeysPath", "/no/such/keys/folder", "MyeloCode:DataProtection:KeysPath")]
    [InlineData("MyeloCode:DataProtection:KeysPath", "relative/keys", "MyeloCode:DataProtection:KeysPath")]
    [InlineData("MyeloCode:DataProtection:KeyPath", "/tmp", "KeyPath")]
    [InlineData("MyeloCode:InstanceName", "a b", "MyeloCode:InstanceName")]
    public async Task A_bad_setting_stops_the_app_with_a_message_naming_it(string key, string value, string named)
    {
        await using var app = new MyeloWebApplicationFactory().With(key, value);

        var error = await Record.ExceptionAsync(app.StartAsync);

        var settings = Assert.IsType<SettingsException>(Innermost<SettingsException>(error));
        Assert.Contains(named, settings.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid_and_documented_values()
    {
        var settings = new MyeloSettings();

        Assert.Empty(settings.Problems());
        Assert.True(settings.OutputCache);
        Assert.Equal(300, settings.RateLimit.ApiPermitsPerMinute);
        Assert.Null(settings.Feedback.Address);
        Assert.EndsWith(Path.Combine("data", "codes"), settings.CatalogueDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_setting_is_in_the_readme_table()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        string[] keys = ["MyeloCode:DataPath", "MyeloCode:OutputCache", "MyeloCode:RateLimit:ApiPermitsPerMinute", "MyeloCode:ReverseProxy:KnownProxies", "MyeloCode:Feedback:Url",
            "MyeloCode:DataProtection:KeysPath", "MyeloCode:InstanceName"];
        var properties = typeof(MyeloSettings).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).ToList();

        Assert.All(keys, key => Assert.Contains($"`{key}`", readme, StringComparison.Ordinal));
        // A new top-level setting fails here until it is added to the list above (and so to the README).
        Assert.All(properties, name => Assert.Contains(keys, key => key.Split(':')[1] == name));
    }

    static Exception? Innermost<T>(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is T)
                return e;
        return error;
    }
}
