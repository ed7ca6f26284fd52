using Bunit;
using MyeloCode.Web.Components.Shared;

namespace MyeloCode.Web.Tests.Components;

public sealed class CopyButtonTests : MudTestContext
{
    [Fact]
    public void The_button_carries_exactly_the_text_to_copy_and_says_what_it_copies()
    {
        var cut = Render<CopyButton>(p => p
            .Add(b => b.Text, "62284\n72240-26")
            .Add(b => b.Label, "Copy all"));

        var button = cut.Find("button[data-copy]");
        Assert.Equal("62284\n72240-26", button.GetAttribute("data-copy"));
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Contains("Copy all", button.TextContent, StringComparison.Ordinal);
        Assert.Equal("Copy all: 62284, 72240-26", button.GetAttribute("aria-label"));
    }
}

/// <summary>
/// CopyButton writes out MudButton's markup (a MudButton costs ~50 µs to render and a catalogue page has forty copy
/// buttons). This fails when MudBlazor renders that button differently after an upgrade, so the copy cannot drift.
/// </summary>
public sealed class CopyButtonMarkupTests : MudTestContext
{
    [Fact]
    public void The_written_out_markup_is_what_MudButton_renders_for_the_same_button()
    {
        var ours = Render<CopyButton>(p => p.Add(b => b.Text, "62302").Add(b => b.Label, "Copy code"));
        var mud = Render<MudBlazor.MudButton>(p => p
            .Add(b => b.Variant, MudBlazor.Variant.Outlined)
            .Add(b => b.Size, MudBlazor.Size.Small)
            .Add(b => b.StartIcon, MudBlazor.Icons.Material.Outlined.ContentCopy)
            .AddChildContent("Copy code"));

        var expected = mud.Find("button");
        var actual = ours.Find("button");
        // Our own additions: what to copy, the test id, the tooltip and accessible name, and the class copy.js looks for.
        foreach (var attribute in new[] { "data-copy", "data-testid", "title", "aria-label" })
            actual.RemoveAttribute(attribute);
        actual.ClassList.Remove("copy-button");
        foreach (var attribute in expected.Attributes.Select(a => a.Name).Where(n => n.StartsWith("blazor:", StringComparison.Ordinal)).ToList())
            expected.RemoveAttribute(attribute);

        Assert.Equal(Canonical(expected), Canonical(actual));
    }

    /// <summary>Elements with their attributes in name order (order carries no meaning) and classes sorted, text trimmed.</summary>
    internal static string Canonical(AngleSharp.Dom.INode node) => node switch
    {
        AngleSharp.Dom.IElement e => $"<{e.LocalName} " + string.Join(' ', e.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => a.Name == "class" ? $"class=\"{string.Join(' ', e.ClassList.Order(StringComparer.Ordinal))}\"" : $"{a.Name}=\"{a.Value}\""))
            + ">" + string.Concat(e.ChildNodes.Select(Canonical)) + $"</{e.LocalName}>",
        _ => node.TextContent.Trim(),
    };
}
