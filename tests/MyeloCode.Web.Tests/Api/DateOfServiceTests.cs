using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MyeloCode.Tests.Import;

namespace MyeloCode.Web.Tests.Api;

/// <summary>The date of service picks the year's figures and the MUE and NCCI versions in force, in the API and on the pages.</summary>
public sealed class DateOfServiceTests(TwoYearsApp years) : IClassFixture<TwoYearsApp>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<JsonElement> GetJson(string url)
    {
        using var client = years.CreateClient();
        var response = await client.GetAsync(url, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    async Task<(HttpStatusCode Status, string Body)> Get(string url)
    {
        using var client = years.CreateClient();
        var response = await client.GetAsync(url, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    static decimal GlobalWork(JsonElement code) =>
        code.GetProperty("medicare").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("modifier").ValueKind == JsonValueKind.Null).GetProperty("work").GetDecimal();

    static string[] NeverAllowedPairs(JsonElement code) => code.GetProperty("ncciPairs").EnumerateArray()
        .Where(p => p.GetProperty("column").GetInt32() == 1 && p.GetProperty("modifierIndicator").GetInt32() == 0)
        .Select(p => p.GetProperty("otherCode").GetString()!).ToArray();

    public static TheoryData<string, int, decimal, int, string> InForce => new()
    {
        // dos, medicare.year, 62302 work RVU, MUE, never-allowed pair
        { "2025-11-15", 2025, 2.29m, 1, "62284" },
        { "2026-02-01", 2026, 2.40m, 1, "62284" },
        { "2026-05-01", 2026, 2.40m, 2, "62270" },
    };

    [Theory]
    [MemberData(nameof(InForce))]
    public async Task The_code_api_shows_the_year_and_the_edits_in_force_on_the_date_of_service(string dos, int year, decimal work, int mue, string pair)
    {
        var code = await GetJson($"/api/codes/62302?dos={dos}");

        Assert.Equal(dos, code.GetProperty("dateOfService").GetString());
        Assert.Equal(year, code.GetProperty("medicare").GetProperty("year").GetInt32());
        Assert.True(code.GetProperty("medicare").GetProperty("matchesDateOfService").GetBoolean());
        Assert.Equal(work, GlobalWork(code));
        Assert.Equal(mue, code.GetProperty("mue").GetProperty("value").GetInt32());
        Assert.Equal([pair], NeverAllowedPairs(code));
        Assert.Equal($"/codes/62302?dos={dos}", code.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Without_a_date_of_service_today_applies()
    {
        var code = await GetJson("/api/codes/62302");

        Assert.Equal("2026-06-15", code.GetProperty("dateOfService").GetString());
        Assert.Equal(2026, code.GetProperty("medicare").GetProperty("year").GetInt32());
        Assert.Equal(["62270"], NeverAllowedPairs(code));
    }

    [Fact]
    public async Task A_year_not_loaded_shows_the_latest_earlier_one_and_names_the_file_to_import()
    {
        var medicare = (await GetJson("/api/codes/62302?dos=2027-03-01")).GetProperty("medicare");

        Assert.Equal(2026, medicare.GetProperty("year").GetInt32());
        Assert.False(medicare.GetProperty("matchesDateOfService").GetBoolean());
        Assert.Contains("PPRRVU2027_*.csv", medicare.GetProperty("notice").GetString(), StringComparison.Ordinal);

        var (status, page) = await Get("/codes/62302?dos=2027-03-01");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"medicare-stale\"", page, StringComparison.Ordinal);
        Assert.Contains("The 2027 Medicare figures are not loaded: these are CY2026&#x27;s", page, StringComparison.Ordinal);
        Assert.Contains("PPRRVU2027_*.csv", page, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadDates => new()
    {
        { "/api/codes?dos=2025-02-30", "is not a date" },
        { "/api/codes/62302?dos=tomorrow", "'tomorrow' is not a date" },
        { "/api/codes/62302?dos=2024-12-31", "before 2025, the earliest year loaded" },
        { "/api/codes/62302?dos=2027-06-16", "more than a year ahead of today (2026-06-15)" },
        { "/api/search?q=623&dos=2024-01-01", "before 2025" },
        { "/api/suggest?regions=cervical&route=lumbar&billing=both&dos=20250101", "is not a date" },
        { "/api/about?dos=2030-01-01", "more than a year ahead" },
    };

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_bad_date_of_service_is_a_400_naming_dos(string url, string reason)
    {
        using var client = years.CreateClient();

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("dos")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_of_service_on_a_page_is_a_400_that_says_why()
    {
        var (status, page) = await Get("/codes/62302?dos=2024-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("data-testid=\"dos-error\"", page, StringComparison.Ordinal);
        Assert.Contains("2024-12-31 is before 2025, the earliest year loaded", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_suggestions_checks_use_the_edits_in_force_on_the_date_of_service()
    {
        static string Ptp(JsonElement suggestion) => string.Join(" ", suggestion.GetProperty("rationale").EnumerateArray()
            .Select(n => n.GetString()).Where(t => t!.Contains("NCCI PTP", StringComparison.Ordinal)));
        const string Case = "/api/suggest?regions=&route=lumbar&billing=injecting&ct=lumbosacral";

        var february = Ptp(await GetJson($"{Case}&dos=2026-02-01"));
        var may = Ptp(await GetJson($"{Case}&dos=2026-05-01"));
        // Asked again, each date is answered from its own cache entry, never the other date's.
        Assert.Equal(february, Ptp(await GetJson($"{Case}&dos=2026-02-01")));
        Assert.Equal(may, Ptp(await GetJson($"{Case}&dos=2026-05-01")));

        Assert.Contains(TwoYears.Ptp2025Name, february, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoYears.Ptp2026Name, february, StringComparison.Ordinal);
        Assert.Contains(TwoYears.Ptp2026Name, may, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_for_two_dates_are_cached_apart_and_links_keep_the_date()
    {
        var (_, november) = await Get("/codes/62302?dos=2025-11-15");
        var (_, may) = await Get("/codes/62302?dos=2026-05-01");
        var (_, novemberAgain) = await Get("/codes/62302?dos=2025-11-15");

        Assert.Contains("Medicare figures, CY2025", november, StringComparison.Ordinal);
        Assert.Contains("Medicare figures, CY2026", may, StringComparison.Ordinal);
        Assert.Equal(november, novemberAgain);
        Assert.Contains("href=\"/codes/62303?dos=2025-11-15\"", november, StringComparison.Ordinal);
        Assert.Matches("href=\"/compare\\?family=[a-z-]+&amp;dos=2025-11-15\" data-testid=\"compare-link\"", november);
        Assert.Contains("href=\"/changes?from=2025&amp;to=2026&amp;dos=2025-11-15\"", november, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_and_the_about_api_give_the_data_stamp_for_the_date()
    {
        var (_, page) = await Get("/compare?dos=2025-11-15");
        var about = await GetJson("/api/about?dos=2026-05-01");

        Assert.Contains("Date of service 2025-11-15", page, StringComparison.Ordinal);
        Assert.Contains("Medicare figures: CY2025 (imported, PPRRVU2025_Oct.csv)", page, StringComparison.Ordinal);
        Assert.Contains("NCCI PTP: v313r0, in force from 2025-10-01", page, StringComparison.Ordinal);
        Assert.Contains("MUE: effective 2025-10-01", page, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(about.GetProperty("version").GetString()));
        var data = about.GetProperty("data");
        Assert.Equal("2026-05-01", data.GetProperty("dateOfService").GetString());
        Assert.Equal(2026, data.GetProperty("figuresYear").GetInt32());
        Assert.True(data.GetProperty("figuresMatchDateOfService").GetBoolean());
        Assert.Equal("v321r0, in force from 2026-04-01", data.GetProperty("ncci").GetString());
        Assert.Equal("effective 2026-04-01 (MCR_MUE_PractitionerServices_Eff_04-01-2026.csv)", data.GetProperty("mue").GetString());
        Assert.Equal([2025, 2026], data.GetProperty("yearsLoaded").EnumerateArray().Select(y => y.GetInt32()));
        Assert.True(data.GetProperty("revision").GetInt64() > 0);
    }

    [Fact]
    public async Task The_changes_page_lists_the_differences_and_says_when_a_year_is_not_loaded()
    {
        var (status, page) = await Get("/changes?from=2025&to=2026");
        var (missingStatus, missing) = await Get("/changes?from=2024&to=2026");
        var (badStatus, _) = await Get("/changes?from=last&to=2026");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-line=\"62302\"", page, StringComparison.Ordinal);
        Assert.Contains("&#x2B;0.11", page, StringComparison.Ordinal); // "+0.11", HTML-encoded
        Assert.Contains("Added in CY2026: 62270", page, StringComparison.Ordinal);
        Assert.Contains("Gone in CY2026: 62303", page, StringComparison.Ordinal);
        Assert.Contains("Added: 62302 / 62270", page, StringComparison.Ordinal);
        Assert.Contains("Removed: 62302 / 62284", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, missingStatus);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("CY2024 Medicare figures are not loaded: import the CY2024 relative value file (PPRRVU2024_*.csv).", missing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-11-15", "62284", "62270", "1")]
    [InlineData("2026-05-01", "62270", "62284", "2")]
    public async Task The_edit_grid_shows_the_ncci_edits_and_mues_in_force_on_the_date_of_service(string dos, string edited, string notEdited, string mue)
    {
        var (_, html) = await Get($"/edits?dos={dos}");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        string Cell(string row, string column) => document.QuerySelector($"td[data-row='{row}'][data-col='{column}']")?.TextContent ?? "";

        Assert.Contains("NCCI col 1 · mod 0", Cell("62302", edited), StringComparison.Ordinal);
        Assert.Contains("NCCI col 2 · mod 0", Cell(edited, "62302"), StringComparison.Ordinal);
        Assert.DoesNotContain("NCCI", Cell("62302", notEdited), StringComparison.Ordinal);
        Assert.Contains("NCCI col 1 · mod 1", Cell("62302", "77003"), StringComparison.Ordinal);
        Assert.Contains("Effective 2018-01-01", Cell("62302", "77003"), StringComparison.Ordinal);
        var mueCell = document.QuerySelector("tr[data-code='62302'] [data-testid=edit-mue]")!.TextContent;
        Assert.StartsWith($"{mue}MAI 2", mueCell.Trim(), StringComparison.Ordinal);
        Assert.Contains("Date of service edit: policy", mueCell, StringComparison.Ordinal);
        Assert.Equal("", document.QuerySelector("tr[data-code='62303'] [data-testid=edit-mue]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_page_without_a_date_follows_today_even_when_cached()
    {
        try
        {
            var (_, june) = await Get("/codes/62303");
            years.Clock.Now = new DateTimeOffset(2025, 11, 20, 12, 0, 0, TimeSpan.Zero);
            var (_, november) = await Get("/codes/62303");

            Assert.Contains("Date of service 2026-06-15", june, StringComparison.Ordinal);
            Assert.Contains("Date of service 2025-11-20", november, StringComparison.Ordinal);
            Assert.Contains("Medicare figures, CY2025", november, StringComparison.Ordinal);
        }
        finally
        {
            years.Clock.Now = TwoYearsApp.Today;
        }
    }
}
