namespace MyeloCode.EndToEnd;

/// <summary>/edits with NCCI and MUE files imported: reasons on hover and focus, copy as a table, sticky headers, filters.</summary>
public sealed class EditGridTests(EditGridApp app, BrowserFixture browser) : BrowserTest(browser), IClassFixture<EditGridApp>
{
    // NCCI v321 and the 2026 MUE file are in force on this date (TwoYears).
    const string Url = "/edits?dos=2026-06-15";

    [Fact]
    public async Task A_cell_shows_its_reason_on_hover_and_on_keyboard_focus_and_the_grid_copies_as_a_table()
    {
        var session = await Browser.OpenAsync(app.BaseAddress);
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = session.Page;
        var grid = new EditGridPage(page);
        await page.GotoAsync(Url);

        // A table to assistive technology: named, with column and row headers.
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Edit grid for 2026-06-15" });
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "62270", Exact = true })).ToHaveCountAsync(1);
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "62302" })).ToHaveCountAsync(1);
        await Expect(grid.Cell("62302", "62270")).ToContainTextAsync("Never with");
        await Expect(grid.Cell("62302", "62270")).ToContainTextAsync("NCCI col 1 · mod 0");
        await Expect(grid.Cell("62270", "62302")).ToContainTextAsync("NCCI col 2 · mod 0");
        await Expect(grid.Mue("62302")).ToContainTextAsync("MAI 2");

        // Hover (the grid scrolled to the bottom of the screen first, so the pop-up has room below the cell).
        await grid.Cell("62270", "62302").HoverAsync();
        await Expect(grid.Reason("62270", "62302")).ToHaveCSSAsync("clip-path", "none");
        await session.ScreenshotAsync("edits-light");
        await page.Mouse.MoveAsync(0, 0);
        await Expect(grid.Reason("62270", "62302")).Not.ToHaveCSSAsync("clip-path", "none");
        await grid.Region.EvaluateAsync("box => box.scrollIntoView({ block: 'end' })");
        Assert.False(await grid.ReasonShownAsync("62270", "62302"));
        await grid.Cell("62270", "62302").HoverAsync();
        await Expect(grid.Reason("62270", "62302")).ToHaveCSSAsync("clip-path", "none");
        Assert.True(await grid.ReasonShownAsync("62270", "62302"), "the reason is not shown on hover");
        await Expect(grid.Reason("62270", "62302")).ToContainTextAsync("column 1 62302, column 2 62270");

        // The keyboard: from the grid's box, Tab reaches the cells in reading order.
        await page.Mouse.MoveAsync(0, 0);
        await grid.Region.FocusAsync();
        await new CataloguePages(page).TabToAsync(EditGridPage.Selectors.CellBox("62302", "62270"), maxPresses: 100);
        await Expect(grid.Reason("62302", "62270")).ToHaveCSSAsync("clip-path", "none");
        Assert.True(await grid.ReasonShownAsync("62302", "62270"), "the reason is not shown on keyboard focus");
        await Expect(grid.Reason("62302", "62270")).ToContainTextAsync("Modifier indicator 0");

        await grid.CopyTable.ClickAsync();
        await Expect(grid.CopyToast).ToContainTextAsync("Copied: the edit grid, 24 rows, as a table");
        var lines = (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split('\t');
        var row = lines.Single(l => l.StartsWith("62302\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(["Code", "Label", "MUE", "61050"], header[..4]);
        Assert.Equal(25, lines.Length);
        Assert.Equal("2 (indicator 2)", row[2]);
        Assert.Equal("Never with [K]; NCCI col 1, mod 0", row[Array.IndexOf(header, "62270")]);

        await grid.Family.SelectOptionAsync("combined-lumbar");
        await grid.Apply.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/edits\?(dos=2026-06-15&family=combined-lumbar|family=combined-lumbar&dos=2026-06-15)$"));
        await Expect(grid.Rows).ToHaveCountAsync(4);
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }

    [Theory]
    [InlineData(ColorScheme.Light, Viewport.Desktop)]
    [InlineData(ColorScheme.Dark, Viewport.Desktop)]
    [InlineData(ColorScheme.Light, Viewport.Phone)]
    [InlineData(ColorScheme.Dark, Viewport.Phone)]
    public async Task The_header_row_and_code_column_stay_in_view_and_the_grid_passes_axe(ColorScheme scheme, Viewport viewport)
    {
        var session = await Browser.OpenAsync(app.BaseAddress, new() { ColorScheme = scheme }, viewport);
        var page = session.Page;
        var grid = new EditGridPage(page);
        await page.GotoAsync(Url);
        var state = $"/edits ({scheme}, {viewport})";

        await Accessibility.AssertNoSeriousViolationsAsync(page, state);
        await Layout.AssertFitsScreenAsync(page, state);

        // Scrolled to the far corner, the corner header, the last column's header and the last row's code are still at the box's edges, on top.
        var stuck = await grid.Region.EvaluateAsync<string?>("""
            box => {
              box.scrollIntoView({ block: 'end' }); // below the fixed app bar
              box.scrollTop = box.scrollHeight;
              box.scrollLeft = box.scrollWidth;
              if (box.scrollTop === 0 || box.scrollLeft === 0) return 'the grid box does not scroll both ways';
              const edge = box.getBoundingClientRect();
              const inner = { top: edge.top + box.clientTop, left: edge.left + box.clientLeft };
              const heads = [...box.querySelectorAll('thead th')];
              const rows = box.querySelectorAll('tbody th[scope=row]');
              for (const [name, cell, side] of [['corner', heads[0], 'both'], ['last column header', heads.at(-1), 'top'], ['last row header', rows[rows.length - 1], 'left']]) {
                const r = cell.getBoundingClientRect();
                if ((side !== 'left' && Math.abs(r.top - inner.top) > 1) || (side !== 'top' && Math.abs(r.left - inner.left) > 1))
                  return `${name} moved: at (${r.left}, ${r.top}), box at (${inner.left}, ${inner.top})`;
                const top = document.elementFromPoint(r.left + 4, r.top + 4);
                if (!cell.contains(top)) return `${name} is covered by ${top?.tagName}`;
              }
              return null;
            }
            """);
        Assert.True(stuck is null, $"{state}: {stuck}");
        Assert.True(session.Problems.Count == 0, string.Join("\n", session.Problems));
    }
}
