using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Tests.Api;

public sealed class SuggestApiTests(MyeloWebApplicationFactory factory) : IClassFixture<MyeloWebApplicationFactory>
{
    async Task<(HttpStatusCode Status, string? ContentType, JsonElement Body)> GetAsync(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(json).RootElement.Clone());
    }

    [Fact]
    public async Task A_valid_case_answers_200_with_the_contract_fields()
    {
        var (status, contentType, body) = await GetAsync("/api/suggest?regions=cervical,thoracic&route=lumbar&billing=both&ct=lumbosacral");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", contentType);
        Assert.Equal(["codes", "rationale", "warnings", "doNotReport"], body.EnumerateObject().Select(p => p.Name).Take(4));
        var first = body.GetProperty("codes")[0];
        Assert.Equal(["code", "modifiers", "units", "label"], first.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal("62305", first.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Array, first.GetProperty("modifiers").ValueKind);
        Assert.Equal(0, first.GetProperty("modifiers").GetArrayLength());
        Assert.Equal(1, first.GetProperty("units").GetInt32());
        Assert.Equal("Myelogram LP inj 2+ regions", first.GetProperty("label").GetString());
        Assert.Equal("72132", body.GetProperty("codes")[1].GetProperty("code").GetString());
        Assert.All(body.GetProperty("rationale").EnumerateArray(), r => Assert.Equal(JsonValueKind.String, r.ValueKind));
        Assert.All(body.GetProperty("warnings").EnumerateArray(), w => Assert.Equal(JsonValueKind.String, w.ValueKind));
        var doNotReport = body.GetProperty("doNotReport").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("62284", doNotReport);
        Assert.Contains("72270", doNotReport);
    }

    [Fact]
    public async Task The_interpreting_provider_gets_modifier_26()
    {
        var (_, _, body) = await GetAsync("/api/suggest?regions=cervical&route=c1c2&billing=interpreting");

        var code = Assert.Single(body.GetProperty("codes").EnumerateArray());
        Assert.Equal("72240", code.GetProperty("code").GetString());
        Assert.Equal(["26"], code.GetProperty("modifiers").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task The_answer_carries_the_basis_of_each_line_beside_the_contract()
    {
        var (_, _, body) = await GetAsync("/api/suggest?regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral");

        var details = body.GetProperty("rationaleDetails").EnumerateArray().ToList();
        Assert.Equal(body.GetProperty("rationale").GetArrayLength(), details.Count);
        Assert.Contains(details, d => d.GetProperty("basis").GetString() == "standard");
        Assert.Equal("confirmed", body.GetProperty("codes")[0].GetProperty("basis").GetString());
        Assert.Contains(body.GetProperty("doNotReportDetails").EnumerateArray(), d => d.GetProperty("code").GetString() == "62284" && d.GetProperty("reasons")[0].GetProperty("basis").GetString() == "confirmed");
    }

    [Fact]
    public async Task Absent_regions_with_CT_is_a_CT_only_case()
    {
        var (status, _, body) = await GetAsync("/api/suggest?route=lumbar&billing=both&ct=lumbosacral");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["62284", "72132"], body.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("/api/suggest?regions=&route=lumbar&billing=both&ct=", "regions")]
    [InlineData("/api/suggest?regions=neck&route=lumbar&billing=both", "regions")]
    [InlineData("/api/suggest?regions=cervical,cervical&route=lumbar&billing=both", "regions")]
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=both&ct=pelvis", "ct")]
    [InlineData("/api/suggest?regions=cervical&billing=both", "route")]
    [InlineData("/api/suggest?regions=cervical&route=none&billing=both", "route")]
    [InlineData("/api/suggest?route=none&billing=injecting&ct=cervical", "billing")]
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=nurse", "billing")]
    public async Task Invalid_input_answers_400_problem_details_naming_the_parameter(string url, string parameter)
    {
        var (status, contentType, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        var errors = body.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(p => p.Name));
        Assert.NotEmpty(errors.GetProperty(parameter)[0].GetString()!);
    }

    [Fact]
    public async Task The_OpenAPI_document_publishes_the_endpoint_and_its_parameters()
    {
        var (status, _, body) = await GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var get = body.GetProperty("paths").GetProperty("/api/suggest").GetProperty("get");
        Assert.Equal("GetSuggestion", get.GetProperty("operationId").GetString());
        Assert.Equal(["regions", "route", "billing", "ct", "dos"], get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task Without_a_loaded_catalogue_the_answer_is_503_not_a_guess()
    {
        await using var broken = new MyeloWebApplicationFactory();
        var data = broken.Folder.CreateSubdirectory("data");
        await File.WriteAllTextAsync(Path.Combine(data.FullName, "62302.json"), "{ not json", TestContext.Current.CancellationToken);
        Assert.NotNull(await broken.With("MyeloCode:DataPath", data.FullName).StartAsync());
        using var client = broken.CreateClient();

        using var response = await client.GetAsync("/api/suggest?regions=cervical&route=lumbar&billing=both", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
