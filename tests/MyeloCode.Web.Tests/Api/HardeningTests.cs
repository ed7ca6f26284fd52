using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MyeloCode.Web.Hosting;

namespace MyeloCode.Web.Tests.Api;

public sealed class HardeningTests(MyeloWebApplicationFactory factory) : IClassFixture<MyeloWebApplicationFactory>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path, Ct);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task An_over_long_query_string_gets_414_not_500()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/codes?q=" + new string('a', 5000), Ct);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_home_page_links_no_other_origin()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/", Ct);

        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html.Replace("https://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task Api_requests_over_the_limit_get_429_problem_details_with_retry_after()
    {
        await using var limited = new MyeloWebApplicationFactory().With("MyeloCode:RateLimit:ApiPermitsPerMinute", "3");
        await limited.InitializeAsync();
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.GetAsync("/api/none", TestContext.Current.CancellationToken);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(3, statuses.Count(s => s != HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        // Pages are never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
    }
}

/// <summary>The limits Kestrel itself enforces (ServerLimits), so on real Kestrel, not the in-memory test server.</summary>
public sealed class KestrelLimitsTests : IAsyncLifetime
{
    readonly MyeloWebApplicationFactory _app = new MyeloWebApplicationFactory().OnKestrel();

    public async ValueTask InitializeAsync() => await _app.InitializeAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_ten_kilobyte_request_line_is_refused_by_kestrel_with_414()
    {
        using var client = new HttpClient { BaseAddress = _app.BaseAddress };

        // A long path, not a long query: the app's own 2,048-character query limit must not be what answers.
        var response = await client.GetAsync("/codes/" + new string('b', 10 * 1024), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task Headers_over_32_kilobytes_are_refused_by_kestrel_with_431()
    {
        using var client = new HttpClient { BaseAddress = _app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ping");
        request.Headers.Add("X-Padding", new string('p', 33 * 1024));

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}
