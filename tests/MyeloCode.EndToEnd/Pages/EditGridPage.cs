namespace MyeloCode.EndToEnd.Pages;

/// <summary>/edits: the grid of every code against every other, its filters and its copy button.</summary>
public sealed class EditGridPage(IPage page)
{
    public static class Selectors
    {
        public const string Region = "[data-testid=edit-grid-region]";
        public const string Grid = "[data-testid=edit-grid]";
        public const string Row = "[data-testid=edit-row]";
        public const string Reason = "[data-testid=edit-reason]";
        public const string Family = "[data-testid=edit-family]";
        public const string Apply = "[data-testid=edit-apply]";
        public const string CopyTable = "[data-testid=copy-table]";
        public const string CopyToast = "[data-testid=copy-toast]";

        public static string Cell(string row, string column) => $"td[data-row='{row}'][data-col='{column}']";
        public static string CellBox(string row, string column) => $"{Cell(row, column)} .edit-cell-box";
        public static string Mue(string row) => $"tr[data-code='{row}'] [data-testid=edit-mue]";
    }

    public ILocator Region => page.Locator(Selectors.Region);
    public ILocator Grid => page.Locator(Selectors.Grid);
    public ILocator Rows => page.Locator(Selectors.Row);
    public ILocator Family => page.Locator(Selectors.Family);
    public ILocator Apply => page.Locator(Selectors.Apply);
    public ILocator CopyTable => page.Locator(Selectors.CopyTable);
    public ILocator CopyToast => page.Locator(Selectors.CopyToast);

    public ILocator Cell(string row, string column) => page.Locator(Selectors.Cell(row, column));
    public ILocator Reason(string row, string column) => Cell(row, column).Locator(Selectors.Reason);
    public ILocator Mue(string row) => page.Locator(Selectors.Mue(row));

    /// <summary>
    /// Whether the cell's reason is shown as a pop-up: wider than the 1 px it has when only read out, its first line
    /// on screen, and the topmost element there (no sticky header or other cell drawn over it). A long reason low on
    /// the screen may run past the bottom edge, as any pop-up does; the page scrolls to it.
    /// </summary>
    public Task<bool> ReasonShownAsync(string row, string column) => Reason(row, column).EvaluateAsync<bool>("""
        tip => {
          const r = tip.getBoundingClientRect();
          if (r.width < 100 || r.top < 0 || r.top + 20 > innerHeight) return false;
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + 12);
          return !!top && tip.contains(top);
        }
        """);
}
