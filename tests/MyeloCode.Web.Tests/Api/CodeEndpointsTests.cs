using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MyeloCode.Web.Tests.Api;

public sealed class CodeEndpointsTests(MyeloWebApplicationFactory factory) : IClassFixture<MyeloWebApplicationFactory>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<JsonElement> GetJson(string url, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    static string[] Codes(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public async Task The_list_has_every_code_with_slugs_and_a_link()
    {
        var list = await GetJson("/api/codes", HttpStatusCode.OK);

        Assert.Equal(24, list.GetArrayLength());
        var first = list.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "62302");
        Assert.Equal("Myelogram LP inj cervical", first.GetProperty("label").GetString());
        Assert.Equal("cervical", first.GetProperty("region").GetString());
        Assert.Equal("lumbar", first.GetProperty("route").GetString());
        Assert.Equal("combined", first.GetProperty("kind").GetString());
        Assert.Equal("/codes/62302", first.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/api/codes?region=two-or-more", new[] { "62305", "72270" })]
    [InlineData("/api/codes?kind=supervision-interpretation&region=Cervical", new[] { "72240" })]
    [InlineData("/api/codes?route=c1c2&kind=injection", new[] { "61055" })]
    [InlineData("/api/codes?region=cervical&unknown=ignored", new[] { "62302", "72125", "72126", "72127", "72240" })]
    public async Task Filters_narrow_the_list(string url, string[] expected) =>
        Assert.Equal(expected, Codes(await GetJson(url, HttpStatusCode.OK)));

    [Theory]
    [InlineData("/api/codes?region=neck", "region")]
    [InlineData("/api/codes?route=intravenous", "route")]
    [InlineData("/api/codes?kind=1", "kind")]
    public async Task An_unknown_filter_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out var messages), $"errors should name '{parameter}'");
        Assert.Contains("Use one of", messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_code_has_its_relations_diagnoses_figures_and_sources()
    {
        var code = await GetJson("/api/codes/72240?dos=2025-06-30", HttpStatusCode.OK);

        Assert.Equal("72240", code.GetProperty("code").GetString());
        Assert.Equal(["26", "TC"], code.GetProperty("modifiers").EnumerateArray().Select(m => m.GetString()).ToArray());
        Assert.Contains(code.GetProperty("billedInstead").EnumerateArray(), r => r.GetProperty("code").GetString() == "62302" && r.GetProperty("evidence").GetString() == "confirmed");
        Assert.Contains(code.GetProperty("neverWith").EnumerateArray(), r => r.GetProperty("code").GetString() == "62305");
        Assert.Equal(["72255", "72265", "72270"], code.GetProperty("siblings").EnumerateArray().Select(s => s.GetString()).ToArray());
        Assert.Equal(2025, code.GetProperty("medicare").GetProperty("year").GetInt32());
        Assert.False(code.GetProperty("medicare").GetProperty("imported").GetBoolean());
        Assert.NotEmpty(code.GetProperty("diagnoses").EnumerateArray());
        Assert.NotEmpty(code.GetProperty("documentation").EnumerateArray());
        Assert.Contains(code.GetProperty("sources").EnumerateArray(), s => s.GetProperty("what").GetString() == "Official CPT descriptor");
    }

    // The check on a fresh install: the shipped CY2026 figures and 2026-04-01 MUE, no import.
    [Fact]
    public async Task A_2026_date_gives_the_shipped_CY2026_figures_and_MUE_without_an_import()
    {
        var code = await GetJson("/api/codes/62302?dos=2026-07-15", HttpStatusCode.OK);

        var medicare = code.GetProperty("medicare");
        Assert.Equal((2026, true, false), (medicare.GetProperty("year").GetInt32(), medicare.GetProperty("matchesDateOfService").GetBoolean(), medicare.GetProperty("imported").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, medicare.GetProperty("notice").ValueKind);
        Assert.Equal((33.4009m, "nonQPP"), (medicare.GetProperty("conversionFactor").GetDecimal(), medicare.GetProperty("variant").GetString()));
        Assert.Equal(2.23m, medicare.GetProperty("rows")[0].GetProperty("work").GetDecimal());
        var mue = code.GetProperty("mue");
        Assert.Equal((1, "3"), (mue.GetProperty("value").GetInt32(), mue.GetProperty("indicator").GetString()));
        Assert.Equal("Date of service edit: clinical", mue.GetProperty("indicatorMeaning").GetString());
        Assert.Equal("2026-04-01", mue.GetProperty("effectiveFrom").GetString());
        Assert.Equal("MUE values of the 2026-04-01 quarter; later quarters not loaded.", mue.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_problem()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/codes/99999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Code not found", problem.GetProperty("title").GetString());
        Assert.Contains("99999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/codes/abc")]
    [InlineData("/api/codes/623020")]
    [InlineData("/api/codes/%3Cscript%3E")]
    public async Task A_malformed_code_is_a_400_naming_code(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"code\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
    }
}
