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
    public async Task A_ten_kilobyte_request_line_is_refused_by_kestrel_limits_not_a_500()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/codes?q=" + new string('b', 10 * 1024), Ct);

        Assert.InRange((int)response.StatusCode, 400, 499);
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
        await using var limited = new MyeloWebApplicationFactory();
        await limited.InitializeAsync();
        using var client = limited.WithWebHostBuilder(b => b.UseSetting("MyeloCode:RateLimit:ApiPermitsPerMinute", "3")).CreateClient();

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
