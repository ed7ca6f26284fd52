using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bunit;
using MudBlazor;

namespace MyeloCode.Web.Tests.Components;

/// <summary>
/// MainLayout writes out what MudLayout, MudAppBar, MudSpacer, MudMainContent, MudContainer, MudIcon and MudButton
/// render (every uncached page renders the layout: docs/performance.md). These compare the served page with what
/// MudBlazor renders now, so an upgrade that changes that markup fails here instead of drifting.
/// </summary>
public sealed class LayoutMarkupTests(MyeloWebApplicationFactory factory) : MudTestContext, IClassFixture<MyeloWebApplicationFactory>
{
    async Task<IDocument> ServedPageAsync()
    {
        using var client = factory.CreateClient();
        return new HtmlParser().ParseDocument(await client.GetStringAsync("/", Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_layout_shell_is_what_MudBlazor_renders()
    {
        var page = await ServedPageAsync();
        var appBar = Render<MudAppBar>(p => p.Add(a => a.Elevation, 1).Add(a => a.Class, "app-bar"));

        Assert.Equal(Shell(Render<MudLayout>().Find(".mud-layout")), Shell(page.QuerySelector(".mud-layout")));
        Assert.Equal(Shell(appBar.Find("header")), Shell(page.QuerySelector("header.app-bar")));
        Assert.Equal(Shell(appBar.Find("header > div")), Shell(page.QuerySelector("header.app-bar > div")));
        Assert.Equal(Shell(Render<MudSpacer>().Find("div")), Shell(page.QuerySelector("header.app-bar .flex-grow-1")));
        Assert.Equal(Shell(Render<MudMainContent>().Find("div")), Shell(page.QuerySelector(".mud-main-content")));
        Assert.Equal(Shell(Render<MudContainer>(p => p.Add(c => c.MaxWidth, MaxWidth.Large).Add(c => c.Class, "py-4")).Find("div")),
            Shell(page.QuerySelector(".mud-container")));
    }

    [Fact]
    public async Task The_layout_icons_and_close_button_are_what_MudBlazor_renders()
    {
        var page = await ServedPageAsync();

        Assert.Equal(Full(Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Outlined.Search)).Find("svg")),
            Full(page.QuerySelector(".app-search-button svg")));
        Assert.Equal(Full(Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Outlined.DarkMode).Add(i => i.Class, "icon-dark")).Find("svg")),
            Full(page.QuerySelector(".theme-toggle svg.icon-dark")));
        Assert.Equal(Full(Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Outlined.LightMode).Add(i => i.Class, "icon-light")).Find("svg")),
            Full(page.QuerySelector(".theme-toggle svg.icon-light")));
        var close = page.QuerySelector("[data-shortcuts-close]")!;
        close.RemoveAttribute("data-shortcuts-close");
        Assert.Equal(Full(Render<MudButton>(p => p.Add(b => b.Variant, Variant.Outlined).Add(b => b.Size, Size.Small).AddChildContent("Close")).Find("button")),
            Full(close));
    }

    /// <summary>The element itself, without its children: they are ours (links, the search form, the page).</summary>
    static string Shell(IElement? element)
    {
        Assert.NotNull(element);
        var copy = (IElement)element.Clone(deep: false);
        return Full(copy);
    }

    /// <summary>Canonical markup without MudBlazor's event marks (blazor:*), which never reach a static page, and empty styles.</summary>
    static string Full(IElement? element)
    {
        Assert.NotNull(element);
        foreach (var e in element.QuerySelectorAll("*").Prepend(element))
            foreach (var name in e.Attributes.Select(a => a.Name).Where(n => n.StartsWith("blazor:", StringComparison.Ordinal) || (n == "style" && e.GetAttribute(n) == "")).ToList())
                e.RemoveAttribute(name);
        return CopyButtonMarkupTests.Canonical(element);
    }
}
