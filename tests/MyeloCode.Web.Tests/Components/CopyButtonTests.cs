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
