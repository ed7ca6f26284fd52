using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Components.Layout;
using MyeloCode.Web.Components.Pages.Catalogue;

namespace MyeloCode.Web.Tests.Components;

public sealed class PageComponentTests : MudTestContext, IClassFixture<LoadedCatalogue>
{
    public PageComponentTests(LoadedCatalogue catalogue)
    {
        Services.AddSingleton(catalogue.Store);
    }

    void At(string url) => Services.GetRequiredService<NavigationManager>().NavigateTo(url);

    [Fact]
    public void The_code_page_names_the_code_and_offers_claim_ready_copies()
    {
        var cut = Render<CodePage>(p => p.Add(c => c.Id, "72240"));

        Assert.Equal("72240 Myelo S&I cervical", cut.Find("h1").TextContent);
        Assert.Single(cut.FindAll("h1"));
        var copies = cut.FindAll("[data-testid=copy-buttons] [data-copy]").Select(b => b.GetAttribute("data-copy")).ToArray();
        Assert.Equal(["72240", "72240 Myelo S&I cervical", "72240-26", "72240-TC", "72240\n61055\n72126"], copies);
    }

    [Fact]
    public void The_code_page_explains_the_neighbouring_codes_with_links()
    {
        var cut = Render<CodePage>(p => p.Add(c => c.Id, "62302"));

        var instead = cut.Find("[data-testid=section-billed-instead]");
        Assert.Equal(["61055", "62305"], instead.QuerySelectorAll("[data-testid=relation] a").Select(a => a.TextContent).ToArray());
        var never = cut.Find("[data-testid=section-never-with]");
        Assert.Contains("62284", never.TextContent, StringComparison.Ordinal);
        var siblings = cut.Find("[data-testid=section-siblings]");
        Assert.Equal("/compare?family=combined-lumbar", siblings.QuerySelector("[data-testid=compare-link]")!.GetAttribute("href"));
        Assert.Equal("page", siblings.QuerySelector("strong")!.GetAttribute("aria-current"));
    }

    [Fact]
    public void The_code_page_says_where_each_fact_comes_from()
    {
        var cut = Render<CodePage>(p => p.Add(c => c.Id, "62302"));

        var sources = cut.Find("[data-testid=data-source]").TextContent;
        Assert.Contains("MyeloCode's own plain-language text", sources, StringComparison.Ordinal);
        Assert.Contains("Not imported: CPT descriptors are © American Medical Association", sources, StringComparison.Ordinal);
        Assert.Matches(@"CY20\d\d: CMS Physician Fee Schedule", sources);
        Assert.Empty(cut.FindAll("[data-testid=official-descriptor]"));
    }

    [Fact]
    public void The_catalogue_groups_codes_by_region_and_copies_them_all()
    {
        At("/codes");

        var cut = Render<Codes>();

        Assert.Equal(["Cervical", "Thoracic", "Lumbosacral", "Two or more regions", "Posterior fossa", "Any region: punctures, injections and guidance"],
            cut.FindAll("[data-testid=region-group] h2").Select(h => h.TextContent).ToArray());
        Assert.Equal("24 codes", cut.Find("[data-testid=result-count]").TextContent);
        Assert.Equal(24, cut.Find("[data-testid=copy-all]").GetAttribute("data-copy")!.Split('\n').Length);
    }

    [Fact]
    public void The_catalogue_reads_its_filters_and_search_from_the_url()
    {
        At("/codes?q=c-spine&kind=ct");

        var cut = Render<Codes>();

        Assert.Equal(["72125", "72126", "72127"], cut.FindAll("[data-testid=search-result]").Select(r => r.GetAttribute("data-code")).ToArray());
        Assert.Equal("c-spine", cut.Find("#filter-q").GetAttribute("value"));
        Assert.Equal("ct", cut.Find("#filter-kind option[selected]").GetAttribute("value"));
        Assert.Contains("for “c-spine”", cut.Find("#results-heading").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_search_offers_the_correction_as_a_link()
    {
        At("/codes?q=thorasic");

        var cut = Render<Codes>();

        var link = cut.Find("[data-testid=did-you-mean] a");
        Assert.Equal("thoracic", link.TextContent);
        Assert.Equal("/codes?q=thoracic", link.GetAttribute("href"));
    }

    [Fact]
    public void A_search_with_no_match_suggests_what_to_try()
    {
        At("/codes?q=xylophone");

        var cut = Render<Codes>();

        Assert.Equal("No code matches “xylophone”", cut.Find("#results-heading").TextContent);
        Assert.Contains(cut.FindAll("[data-testid=no-results] a"), a => a.GetAttribute("href") == "/codes?q=c-spine");
    }

    [Fact]
    public void The_compare_page_shows_both_sibling_families_by_default()
    {
        At("/compare");

        var cut = Render<Compare>();

        Assert.Equal(2, cut.FindAll("[data-testid=compare-table]").Count);
        Assert.Equal(["62302", "62303", "62304", "62305", "72240", "72255", "72265", "72270"],
            cut.FindAll("[data-testid=compare-table] thead th a").Select(a => a.TextContent).ToArray());
    }

    [Fact]
    public void The_compare_page_takes_any_codes_and_reports_unknown_ones()
    {
        At("/compare?codes=72125,72126,99999");

        var cut = Render<Compare>();

        Assert.Equal(["72125", "72126"], cut.FindAll("[data-testid=compare-table] thead th a").Select(a => a.TextContent).ToArray());
        Assert.Contains("99999", cut.Find("[data-testid=compare-unknown]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_has_a_skip_link_labelled_search_navigation_and_theme_toggle()
    {
        At("/compare");

        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<h1>Body</h1>"))));

        Assert.Equal("#main", cut.Find("a.skip-link").GetAttribute("href"));
        Assert.Equal("Body", cut.Find("main#main h1").TextContent);
        var search = cut.Find("[data-testid=search-input]");
        Assert.Equal("q", search.GetAttribute("name"));
        Assert.False(string.IsNullOrWhiteSpace(cut.Find($"label[for={search.Id}]").TextContent));
        Assert.Equal("/codes", cut.Find("form[role=search]").GetAttribute("action"));
        Assert.Equal("page", cut.Find("[data-testid=nav-compare]").GetAttribute("aria-current"));
        Assert.Null(cut.Find("[data-testid=nav-codes]").GetAttribute("aria-current"));
        Assert.Equal("/suggest", cut.Find("[data-testid=nav-suggest]").GetAttribute("href"));
        Assert.Equal("false", cut.Find("[data-testid=theme-toggle]").GetAttribute("aria-pressed"));
    }
}
