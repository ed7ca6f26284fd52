using Bunit;
using MyeloCode.Catalogue;
using MyeloCode.Import;
using MyeloCode.Tests;
using MyeloCode.Web.Components.Shared;

namespace MyeloCode.Web.Tests.Components;

public sealed class SharedComponentTests : MudTestContext
{
    static readonly CatalogueSnapshot Snapshot = Snapshots.Real();
    static Code Get(string id) => Snapshot.Find(id)!;

    [Fact]
    public void An_evidence_mark_is_spelled_out_for_screen_readers_unless_brief_where_the_words_are_beside_it()
    {
        var full = Render<EvidenceMark>(p => p.Add(e => e.Evidence, Evidence.Unconfirmed)).Find("[data-testid=evidence]");
        var brief = Render<EvidenceMark>(p => p.Add(e => e.Evidence, Evidence.Unconfirmed).Add(e => e.Brief, true)).Find("[data-testid=evidence]");

        Assert.Equal(Evidence.Unconfirmed.Name() + ".", full.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal(Evidence.Unconfirmed.Name(), full.GetAttribute("title"));
        Assert.Equal("UNCONFIRMED", brief.TextContent);
        Assert.Equal("true", brief.GetAttribute("aria-hidden"));
        Assert.Null(brief.GetAttribute("title"));
        Assert.Equal("evidence evidence-unconfirmed", brief.ClassName);
    }

    [Fact]
    public void A_code_table_row_links_the_code_and_copies_code_or_code_and_label()
    {
        var cut = Render<CodeTable>(p => p
            .Add(t => t.Rows, [new BrowseRow(Get("62302"), []), new BrowseRow(Get("72240"), [])])
            .Add(t => t.Caption, "Cervical"));

        var row = cut.Find("tr[data-code='72240']");
        Assert.Equal("/codes/72240", row.QuerySelector("th[scope=row] a")!.GetAttribute("href"));
        Assert.Contains("Myelo S&I cervical", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("72240", row.QuerySelector("[data-testid=copy-code]")!.GetAttribute("data-copy"));
        Assert.Equal("72240 Myelo S&I cervical", row.QuerySelector("[data-testid=copy-code-label]")!.GetAttribute("data-copy"));
        Assert.Equal("+ label: 72240 Myelo S&I cervical", row.QuerySelector("[data-testid=copy-code-label]")!.GetAttribute("aria-label"));
        Assert.Empty(cut.FindAll("[data-testid=search-why]"));
        Assert.All(cut.FindAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public void A_search_table_says_why_each_code_matched()
    {
        var cut = Render<CodeTable>(p => p
            .Add(t => t.Rows, [new BrowseRow(Get("62305"), ["“total spine” = two or more regions, in label"])])
            .Add(t => t.Caption, "Results")
            .Add(t => t.ShowWhy, true)
            .Add(t => t.RowTestId, "search-result"));

        Assert.Equal("“total spine” = two or more regions, in label", cut.Find("[data-testid=search-result] [data-testid=search-why]").TextContent);
    }

    [Fact]
    public void A_relation_table_gives_each_code_its_reason_and_evidence()
    {
        var detail = CodeDetail.Build(Snapshot, "62302")!;

        var cut = Render<RelationTable>(p => p.Add(t => t.Items, detail.BilledInstead).Add(t => t.Caption, "Billed instead"));

        var row = cut.Find("tr[data-code='62305']");
        Assert.Contains("second region", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("[C]", row.QuerySelector(".evidence [aria-hidden=true]")!.TextContent);
        Assert.Equal("confirmed", row.QuerySelector("[data-testid=evidence]")!.GetAttribute("data-evidence"));
        Assert.Equal("/codes/62305", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_empty_relation_table_says_so_instead_of_an_empty_grid()
    {
        var cut = Render<RelationTable>(p => p.Add(t => t.Items, []).Add(t => t.Caption, "x").Add(t => t.Empty, "Nothing is added to this code."));

        Assert.Empty(cut.FindAll("table"));
        cut.Find("p").MarkupMatches("<p class=\"muted\">Nothing is added to this code.</p>");
    }

    [Fact]
    public void The_filter_form_is_a_labelled_get_form_showing_the_current_filter()
    {
        var cut = Render<CodeFilterForm>(p => p
            .Add(f => f.Filter, new CodeFilter(Region.Cervical, null, CodeKind.SupervisionInterpretation))
            .Add(f => f.Query, "myelo"));

        var form = cut.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/codes", form.GetAttribute("action"));
        foreach (var id in new[] { "filter-q", "filter-region", "filter-route", "filter-kind" })
            Assert.False(string.IsNullOrWhiteSpace(cut.Find($"label[for={id}]").TextContent));
        Assert.Equal("myelo", cut.Find("#filter-q").GetAttribute("value"));
        Assert.Equal("cervical", cut.Find("#filter-region option[selected]").GetAttribute("value"));
        Assert.Equal("", cut.Find("#filter-route option[selected]").GetAttribute("value"));
        Assert.Equal("supervision-interpretation", cut.Find("#filter-kind option[selected]").GetAttribute("value"));
        Assert.Equal("/codes", cut.Find("[data-testid=filter-clear]").GetAttribute("href"));
    }

    [Fact]
    public void The_filter_form_offers_every_region_route_and_kind()
    {
        var cut = Render<CodeFilterForm>(p => p.Add(f => f.Filter, CodeFilter.None));

        Assert.Equal(["", .. Vocabulary.Slugs<Region>()], cut.FindAll("#filter-region option").Select(o => o.GetAttribute("value")).ToArray());
        Assert.Equal(["", .. Vocabulary.Slugs<InjectionRoute>()], cut.FindAll("#filter-route option").Select(o => o.GetAttribute("value")).ToArray());
        Assert.Equal(["", .. Vocabulary.Slugs<CodeKind>()], cut.FindAll("#filter-kind option").Select(o => o.GetAttribute("value")).ToArray());
        Assert.Empty(cut.FindAll("[data-testid=filter-clear]"));
    }

    [Fact]
    public void A_comparison_marks_the_rows_that_differ_and_copies_all_codes()
    {
        var family = CodeFamilies.Find(Snapshot, "supervision-interpretation")!;

        var cut = Render<ComparisonTable>(p => p.Add(t => t.Comparison, CodeComparison.Build(Snapshot, family.Name, family.Codes)));

        Assert.Equal(["72240", "72255", "72265", "72270"], cut.FindAll("thead th a").Select(a => a.TextContent).ToArray());
        var region = cut.FindAll("[data-testid=compare-row]").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Region imaged", StringComparison.Ordinal));
        Assert.Equal("true", region.GetAttribute("data-differs"));
        Assert.Contains("differs", region.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        var route = cut.FindAll("[data-testid=compare-row]").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Injection route", StringComparison.Ordinal));
        Assert.Equal("false", route.GetAttribute("data-differs"));
        Assert.Equal("72240\n72255\n72265\n72270", cut.Find("[data-testid=copy-all]").GetAttribute("data-copy"));
    }

    [Fact]
    public void The_facts_say_what_the_code_includes_and_what_its_indicators_mean()
    {
        var cut = Render<CodeFacts>(p => p.Add(f => f.Detail, CodeDetail.Build(Snapshot, "62284")!));

        Assert.Equal("Yes", cut.Find("[data-testid=fact-injection]").TextContent);
        Assert.Equal("No", cut.Find("[data-testid=fact-si]").TextContent);
        Assert.Contains("modifiers 26 and TC do not apply", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Medicare_figures_show_each_line_the_amount_and_the_source()
    {
        var cut = Render<MedicareTable>(p => p.Add(t => t.Medicare, CodeDetail.Build(Snapshot.On(new DateOnly(2025, 6, 30)), "72240")!.Medicare));

        Assert.Equal(["Global", "-26", "-TC"], cut.FindAll("[data-testid=medicare-row] th").Select(th => th.TextContent).ToArray());
        Assert.Contains("$107.71", cut.Find("[data-testid=medicare-row]").TextContent, StringComparison.Ordinal);
        Assert.Contains("CY2025", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("(shipped with MyeloCode)", cut.Find("[data-testid=medicare-source]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=medicare-variant]"));
    }

    [Fact]
    public void CY2026_figures_say_which_conversion_factor_the_amounts_use()
    {
        var cut = Render<MedicareTable>(p => p.Add(t => t.Medicare, CodeDetail.Build(Snapshot.On(new DateOnly(2026, 7, 15)), "62302")!.Medicare));

        Assert.Contains("CY2026", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Contains("$244.83", cut.Find("[data-testid=medicare-row]").TextContent, StringComparison.Ordinal);
        Assert.Contains("$33.4009", cut.Find("[data-testid=medicare-source]").TextContent, StringComparison.Ordinal);
        Assert.Contains("non-QPP conversion factor", cut.Find("[data-testid=medicare-variant]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=medicare-stale]"));
    }

    [Fact]
    public void The_shipped_MUE_is_shown_with_its_quarter_and_never_called_current_after_it()
    {
        var inQuarter = Render<NcciSummary>(p => p.Add(n => n.Detail, CodeDetail.Build(Snapshot.On(new DateOnly(2026, 5, 1)), "62302")!));
        var later = Render<NcciSummary>(p => p.Add(n => n.Detail, CodeDetail.Build(Snapshot.On(new DateOnly(2026, 7, 15)), "62302")!));

        Assert.Contains("MUE: 1 per day", inQuarter.Find("[data-testid=mue]").TextContent, StringComparison.Ordinal);
        Assert.Contains("shipped with MyeloCode", inQuarter.Find("[data-testid=mue]").TextContent, StringComparison.Ordinal);
        Assert.Empty(inQuarter.FindAll("[data-testid=mue-notice]"));
        Assert.Equal("MUE values of the 2026-04-01 quarter; later quarters not loaded.", later.Find("[data-testid=mue-notice]").TextContent);
    }

    [Fact]
    public void Medicare_figures_show_NA_as_NA_and_mark_the_repeated_professional_figure()
    {
        var in2025 = Snapshot.On(new DateOnly(2025, 6, 30));
        var na = Render<MedicareTable>(p => p.Add(t => t.Medicare, CodeDetail.Build(in2025, "61055")!.Medicare));
        var split = Render<MedicareTable>(p => p.Add(t => t.Medicare, CodeDetail.Build(in2025, "72255")!.Medicare));

        Assert.Equal(3, na.FindAll("[data-testid=na]").Count); // PE, total and amount of the non-facility setting
        Assert.Contains("Medicare does not pay this service in that setting", na.Find("[data-testid=medicare-legend]").TextContent, StringComparison.Ordinal);
        Assert.Empty(split.FindAll("[data-testid=na]"));
        Assert.Equal(["—", "1.28 *", "—"], split.FindAll("[data-testid=facility-total]").Select(td => td.TextContent.Trim()).ToArray());
        Assert.Contains("paid the same in both settings", split.Find("[data-testid=medicare-legend]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ncci_files_the_page_says_the_list_is_our_reading_and_with_them_shows_the_pairs()
    {
        var without = Render<NcciSummary>(p => p.Add(n => n.Detail, CodeDetail.Build(Snapshot, "62302")!));
        Assert.Contains("No CMS NCCI file imported", without.Find("[data-testid=ptp-none]").TextContent, StringComparison.Ordinal);

        var imported = Snapshots.Real(
            ptp: [new PtpEdit { Column1 = "62302", Column2 = "36000", ModifierIndicator = 1, Rationale = "Standards of medical / surgical practice", EffectiveDate = new DateOnly(2018, 1, 1), ImportId = 1 }],
            mues: [new MueValue { Code = "62302", Value = 1, AdjudicationIndicator = "2", Rationale = "Anatomic consideration", ImportId = 2 }],
            imports: [new ImportRecord { Id = 1, Kind = "ptp", FileName = "ptp.txt", Sha256 = "a", DataVersion = "2026Q1" }, new ImportRecord { Id = 2, Kind = "mue", FileName = "mue.csv", Sha256 = "b" }]);
        var with = Render<NcciSummary>(p => p.Add(n => n.Detail, CodeDetail.Build(imported, "62302")!));

        var row = with.Find("[data-testid=ptp-row]");
        Assert.Contains("36000", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Allowed with an NCCI-associated modifier", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("MUE: 1 per day", with.Find("[data-testid=mue]").TextContent, StringComparison.Ordinal);
    }
}
