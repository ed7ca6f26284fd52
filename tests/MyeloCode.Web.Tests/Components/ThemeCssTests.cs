using System.Text.RegularExpressions;
using Bunit;
using MudBlazor;

namespace MyeloCode.Web.Tests.Components;

/// <summary>
/// wwwroot/css/theme.css holds MudBlazor's theme variables as a file, in place of MudThemeProvider in the layout,
/// with the dark palette for static pages (no circuit to switch the theme). These tests catch a MudBlazor upgrade
/// that adds or renames a variable or changes a colour.
/// </summary>
public sealed partial class ThemeCssTests : MudTestContext
{
    // Raised to WCAG AA contrast on the dark background; every other value must be MudBlazor's own.
    static readonly HashSet<string> OurOverrides =
    [
        "--mud-palette-primary", "--mud-palette-primary-rgb", "--mud-palette-primary-text", "--mud-palette-primary-darken",
        "--mud-palette-primary-lighten", "--mud-palette-primary-hover", "--mud-palette-text-secondary",
    ];

    Dictionary<string, string> Rendered(bool dark) =>
        Variables(Render<MudThemeProvider>(p => p.Add(t => t.IsDarkMode, dark)).Markup);

    static Dictionary<string, string> Variables(string css) =>
        VariablePattern().Matches(css).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value.Trim());

    static string ThemeCss()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "MyeloCode.Web", "wwwroot", "css", "theme.css");
            if (File.Exists(path))
                return File.ReadAllText(path);
        }
        throw new FileNotFoundException("theme.css not found above " + AppContext.BaseDirectory);
    }

    static string Block(string css, string selector)
    {
        var start = css.IndexOf(selector + " {", StringComparison.Ordinal);
        return css[start..css.IndexOf('}', start)];
    }

    [Fact]
    public void The_light_variables_are_exactly_what_MudThemeProvider_renders()
    {
        var rendered = Rendered(dark: false);

        Assert.Equal(rendered.OrderBy(v => v.Key, StringComparer.Ordinal), Variables(Block(ThemeCss(), ":root")).OrderBy(v => v.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_dark_variable_is_one_MudBlazor_renders_with_its_dark_value_unless_we_raised_its_contrast()
    {
        var light = Rendered(dark: false);
        var dark = Rendered(dark: true);
        var ours = Variables(Block(ThemeCss(), "html[data-theme=\"dark\"]"));

        foreach (var (name, value) in ours)
        {
            Assert.True(dark.ContainsKey(name), $"{name} is not a MudBlazor variable");
            if (!OurOverrides.Contains(name))
                Assert.Equal(dark[name], value);
        }
        var changedByDarkMode = dark.Where(d => light.GetValueOrDefault(d.Key) != d.Value).Select(d => d.Key);
        Assert.Empty(changedByDarkMode.Except(ours.Keys));
    }

    [Fact]
    public void The_system_setting_fallback_repeats_the_same_variables()
    {
        var css = ThemeCss();

        Assert.Equal(Variables(Block(css, "html[data-theme=\"dark\"]")), Variables(Block(css, "html:not([data-theme=\"light\"])")));
    }

    [GeneratedRegex(@"(--mud-[\w-]+)\s*:\s*([^;]+);")]
    private static partial Regex VariablePattern();
}
