using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace MyeloCode.EndToEnd;

public static class Accessibility
{
    static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    /// <summary>Runs axe-core in the page; fails on any violation of impact serious or critical, naming rule and elements.</summary>
    /// <remarks>
    /// axe.run in the page itself, for its violations only. Deque.AxeCore.Playwright's RunAxe runs axe.runPartial and
    /// then axe.finishRun in a second page, passing every node's result between them: on the /edits grid (2,600
    /// elements) that took 20-30 s against 3-4 s this way, on this machine under load. The app has no frames, which is
    /// all runPartial adds.
    /// </remarks>
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
}
