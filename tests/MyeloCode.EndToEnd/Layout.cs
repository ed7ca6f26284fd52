namespace MyeloCode.EndToEnd;

/// <summary>Checks of what the coder sees at any screen width.</summary>
public static class Layout
{
    /// <summary>What every page must pass at every width: its heading in view and uncovered, no sideways scroll.</summary>
    public static async Task AssertFitsScreenAsync(IPage page, string state)
    {
        await AssertHeadingUncoveredAsync(page, state);
        await AssertNoSidewaysScrollAsync(page, state);
    }

    /// <summary>
    /// The page heading is on screen and nothing (a fixed app bar) is drawn over it: the topmost element at its
    /// corners and centre is the heading itself.
    /// </summary>
    static async Task AssertHeadingUncoveredAsync(IPage page, string state)
    {
        var covering = await page.EvaluateAsync<string?>("""
            () => {
              const h1 = document.querySelector('h1');
              if (!h1) return 'no h1';
              const r = h1.getBoundingClientRect();
              if (r.height === 0 || r.top < 0 || r.bottom > innerHeight) return `h1 off screen (top ${r.top}, bottom ${r.bottom})`;
              const points = [[r.left + 2, r.top + 2], [r.left + r.width / 2, r.top + r.height / 2], [Math.min(r.right, innerWidth) - 2, r.top + 2]];
              for (const [x, y] of points) {
                const top = document.elementFromPoint(x, y);
                if (top && top !== h1 && !h1.contains(top) && !top.contains(h1))
                  return `${top.tagName.toLowerCase()}.${[...top.classList].join('.')} covers the heading at (${Math.round(x)}, ${Math.round(y)})`;
              }
              return null;
            }
            """);
        Assert.True(covering is null, $"{state}: {covering}");
    }

    /// <summary>The page never scrolls sideways: nothing is wider than the viewport.</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page, string state)
    {
        var (scroll, client) = await Widths(page);
        if (scroll <= client)
            return;
        // Name the innermost elements that stick out, so the failure says what to fix.
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5))
              .slice(0, 8)
              .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}[${e.dataset.testid ?? ''}] right ${Math.round(e.getBoundingClientRect().right)}`)
            """);
        Assert.Fail($"{state}: the page is {scroll} px wide in a {client} px viewport (scrolls sideways): {string.Join("; ", wide)}");
    }

    static async Task<(int Scroll, int Client)> Widths(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }
}
