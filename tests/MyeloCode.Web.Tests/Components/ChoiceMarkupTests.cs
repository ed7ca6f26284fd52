using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using MyeloCode.Web.Components.Pages.Suggest;

namespace MyeloCode.Web.Tests.Components;

/// <summary>
/// /suggest's ChoiceCheckBox, ChoiceRadios and Notice write out the markup of MudCheckBox, MudRadioGroup/MudRadio and
/// MudAlert (their component trees were most of the page's prerender). These fail when MudBlazor renders those
/// differently after an upgrade, so the copies cannot drift.
/// </summary>
public sealed class ChoiceMarkupTests : MudTestContext
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_choice_checkbox_is_what_MudCheckBox_renders(bool isChecked)
    {
        var ours = Render<ChoiceCheckBox>(p => p.Add(c => c.Label, "Cervical").Add(c => c.Checked, isChecked).Add(c => c.TestId, "t"));
        var mud = Render<MudCheckBox<bool>>(p => p.Add(c => c.Value, isChecked).Add(c => c.Label, "Cervical").Add(c => c.Dense, true));

        Assert.Equal(Canonical(mud.Find(".mud-input-control")), Canonical(ours.Find(".mud-input-control")));
    }

    [Fact]
    public void Choice_radios_are_what_MudRadioGroup_and_MudRadio_render()
    {
        var ours = Render<ChoiceRadios>(p => p
            .Add(r => r.Name, "route")
            .Add(r => r.Options, [("lumbar", "Lumbar puncture"), ("c1c2", "C1-C2 puncture")])
            .Add(r => r.Selected, "c1c2")
            .Add(r => r.TestIdPrefix, "t"));
        var mud = Render<MudRadioGroup<string>>(p => p
            .Add(g => g.Name, "route")
            .Add(g => g.Value, "c1c2")
            .AddChildContent<MudRadio<string>>(r => r.Add(x => x.Value, "lumbar").Add(x => x.Dense, true).AddChildContent("Lumbar puncture"))
            .AddChildContent<MudRadio<string>>(r => r.Add(x => x.Value, "c1c2").Add(x => x.Dense, true).AddChildContent("C1-C2 puncture")));

        Assert.Equal(Canonical(mud.Find(".mud-input-control")), Canonical(ours.Find(".mud-input-control")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_notice_is_what_MudAlert_renders(bool warning)
    {
        var ours = Render<Notice>(p => p.Add(n => n.Warning, warning).Add(n => n.TestId, "t").AddChildContent("<strong>To get a suggestion:</strong>"));
        var mud = Render<MudAlert>(p => p.Add(a => a.Severity, warning ? Severity.Warning : Severity.Info).AddChildContent("<strong>To get a suggestion:</strong>"));

        Assert.Equal(Canonical(mud.Find(".mud-alert")), Canonical(ours.Find(".mud-alert")));
    }

    /// <summary>
    /// Without what differs on purpose: MudBlazor's generated ids, its explicit tabindex="0" (an input's default),
    /// event handler marks (blazor:*, bUnit's trace of @onclick/@onchange) and our data-testid.
    /// </summary>
    static string Canonical(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").Prepend(root))
            foreach (var name in element.Attributes.Select(a => a.Name)
                         .Where(n => n.StartsWith("blazor:", StringComparison.Ordinal) || n is "id" or "tabindex" or "data-testid").ToList())
                element.RemoveAttribute(name);
        return CopyButtonMarkupTests.Canonical(root);
    }
}
