using System.Text;

namespace MyeloCode.Catalogue;

/// <summary>
/// One cell of the edit grid, read across: the row code's own catalogue entry about the column code (never-with,
/// billed instead, add with, replaced by, check), and the NCCI PTP edits between the two in force on the date of
/// service, seen from the row code (<see cref="PtpPair.ThisIsColumn1"/>: the row code is column 1).
/// </summary>
public sealed record EditCell(string Column, RelatedCode? Relation, IReadOnlyList<PtpPair> Ncci)
{
    public bool IsEmpty => Relation is null && Ncci.Count == 0;

    /// <summary>One line for a spreadsheet cell: "Never with [C]; NCCI col 1, mod 0". Empty when there is nothing.</summary>
    public string Text => string.Join("; ", [
        .. Relation is { } r ? [$"{EditGrid.ShortName(r.Relation)} {r.Evidence.Mark()}"] : Array.Empty<string>(),
        .. Ncci.Select(p => $"NCCI col {(p.ThisIsColumn1 ? 1 : 2)}, mod {p.ModifierIndicator}"),
    ]);
}

public sealed record EditRow(Code Code, MueLimit? Mue, IReadOnlyList<EditCell> Cells);

/// <summary>Which rows to show: the region siblings of one family, the codes of one region, or both.</summary>
public sealed record EditGridFilter(CodeFamily? Family = null, Region? Region = null)
{
    public static EditGridFilter None { get; } = new();

    public bool IsEmpty => Family is null && Region is null;

    public bool Matches(Code code) =>
        (Family is null || Family.Codes.Any(c => c.Id == code.Id)) && (Region is null || code.Region == Region);

    /// <summary>Reads the slugs used in the URL; each unknown value is an error naming its parameter, and is ignored.</summary>
    public static EditGridFilter Parse(CatalogueSnapshot snapshot, string? family, string? region, out Dictionary<string, string[]> errors)
    {
        errors = [];
        CodeFamily? foundFamily = null;
        if (!string.IsNullOrWhiteSpace(family) && (foundFamily = CodeFamilies.Find(snapshot, family)) is null)
            errors["family"] = [$"Unknown family: {SafeEcho.Quote(family)}. Use one of: {string.Join(", ", CodeFamilies.All(snapshot).Select(f => f.Slug))}."];
        Region? foundRegion = null;
        if (!string.IsNullOrWhiteSpace(region))
        {
            if (Vocabulary.TryParse<Region>(region, out var parsed))
                foundRegion = parsed;
            else
                errors["region"] = [$"Unknown region: {SafeEcho.Quote(region)}. Use one of: {string.Join(", ", Vocabulary.Slugs<Region>())}."];
        }
        return new EditGridFilter(foundFamily, foundRegion);
    }
}

/// <summary>
/// Every catalogue code against every other: the rows are the codes the filter keeps, the columns always every code,
/// so a filter never hides a pair. Each row carries the MUE in force; each cell the catalogue relation and the NCCI
/// edits in force on the view's date of service (an edit deleted by then, or not yet effective, is left out).
/// </summary>
public sealed record EditGrid(IReadOnlyList<Code> Columns, IReadOnlyList<EditRow> Rows, DataStamp Stamp)
{
    public bool HasNcci => Rows.Any(r => r.Cells.Any(c => c.Ncci.Count > 0));

    public static EditGrid Build(CatalogueSnapshot view, EditGridFilter filter)
    {
        var date = view.DateOfService ?? DateOnly.MaxValue;
        var inForce = view.PtpEdits
            .Where(e => e.EffectiveDate <= date && (e.DeletionDate is null || e.DeletionDate > date))
            .ToList();

        EditCell Cell(Code row, Code column)
        {
            var relation = row.Relations.FirstOrDefault(r => r.RelatedCode == column.Id) is { } r
                ? new RelatedCode(r.RelatedCode, column.ShortLabel, r.Relation, r.Reason, r.Evidence)
                : null;
            var ncci = row.Id == column.Id ? [] : inForce
                .Where(e => (e.Column1 == row.Id && e.Column2 == column.Id) || (e.Column1 == column.Id && e.Column2 == row.Id))
                .Select(e => new PtpPair(column.Id, column.ShortLabel, e.Column1 == row.Id, e.ModifierIndicator,
                    PaymentIndicators.PtpModifier(e.ModifierIndicator), e.EffectiveDate, e.DeletionDate, e.Rationale))
                .ToList();
            return new EditCell(column.Id, relation, ncci);
        }

        // Pages always pass a dated view; an undated one (newest of everything) is stamped with its load date.
        var stamp = DataStamp.Of(view, view.DateOfService ?? DateOnly.FromDateTime(view.LoadedAt.UtcDateTime));
        var rows = view.Codes.Where(filter.Matches)
            .Select(code => new EditRow(code,
                view.Mues.TryGetValue(code.Id, out var m)
                    ? new MueLimit(m.Value, m.AdjudicationIndicator, PaymentIndicators.MueAdjudication(m.AdjudicationIndicator), m.Rationale, stamp.Mue)
                    : null,
                view.Codes.Select(column => Cell(code, column)).ToList()))
            .ToList();
        return new EditGrid(view.Codes, rows, stamp);
    }

    /// <summary>The word a cell shows for a relation; the legend and the reason say it in full.</summary>
    public static string ShortName(RelationKind kind) => kind switch
    {
        RelationKind.NeverWith => "Never with",
        RelationKind.BilledInstead => "Instead",
        RelationKind.AddWith => "Add with",
        RelationKind.ReplacedBy => "Replaced by",
        _ => "Check",
    };

    /// <summary>The first digit of the MUE adjudication indicator (1 claim line, 2 and 3 date of service).</summary>
    public static string IndicatorDigit(MueLimit mue) => mue.Indicator.Trim() is [var first, ..] ? first.ToString() : "";

    /// <summary>
    /// The grid as tab-separated text, one line per row, for pasting into a spreadsheet: a header line of codes,
    /// then each row's code, label, MUE and cells (<see cref="EditCell.Text"/>). Reasons stay on the page.
    /// </summary>
    public string ToTsv()
    {
        var text = new StringBuilder();
        text.AppendJoin('\t', ["Code", "Label", "MUE", .. Columns.Select(c => c.Id)]).Append('\n');
        foreach (var row in Rows)
        {
            var mue = row.Mue is { } m ? $"{m.Value} (indicator {IndicatorDigit(m)})" : "";
            text.AppendJoin('\t', [row.Code.Id, Clean(row.Code.ShortLabel), mue, .. row.Cells.Select(c => Clean(c.Text))]).Append('\n');
        }
        return text.ToString();
    }

    static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
