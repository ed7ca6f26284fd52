using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Catalogue;
using MyeloCode.Tests;
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
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=technical", "billing")]
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=technical&setting=facility", "billing")]
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=both&setting=home", "setting")]
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=both&outcome=stopped", "outcome")]
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=both&ct=cervical&ctReader=radiologist", "ctReader")]
    [InlineData("/api/suggest?regions=cervical&route=lumbar&billing=both&ct=cervical&ctBefore=thoracic", "ctBefore")]
    [InlineData("/api/suggest?regions=posterior-fossa,cervical&route=c1c2&billing=both", "regions")]
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
        Assert.Equal(["regions", "route", "billing", "ct", "setting", "outcome", "ctReader", "ctBefore", "dos"], get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Theory]
    [InlineData("billing", "technical")]
    [InlineData("setting", "office")]
    [InlineData("outcome", "discontinued")]
    [InlineData("ctReader", "other")]
    [InlineData("ctBefore", "without-then-with")]
    [InlineData("regions", "posterior-fossa")]
    public async Task The_OpenAPI_document_describes_each_new_parameter(string parameter, string words)
    {
        var (_, _, body) = await GetAsync("/openapi/v1.json");

        var get = body.GetProperty("paths").GetProperty("/api/suggest").GetProperty("get");
        var described = get.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == parameter);
        Assert.Contains(words, described.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.False(described.TryGetProperty("required", out var required) && required.GetBoolean());
    }

    [Fact]
    public async Task The_OpenAPI_document_publishes_the_note_field()
    {
        var (_, _, body) = await GetAsync("/openapi/v1.json");

        var schema = body.GetProperty("components").GetProperty("schemas").GetProperty("SuggestionDto");
        Assert.Equal("string", schema.GetProperty("properties").GetProperty("note").GetProperty("type").GetString());
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

    [Theory]
    [InlineData("regions=cervical&route=c1c2&billing=interpreting&setting=facility", "72240-26")]
    [InlineData("regions=cervical&route=c1c2&billing=both&setting=office", "61055 72240")]
    [InlineData("regions=lumbosacral&route=lumbar&billing=technical&setting=office&ct=lumbosacral", "72265-TC 72132-TC")]
    [InlineData("regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral&outcome=discontinued", "62304-53")]
    [InlineData("regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral&ctReader=other", "62304")]
    [InlineData("regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral&ctBefore=lumbosacral", "62304 72133-26")]
    [InlineData("regions=posterior-fossa&route=c1c2&billing=both", "61055 70010")]
    public async Task The_new_parameters_change_the_claim_lines(string query, string expected)
    {
        var (status, _, body) = await GetAsync($"/api/suggest?{query}");

        Assert.Equal(HttpStatusCode.OK, status);
        var lines = body.GetProperty("codes").EnumerateArray().Select(c =>
            string.Join('-', new[] { c.GetProperty("code").GetString()! }.Concat(c.GetProperty("modifiers").EnumerateArray().Select(m => m.GetString()!))));
        Assert.Equal(expected, string.Join(' ', lines));
    }

    [Fact]
    public async Task The_note_has_one_line_per_decision_and_says_what_it_rests_on()
    {
        var (_, _, body) = await GetAsync("/api/suggest?regions=cervical&route=c1c2&billing=interpreting&ct=cervical");

        var lines = body.GetProperty("note").GetString()!.Split('\n');
        var exclusionReasons = body.GetProperty("doNotReportDetails").EnumerateArray().Sum(e => e.GetProperty("reasons").GetArrayLength());
        var decisions = body.GetProperty("codes").GetArrayLength() + body.GetProperty("rationale").GetArrayLength() + body.GetProperty("warnings").GetArrayLength() + exclusionReasons;
        Assert.Equal(decisions + 5, lines.Length);
        Assert.Matches(@"^MyeloCode audit note, \d{4}-\d{2}-\d{2}$", lines[0]);
        Assert.Equal("Case: regions cervical; route c1c2; billing interpreting; setting facility; outcome completed; ct cervical; ctBefore none; ctReader this", lines[1]);
        // No dos given: the date of service is today, the note's own date.
        Assert.Equal($"Date of service: {lines[0][^10..]}", lines[2]);
        Assert.Equal(["Claim line 1: 72240-26 x 1 unit (Myelo S&I cervical) [C]", "Claim line 2: 72126-26 x 1 unit (CT c-spine w contrast) [K]"], lines[3..5]);
        foreach (var rationale in body.GetProperty("rationaleDetails").EnumerateArray())
            Assert.Contains(lines, l => l.StartsWith("Reason ", StringComparison.Ordinal) && l.EndsWith(rationale.GetProperty("text").GetString()!, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Do not report 61055 [C]: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Rests on: MyeloCode catalogue revision ", StringComparison.Ordinal)
            && l.Contains($"Medicare figures CY{lines[0][^10..^6]}", StringComparison.Ordinal) && l.Contains("NCCI PTP: not imported", StringComparison.Ordinal)
            && l.Contains("MUE: MCR_MUE_PractitionerServices_Eff_04-01-2026.csv (2026-04-01), shipped with MyeloCode", StringComparison.Ordinal));
    }

    /// <summary>Every parameter through HTTP: regions × route × billing × setting × outcome × ctReader × a set of CT cases.</summary>
    public static IEnumerable<string> Queries()
    {
        string[] regions = ["", "cervical", "thoracic,lumbosacral", "cervical,thoracic,lumbosacral", "posterior-fossa", "cervical,posterior-fossa", "neck"];
        (string Ct, string Before)[] cts = [("", ""), ("cervical", ""), ("cervical", "cervical"), ("cervical,lumbosacral", "lumbosacral"), ("", "thoracic"), ("lumbosacral", "<b>")];
        foreach (var r in regions)
            foreach (var route in new[] { "lumbar", "c1c2", "none" })
                foreach (var billing in new[] { "both", "injecting", "interpreting", "technical" })
                    foreach (var setting in new[] { "", "facility", "office" })
                        foreach (var outcome in new[] { "", "discontinued" })
                            foreach (var reader in new[] { "", "this", "other" })
                                foreach (var (ct, before) in cts)
                                    yield return $"/api/suggest?regions={r}&route={route}&billing={billing}&ct={ct}&setting={setting}&outcome={outcome}&ctReader={reader}&ctBefore={Uri.EscapeDataString(before)}";
    }

    [Fact]
    public async Task Every_combination_answers_claim_lines_or_a_400_naming_the_parameter()
    {
        string[] parameters = ["regions", "route", "billing", "setting", "outcome", "ct", "ctBefore", "ctReader"];
        var neverWith = CatalogueReader.ReadDirectory(RealCatalogue.Directory).Codes
            .SelectMany(c => c.Relations.Where(r => r.Relation == RelationKind.NeverWith).Select(r => (c.Id, r.RelatedCode))).ToHashSet();
        using var client = factory.CreateClient();
        int ok = 0, bad = 0;
        foreach (var url in Queries())
        {
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                bad++;
                var names = body.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
                Assert.True(names.Count > 0 && names.All(parameters.Contains), url);
                Assert.DoesNotContain("<b>", body.GetRawText(), StringComparison.Ordinal);
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            ok++;
            var codes = body.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
            Assert.True(codes.Count > 0, url);
            Assert.False(codes.SelectMany(a => codes.Select(b => (a, b))).Any(neverWith.Contains), url);
            Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("note").GetString()), url);
        }
        Assert.True(ok > 500 && bad > 500, $"{ok} answered, {bad} refused");
    }
}
