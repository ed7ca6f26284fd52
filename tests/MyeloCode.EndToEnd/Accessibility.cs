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

    /// <summary>
    /// Runs axe on the page unless every kind of element on it was already checked in this sweep; returns whether it ran.
    /// A page's kinds of element are its elements' parent, tag, classes, role and aria-* attribute names: the 24 code
    /// pages share one template, and what axe judges (names, roles, contrast of a class's colours) follows the kind.
    /// </summary>
    public static async Task<bool> AssertNoSeriousViolationsOnNewKindsAsync(IPage page, string state, ISet<string> checkedKinds)
    {
        var kinds = await page.EvaluateAsync<string[]>("""
            () => [...new Set([...document.body.querySelectorAll('*')].map(e => {
              const kind = x => x.tagName.toLowerCase() + [...x.classList].sort().map(c => '.' + c).join('');
              const aria = [...e.attributes].map(a => a.name).filter(n => n.startsWith('aria-')).sort().join(',');
              return `${kind(e.parentElement)} > ${kind(e)}[${e.getAttribute('role') ?? ''}|${aria}]`;
            }))]
            """);
        if (kinds.All(checkedKinds.Contains))
            return false;
        await AssertNoSeriousViolationsAsync(page, state);
        checkedKinds.UnionWith(kinds);
        return true;
    }
}
