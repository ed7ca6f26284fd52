using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Web.Components.Pages.Suggest;

namespace MyeloCode.Web.Tests.Components;

public sealed class SuggestPageTests : MudTestContext, IClassFixture<LoadedCatalogue>
{
    readonly BunitJSModuleInterop _page;

    public SuggestPageTests(LoadedCatalogue catalogue)
    {
        Services.AddSingleton(catalogue.Store);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _page = JSInterop.SetupModule("./Components/Pages/Suggest/Suggest.razor.js");
        _page.SetupVoid("replaceUrl", _ => true);
    }

    IRenderedComponent<Suggest> Open(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/suggest{query}");
        return Render<Suggest>();
    }

    static string[] Codes(IRenderedComponent<Suggest> page) =>
        [.. page.FindAll("[data-testid=suggested-code]").Select(row => row.QuerySelector("td")!.TextContent.Trim() + Modifiers(row))];

    static string Modifiers(IElement row) => row.QuerySelector("[data-testid=modifiers]")!.TextContent.Trim() is var m && m != "none" ? "-" + m : "";

    static string? Checked(IRenderedComponent<Suggest> page, string region) =>
        page.Find($"[data-testid=spine-region-{region}]").GetAttribute("aria-checked");

    string LastUrl() => (string)_page.Invocations["replaceUrl"][^1].Arguments[0]!;

    [Fact]
    public void A_shared_link_shows_its_suggestion_on_the_first_render()
    {
        var page = Open("?regions=cervical,thoracic&route=lumbar&billing=both&ct=");

        Assert.Equal(["62305"], Codes(page));
        Assert.Equal("true", Checked(page, "cervical"));
        Assert.Equal("true", Checked(page, "thoracic"));
        Assert.Equal("false", Checked(page, "lumbosacral"));
        Assert.True(page.Find("[data-testid=region-toggle-thoracic]").HasAttribute("checked"));
    }

    [Fact]
    public void Clicking_a_region_on_the_spine_updates_the_codes_and_the_address()
    {
        var page = Open("?regions=cervical&route=lumbar&billing=both&ct=");
        Assert.Equal(["62302"], Codes(page));

        page.Find("[data-testid=spine-region-thoracic]").Click();

        Assert.Equal(["62305"], Codes(page));
        Assert.Equal("true", Checked(page, "thoracic"));
        Assert.Equal("/suggest?regions=cervical,thoracic&route=lumbar&billing=both&ct=", LastUrl());
    }

    [Fact]
    public void Space_and_Enter_toggle_a_region_and_other_keys_do_not()
    {
        var page = Open("?route=lumbar&billing=both");
        var lumbosacral = () => page.Find("[data-testid=spine-region-lumbosacral]");

        lumbosacral().KeyDown(key: " ");
        Assert.Equal("true", Checked(page, "lumbosacral"));
        Assert.Equal(["62304"], Codes(page));

        lumbosacral().KeyDown(key: "Enter");
        Assert.Equal("false", Checked(page, "lumbosacral"));

        lumbosacral().KeyDown(key: "a");
        Assert.Equal("false", Checked(page, "lumbosacral"));
    }

    [Fact]
    public void Every_spine_region_is_a_labelled_focusable_checkbox()
    {
        var page = Open("");

        Assert.All(page.FindAll("[data-spine-region]"), region =>
        {
            Assert.Equal("checkbox", region.GetAttribute("role"));
            Assert.Equal("0", region.GetAttribute("tabindex"));
            Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
        });
        Assert.Equal(["Cervical (C1-C7)", "Thoracic (T1-T12)", "Lumbosacral (L1-L5, sacrum)"], page.FindAll("[data-spine-region]").Select(r => r.GetAttribute("aria-label")));
    }

    [Fact]
    public void The_toggles_pick_regions_as_the_picture_does()
    {
        var page = Open("?route=c1c2&billing=both");

        page.Find("[data-testid=region-toggle-lumbosacral]").Change(true);

        Assert.Equal("true", Checked(page, "lumbosacral"));
        Assert.Equal(["61055", "72265"], Codes(page));
    }

    [Fact]
    public void Choosing_the_interpreting_role_and_a_CT_shows_modifier_26()
    {
        var page = Open("?regions=cervical&route=lumbar&billing=both&ct=");

        page.Find("[data-testid=billing-interpreting]").Click();
        page.Find("[data-testid=ct-toggle-cervical]").Change(true);

        Assert.Equal(["72240-26", "72126-26"], Codes(page));
        Assert.Equal("/suggest?regions=cervical&route=lumbar&billing=interpreting&ct=cervical", LastUrl());
    }

    [Fact]
    public void Incomplete_choices_say_what_is_still_needed_instead_of_guessing()
    {
        var page = Open("");

        Assert.Empty(page.FindAll("[data-testid=suggested-code]"));
        Assert.Equal(["regions", "route", "billing"], page.FindAll("[data-testid=validation-error]").Select(e => e.GetAttribute("data-parameter")));
    }

    [Fact]
    public void A_contradiction_names_what_to_change()
    {
        var page = Open("?regions=cervical&route=none&billing=both");

        var error = page.Find("[data-testid=validation-error]");
        Assert.Equal("route", error.GetAttribute("data-parameter"));
        Assert.Contains("Conventional myelography needs intrathecal contrast", error.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Rationale_warnings_and_codes_not_to_report_show_their_basis()
    {
        var page = Open("?regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral");

        var ct = page.FindAll("[data-testid=rationale]").Single(li => li.TextContent.Contains("72132, because", StringComparison.Ordinal));
        Assert.Equal("[K]", ct.QuerySelector("[data-testid=basis] [aria-hidden=true]")!.TextContent);
        Assert.Contains(page.FindAll("[data-testid=warning]"), w => w.GetAttribute("data-basis") == "unconfirmed" && w.TextContent.Contains("No NCCI PTP file is imported", StringComparison.Ordinal));
        var injection = page.Find("[data-testid=do-not-report][data-code='62284']");
        Assert.Equal("/codes/62284", injection.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotEmpty(page.FindAll("[data-testid=legend] dd"));
    }

    [Fact]
    public void Copy_buttons_carry_claim_ready_text()
    {
        var page = Open("?regions=cervical&route=lumbar&billing=interpreting&ct=cervical");

        Assert.Equal("72240-26\n72126-26", page.Find("[data-testid=copy-all]").GetAttribute("data-copy"));
        Assert.Equal(["72240-26", "72126-26"], page.FindAll("[data-testid=copy-code]").Select(b => b.GetAttribute("data-copy")));
        Assert.Equal("72240-26 Myelo S&I cervical", page.FindAll("[data-testid=copy-code-label]")[0].GetAttribute("data-copy"));
        Assert.Equal("http://localhost/suggest?regions=cervical&route=lumbar&billing=interpreting&ct=cervical", page.Find("[data-testid=copy-link]").GetAttribute("data-copy"));
    }
}
