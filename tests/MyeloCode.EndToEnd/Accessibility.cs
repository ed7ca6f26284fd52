using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MyeloCode.EndToEnd;

public static class Accessibility
{
    /// <summary>Runs axe-core in the page; fails on any violation of impact serious or critical, naming rule and elements.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string state)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => $"{n.Target} :: {n.Html}")))
            .ToList();
        Assert.True(serious.Count == 0, $"axe found serious problems on {state}:\n" + string.Join("\n", serious));
    }
}
