using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MyeloCode.Tests.Reports;

namespace MyeloCode.Web.Tests.Api;

public sealed class NoteEndpointsTests(MyeloWebApplicationFactory factory) : IClassFixture<MyeloWebApplicationFactory>
{
    const string Report = """
        PROCEDURE: Lumbar myelogram with post-myelogram CT.
        HISTORY: Back pain. Prior CT lumbar spine dated 03/2025.
        TECHNIQUE: Under fluoroscopic guidance a 22-gauge needle was placed at L2-L3 and 15 mL Omnipaque 180 was instilled.
        AP and lateral views of the lumbar spine were obtained. CT of the lumbar spine followed the myelogram.
        IMPRESSION: Moderate stenosis at L4-5.
        """;

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(object body)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/notes/read", body, Ct);
        var json = await response.Content.ReadAsStringAsync(Ct);
        return (response, JsonDocument.Parse(json).RootElement.Clone());
    }

    async Task<JsonElement> GetAsync(string url)
    {
        using var client = factory.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(url, Ct)).RootElement.Clone();
    }

    [Fact]
    public async Task A_report_gives_the_case_under_the_suggest_parameter_names_with_evidence_ranges()
    {
        var (response, body) = await PostAsync(new { text = Report });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["case", "findings", "missing", "query", "suggestion", "suggestUrl"], body.EnumerateObject().Select(p => p.Name));
        var answers = body.GetProperty("case");
        Assert.Equal("lumbosacral", answers.GetProperty("regions").GetString());
        Assert.Equal("lumbar", answers.GetProperty("route").GetString());
        Assert.Equal("lumbosacral", answers.GetProperty("ct").GetString());
        Assert.False(answers.TryGetProperty("billing", out _));
        foreach (var finding in body.GetProperty("findings").EnumerateArray())
        {
            var evidence = finding.GetProperty("evidence").EnumerateArray().ToList();
            Assert.NotEmpty(evidence);
            Assert.All(evidence, e => Assert.InRange(e.GetProperty("start").GetInt32() + e.GetProperty("length").GetInt32(), 1, Report.Length));
        }
        var level = body.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("question").GetString() == "needleLevel");
        var span = level.GetProperty("evidence")[0];
        Assert.Equal("L2-L3", Report.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Without_the_billing_role_the_answer_lists_it_as_missing_with_a_physician_query_and_no_suggestion()
    {
        var (_, body) = await PostAsync(new { text = Report });

        Assert.Equal(JsonValueKind.Null, body.GetProperty("suggestion").ValueKind);
        var missing = Assert.Single(body.GetProperty("missing").EnumerateArray());
        Assert.Equal("billing", missing.GetProperty("question").GetString());
        Assert.Contains(missing.GetProperty("query").GetString()!, body.GetProperty("query").GetString());
        Assert.Equal("/suggest?regions=lumbosacral&route=lumbar&billing=&ct=lumbosacral&outcome=completed", body.GetProperty("suggestUrl").GetString());
    }

    [Fact]
    public async Task With_the_billing_role_given_the_suggestion_is_the_suggest_api_answer_for_the_case()
    {
        var (_, body) = await PostAsync(new { text = Report, billing = "interpreting", dos = "2026-07-15" });

        Assert.Empty(body.GetProperty("missing").EnumerateArray());
        Assert.Equal("", body.GetProperty("query").GetString());
        Assert.Equal("interpreting", body.GetProperty("case").GetProperty("billing").GetString());
        var url = $"/api/suggest?{string.Join('&', body.GetProperty("case").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}"))}&dos=2026-07-15";
        var direct = await GetAsync(url);
        Assert.Equal(direct.GetProperty("codes").GetRawText(), body.GetProperty("suggestion").GetProperty("codes").GetRawText());
        Assert.Equal(direct.GetProperty("note").GetRawText(), body.GetProperty("suggestion").GetProperty("note").GetRawText());
        Assert.EndsWith("&dos=2026-07-15", body.GetProperty("suggestUrl").GetString());
    }

    public static TheoryData<string> Reports => [.. ReportTestData.Cases.Select(c => c.Name)];

    // Every held answer is one the rules give for the case: the reader's case, sent to /api/suggest, gives the same lines.
    [Theory]
    [MemberData(nameof(Reports))]
    public async Task The_suggestion_for_each_hand_written_report_is_what_the_suggest_api_gives_its_case(string name)
    {
        var report = ReportTestData.Cases.Single(c => c.Name == name).Report;
        var (response, body) = await PostAsync(new { text = report, billing = "both" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var query = string.Join('&', body.GetProperty("case").EnumerateObject().Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value.GetString()!)}"));
        using var client = factory.CreateClient();
        using var direct = await client.GetAsync($"/api/suggest?{query}", Ct);
        if (body.GetProperty("suggestion").ValueKind == JsonValueKind.Null)
        {
            // Not complete: something is missing, or the rules refuse the case as read.
            Assert.True(body.GetProperty("missing").GetArrayLength() > 0 || direct.StatusCode == HttpStatusCode.BadRequest, $"{name}: no suggestion, nothing missing, and /api/suggest?{query} answers {direct.StatusCode}");
            return;
        }
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        var expected = JsonDocument.Parse(await direct.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(expected.GetProperty("codes").GetRawText(), body.GetProperty("suggestion").GetProperty("codes").GetRawText());
        Assert.Equal(expected.GetProperty("doNotReport").GetRawText(), body.GetProperty("suggestion").GetProperty("doNotReport").GetRawText());
    }

    [Fact]
    public async Task The_answer_is_never_cached()
    {
        var (response, _) = await PostAsync(new { text = Report });

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("""{"text": ""}""", "text")]
    [InlineData("""{"text": "   \n  "}""", "text")]
    [InlineData("""{"dos": "2026-07-15"}""", "text")]
    [InlineData("""{"text": "LP at L2-3", "billing": "everyone"}""", "billing")]
    [InlineData("""{"text": "LP at L2-3", "setting": "home"}""", "setting")]
    [InlineData("""{"text": "LP at L2-3", "dos": "2026-13-45"}""", "dos")]
    [InlineData("""{"text": "LP at L2-3 SECRETWORD""", "body")]
    [InlineData("""["LP at L2-3 SECRETWORD"]""", "body")]
    public async Task Bad_input_is_a_400_problem_naming_the_field_without_echoing_the_report(string json, string field)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/notes/read", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        Assert.DoesNotContain("SECRETWORD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("L2-3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_over_64_KB_is_a_413_problem_that_does_not_echo_it()
    {
        var report = Report + new string(' ', 64 * 1024) + "SECRETWORD";
        var (response, body) = await PostAsync(new { text = report });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("SECRETWORD", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_of_exactly_64_KB_is_read()
    {
        var report = Report + new string('.', 64 * 1024 - Encoding.UTF8.GetByteCount(Report));
        var (response, _) = await PostAsync(new { text = report });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_endpoint_is_in_the_OpenAPI_document_with_its_limits()
    {
        var doc = await GetAsync("/openapi/v1.json");

        var post = doc.GetProperty("paths").GetProperty("/api/notes/read").GetProperty("post");
        Assert.Contains("64 KB", post.GetProperty("description").GetString());
        Assert.True(post.GetProperty("responses").TryGetProperty("200", out _));
    }
}

public sealed class NoteEndpointsRateLimitTests
{
    [Fact]
    public async Task Reading_reports_counts_against_the_api_rate_limit()
    {
        await using var limited = new MyeloWebApplicationFactory().With("MyeloCode:RateLimit:ApiPermitsPerMinute", "2");
        await limited.InitializeAsync();
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/notes/read", new { text = "LP at L2-3, AP views of the L-spine." }, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
