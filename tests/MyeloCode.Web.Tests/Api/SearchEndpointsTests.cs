using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MyeloCode.Web.Tests.Api;

public sealed class SearchEndpointsTests(MyeloWebApplicationFactory factory) : IClassFixture<MyeloWebApplicationFactory>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<JsonElement> Search(string query)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync($"/api/search?{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    static string[] Codes(JsonElement body) => body.GetProperty("results").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public async Task Results_are_ranked_best_first_with_code_label_and_reason()
    {
        var body = await Search("q=cervical");

        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("62302", results[0].GetProperty("code").GetString());
        Assert.Equal("Myelogram LP inj cervical", results[0].GetProperty("label").GetString());
        Assert.NotEmpty(results[0].GetProperty("why").EnumerateArray());
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(results.Count, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("q=62-302", "62302")]
    [InlineData("q=7227", "72270")]
    [InlineData("q=CT%20myelogram", "72126")]
    [InlineData("q=total%20spine", "62305")]
    [InlineData("q=cisternal", "61055")] // on a tie the injection code comes before the diagnostic puncture (issue 11)
    public async Task Codes_prefixes_and_coder_words_find_the_code_first(string query, string first) =>
        Assert.Equal(first, Codes(await Search(query))[0]);

    [Fact]
    public async Task A_region_and_a_limit_narrow_the_results()
    {
        Assert.Equal(["72265"], Codes(await Search("q=S%26I&region=lumbosacral")));
        Assert.Equal(2, Codes(await Search("q=myelogram&limit=2")).Length);
    }

    [Fact]
    public async Task A_typo_is_corrected_and_reported()
    {
        var body = await Search("q=cervcal");

        Assert.Equal("cervical", body.GetProperty("didYouMean").GetString());
        Assert.Equal("62302", Codes(body)[0]);
    }

    [Fact]
    public async Task No_match_is_an_empty_list_not_an_error()
    {
        var body = await Search("q=xylophone");

        Assert.Empty(Codes(body));
        Assert.Equal(["xylophone"], body.GetProperty("unmatched").EnumerateArray().Select(u => u.GetString()).ToArray());
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=", "q")]
    [InlineData("q=%20%20", "q")]
    [InlineData("q=cervical&region=neck", "region")]
    [InlineData("q=cervical&limit=0", "limit")]
    [InlineData("q=cervical&limit=500", "limit")]
    [InlineData("q=cervical&limit=ten", "limit")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/search?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
    }

    [Fact]
    public async Task An_over_long_query_is_a_400()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/search?q={new string('a', 201)}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Hostile_input_is_only_ever_data()
    {
        const string hostile = "'; DROP TABLE Codes; -- <script>alert(1)</script>";

        var body = await Search("q=" + Uri.EscapeDataString(hostile));

        Assert.Equal(hostile, body.GetProperty("query").GetString());
        Assert.Equal(24, (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/codes", Ct)).GetArrayLength());
    }
}
