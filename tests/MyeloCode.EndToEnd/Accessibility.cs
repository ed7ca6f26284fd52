using Deque.AxeCore.Commons;

namespace MyeloCode.EndToEnd;

public static class Accessibility
{
    static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    /// <summary>Runs axe-core in the page; fails on any violation of impact serious or critical, naming rule and elements.</summary>
    /// <remarks>axe.run in the page itself: Deque's RunAxe (runPartial, then finishRun in a second page) took 20-30 s on
    /// the /edits grid against 3-4 s this way, and runPartial only adds frames, which the app has none of.</remarks>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string state)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeScript);
        var serious = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id} (${v.impact}): ${v.help}\n    ` + v.nodes.map(n => `${n.target.join(' ')} :: ${n.html}`).join('\n    '))
            """);
        Assert.True(serious.Length == 0, $"axe found serious problems on {state}:\n" + string.Join("\n", serious));
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
