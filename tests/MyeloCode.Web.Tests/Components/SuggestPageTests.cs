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
        Services.AddSingleton<SuggestionAnswers>();
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
        Assert.Equal(["61055", "72265-26"], Codes(page));
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
        Assert.Equal("[K]", ct.QuerySelector("[data-testid=evidence] [aria-hidden=true]")!.TextContent);
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

    [Fact]
    public void Choosing_the_office_setting_reports_the_global_code()
    {
        var page = Open("?regions=cervical&route=c1c2&billing=interpreting&ct=");
        Assert.Equal(["72240-26"], Codes(page));

        page.Find("[data-testid=setting-office]").Click();

        Assert.Equal(["72240"], Codes(page));
        Assert.Equal("/suggest?regions=cervical&route=c1c2&billing=interpreting&ct=&setting=office", LastUrl());
    }

    [Fact]
    public void The_technical_claim_of_an_office_carries_TC()
    {
        var page = Open("?regions=lumbosacral&route=lumbar&billing=technical&ct=lumbosacral&setting=office");

        Assert.Equal(["72265-TC", "72132-TC"], Codes(page));
    }

    [Fact]
    public void A_technical_claim_in_a_facility_names_billing_without_echoing_markup()
    {
        var page = Open("?regions=lumbosacral&route=lumbar&billing=technical&ct=&outcome=%3Cb%3Ex%3C%2Fb%3E");

        var errors = page.FindAll("[data-testid=validation-error]");
        Assert.Contains(errors, e => e.GetAttribute("data-parameter") == "billing" && e.TextContent.Contains("own facility claim", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetAttribute("data-parameter") == "outcome");
        Assert.DoesNotContain("<b>", page.Find("[data-testid=needed]").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_discontinued_reports_the_planned_code_with_53_only()
    {
        var page = Open("?regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral");

        page.Find("[data-testid=outcome-discontinued]").Click();

        Assert.Equal(["62304-53"], Codes(page));
        Assert.EndsWith("&outcome=discontinued", LastUrl(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_CT_questions_appear_with_a_CT_and_change_the_claim()
    {
        var page = Open("?regions=lumbosacral&route=lumbar&billing=both&ct=");
        Assert.Empty(page.FindAll("[data-testid=ct-reader]"));
        Assert.Empty(page.FindAll("[data-testid=ct-before]"));

        page.Find("[data-testid=ct-toggle-lumbosacral]").Change(true);
        page.Find("[data-testid=ct-before-toggle-lumbosacral]").Change(true);

        Assert.Equal(["62304", "72133-26"], Codes(page));
        Assert.Equal("/suggest?regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral&ctBefore=lumbosacral", LastUrl());

        page.Find("[data-testid=ct-reader-other]").Click();

        Assert.Equal(["62304"], Codes(page));
        Assert.Contains("ctReader=other", LastUrl(), StringComparison.Ordinal);
    }

    [Fact]
    public void Turning_a_CT_region_off_clears_its_scan_before_contrast()
    {
        var page = Open("?regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral&ctBefore=lumbosacral");

        page.Find("[data-testid=ct-toggle-lumbosacral]").Change(false);

        Assert.Equal(["62304"], Codes(page));
        Assert.Equal("/suggest?regions=lumbosacral&route=lumbar&billing=both&ct=", LastUrl());
    }

    [Fact]
    public void The_posterior_fossa_is_picked_on_its_own()
    {
        var page = Open("?regions=cervical&route=c1c2&billing=both&ct=");

        page.Find("[data-testid=region-toggle-posterior-fossa]").Change(true);

        Assert.Equal(["61055", "70010"], Codes(page));
        Assert.Equal("false", Checked(page, "cervical"));
        Assert.Equal("/suggest?regions=posterior-fossa&route=c1c2&billing=both&ct=", LastUrl());
    }

    [Fact]
    public void The_audit_note_button_copies_the_note_shown()
    {
        var page = Open("?regions=cervical&route=c1c2&billing=interpreting&ct=cervical");

        var note = page.Find("[data-testid=copy-note]").GetAttribute("data-copy")!;
        Assert.Equal(page.Find("[data-testid=audit-note-text]").TextContent, note);
        Assert.StartsWith("MyeloCode audit note, ", note, StringComparison.Ordinal);
        Assert.Contains("\nClaim line 1: 72240-26 x 1 unit", note, StringComparison.Ordinal);
        Assert.StartsWith("Copy audit note", page.Find("[data-testid=copy-note]").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal($"audit note, {note.Split('\n').Length} lines", page.Find("[data-testid=copy-note]").GetAttribute("data-copy-announce"));
        Assert.False(page.Find("[data-testid=copy-all]").HasAttribute("data-copy-announce"));
    }

    [Fact]
    public void The_legend_lists_each_mark_once_with_its_meaning()
    {
        var page = Open("?regions=cervical&route=lumbar&billing=both&ct=");

        var marks = page.FindAll("[data-testid=legend] dt [aria-hidden=true]").Select(m => m.TextContent).ToArray();
        Assert.Equal(["[C]", "[K]", "UNCONFIRMED", "CMS file"], marks);
    }
}
