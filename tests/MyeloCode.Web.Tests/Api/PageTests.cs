using System.Net;
using System.Text.RegularExpressions;

namespace MyeloCode.Web.Tests.Api;

/// <summary>Every page answers with complete HTML on the first response, with the right status and title.</summary>
public sealed partial class PageTests(MyeloWebApplicationFactory factory) : IClassFixture<MyeloWebApplicationFactory>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    async Task<(HttpResponseMessage Response, string Html)> Get(string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url, Ct);
        return (response, await response.Content.ReadAsStringAsync(Ct));
    }

    static string Title(string html) => System.Net.WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value);

    [Theory]
    [InlineData("/", "Myelography codes · MyeloCode")]
    [InlineData("/codes", "Myelography codes · MyeloCode")]
    [InlineData("/codes?q=c-spine", "“c-spine” · Search · MyeloCode")]
    [InlineData("/codes/62302", "62302 · Myelogram LP inj cervical · MyeloCode")]
    [InlineData("/codes/72270", "72270 · Myelo S&I 2+ regions · MyeloCode")]
    [InlineData("/compare?family=combined-lumbar", "Compare 62302 · 62303 · 62304 · 62305 · MyeloCode")]
    [InlineData("/edits", "Edit grid · MyeloCode")]
    public async Task Pages_answer_200_with_a_title_naming_what_is_shown(string url, string title)
    {
        var (response, html) = await Get(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, Title(html));
    }

    // Issue 19: a fresh install (nothing imported) shows 2026's figures and MUEs for a 2026 date, and says where they come from.
    [Fact]
    public async Task A_fresh_install_shows_the_shipped_CY2026_figures_and_MUEs_with_no_not_loaded_notice()
    {
        var (_, home) = await Get("/?dos=2026-07-15");
        var (_, code) = await Get("/codes/62302?dos=2026-07-15");
        var (_, edits) = await Get("/edits?dos=2026-05-15");

        Assert.DoesNotContain("Medicare figures are not loaded", home, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"dos-stale\"", home, StringComparison.Ordinal);
        Assert.Contains("RVU26C", home, StringComparison.Ordinal);
        Assert.Contains("MUE: effective 2026-04-01 (MCR_MUE_PractitionerServices_Eff_04-01-2026.csv, shipped with MyeloCode)", home, StringComparison.Ordinal);
        Assert.Contains("$244.83", code, StringComparison.Ordinal); // 7.33 x 33.4009
        Assert.Contains("data-testid=\"medicare-variant\"", code, StringComparison.Ordinal);
        Assert.Contains("MUE: <strong>1</strong>", code, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"mue-notice\"", code, StringComparison.Ordinal); // July is a later quarter than the shipped file's
        Assert.Contains("MAI 2", edits, StringComparison.Ordinal);
        Assert.DoesNotContain("later quarters not loaded", edits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_page_is_complete_in_the_first_response_without_a_circuit()
    {
        var (_, html) = await Get("/codes/62302?dos=2025-06-30");

        Assert.Single(H1Pattern().Matches(html));
        foreach (var section in new[] { "section-descriptor", "section-facts", "section-narrative", "section-never-with", "section-billed-instead",
                     "section-add-with", "section-siblings", "section-diagnoses", "section-documentation", "section-medicare", "section-ncci", "data-source" })
            Assert.Contains($"data-testid=\"{section}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"62302\"", html, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"62302 Myelogram LP inj cervical\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/codes/62305?dos=2025-06-30\"", html, StringComparison.Ordinal);
        Assert.Contains("$241.63", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Blazor-Server-Component-State", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_pages_set_no_cookie_and_can_be_cached()
    {
        var (response, _) = await Get("/codes/62303");

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_pages_are_compressed_and_the_suggestion_page_with_its_token_is_not()
    {
        using var browser = factory.CreateClient();
        browser.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        var page = await browser.GetAsync("/codes?q=lumbar", Ct);
        var suggest = await browser.GetAsync("/suggest", Ct);

        Assert.Equal(["br"], page.Content.Headers.ContentEncoding);
        Assert.Empty(suggest.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_client_without_compression_gets_plain_HTML_after_a_compressed_copy_was_cached()
    {
        using var browser = factory.CreateClient();
        browser.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
        await browser.GetAsync("/codes/62270", Ct);

        var (response, html) = await Get("/codes/62270");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_still_allows_enhanced_navigation()
    {
        await Get("/codes/62304");
        var (response, _) = await Get("/codes/62304");

        Assert.True(response.Headers.Age is not null, "the second response should come from the output cache");
        // blazor.web.js compares this value case-sensitively.
        Assert.Equal(["allow"], response.Headers.GetValues("blazor-enhanced-nav"));
    }

    [Theory]
    [InlineData("/codes/99999", "No code “99999” in MyeloCode")]
    [InlineData("/codes/6230", "No code “6230” in MyeloCode")]
    [InlineData("/no-such-page", "No code “no-such-page” in MyeloCode")]
    public async Task Unknown_addresses_get_a_friendly_404_with_a_search(string url, string heading)
    {
        var (response, html) = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(heading, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"not-found-search\"", html, StringComparison.Ordinal);
        Assert.Equal("Not found · MyeloCode", Title(html));
    }

    [Fact]
    public async Task A_near_miss_code_suggests_the_codes_it_could_be()
    {
        var (_, html) = await Get("/codes/6230");

        Assert.Equal(4, Regex.Count(html, "data-testid=\"not-found-suggestion\""));
        Assert.Contains("href=\"/codes/62305\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/codes/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/codes?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/compare?codes=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Markup_in_the_address_is_encoded_never_reflected(string url)
    {
        var (_, html) = await Get(url);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    // The catalogue's filters and the edit grid's: the URL alone picks the rows and the selected options.
    [Theory]
    [InlineData("/codes?region=thoracic&kind=ct", "code-row", "72128 72129 72130", "thoracic")]
    [InlineData("/edits?family=combined-lumbar&region=thoracic", "edit-row", "62303", "combined-lumbar thoracic")]
    public async Task Filters_live_in_the_query_string(string url, string row, string codes, string selected)
    {
        var (_, html) = await Get(url);

        var rows = Regex.Matches(html, $"data-testid=\"{row}\" data-code=\"(\\d{{5}})\"").Select(m => m.Groups[1].Value);
        Assert.Equal(codes.Split(' '), rows);
        foreach (var value in selected.Split(' '))
            Assert.Contains($"<option value=\"{value}\" selected", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_lists_ranked_results_with_reasons_and_a_copy_all()
    {
        var (_, html) = await Get("/codes?q=total+spine");

        var rows = Regex.Matches(html, "data-testid=\"search-result\" data-code=\"(\\d{5})\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["62305", "72270"], rows);
        Assert.Contains("two or more regions, in label", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("data-copy=\"62305&#xA;72270\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_value_is_explained_not_an_error_page()
    {
        var (response, html) = await Get("/codes?region=neck");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"filter-errors\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edit_grid_is_a_real_table_with_headers_a_caption_and_focusable_cells_that_carry_their_reason()
    {
        var (_, html) = await Get("/edits");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var region = document.QuerySelector("[data-testid=edit-grid-region]")!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        var table = Assert.Single(region.QuerySelectorAll("table"));
        Assert.Equal(region.GetAttribute("aria-labelledby"), table.QuerySelector("caption")!.Id);
        var columns = table.QuerySelectorAll("thead th").Select(th => (th.GetAttribute("scope"), th.TextContent.Trim())).ToList();
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(rows.Length + 2, columns.Count); // every code a row and a column, plus Code and MUE
        Assert.All(columns, c => Assert.Equal("col", c.Item1));
        Assert.Equal(["Code", "MUE", "61050", "61055"], columns.Take(4).Select(c => c.Item2));
        Assert.All(rows, r => Assert.Equal("row", r.QuerySelector("th")!.GetAttribute("scope")));
        Assert.All(rows, r => Assert.Equal(columns.Count, r.Children.Length));

        var cell = table.QuerySelector("td[data-row='62302'][data-col='62284']")!;
        Assert.Equal("0", cell.QuerySelector(".edit-cell-box")!.GetAttribute("tabindex"));
        Assert.Contains("Never with", cell.TextContent, StringComparison.Ordinal);
        Assert.Equal("confirmed", cell.QuerySelector("[data-testid=evidence]")!.GetAttribute("data-evidence"));
        Assert.Contains("The lumbar injection is already part of 62302", cell.QuerySelector("[data-testid=edit-reason]")!.TextContent, StringComparison.Ordinal);
        Assert.All(table.QuerySelectorAll("td:not(.edit-cell)"), td => Assert.Null(td.QuerySelector("[tabindex]")));
        var copied = document.QuerySelector("[data-testid=copy-table]")!.GetAttribute("data-copy")!;
        Assert.StartsWith("Code\tLabel\tMUE\t61050\t61055", copied, StringComparison.Ordinal);
        Assert.Equal(rows.Length + 1, copied.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unknown_family_or_region_on_the_edit_grid_is_explained_not_an_error_page()
    {
        var (response, html) = await Get("/edits?family=spine&region=neck");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("[data-testid=filter-errors]")!.TextContent;
        Assert.Contains("Unknown family: 'spine'. Use one of: combined-lumbar, supervision-interpretation.", errors, StringComparison.Ordinal);
        Assert.Contains("Unknown region: 'neck'.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/codes?q=62302", "/codes/62302")]
    [InlineData("/codes?q=62-302", "/codes/62302")]
    [InlineData("/codes?q=72240-26", "/codes/72240")]
    public async Task A_search_for_one_exact_code_opens_the_code(string url, string location)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ping_answers_pong() => Assert.Equal("pong", (await Get("/ping")).Html);

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1Pattern();
}
