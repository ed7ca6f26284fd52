namespace MyeloCode.Import;

/// <summary>
/// A column an importer knows, found by its header name (compared without case or spacing). <paramref name="Required"/>
/// columns are the ones it stores; the others belong to the layout but are not read. <paramref name="NameContains"/>:
/// the header only has to contain the name (the NCCI file writes "Modifier 0=not allowed 1=allowed 9=not applicable").
/// </summary>
public sealed record KnownColumn(string Name, bool Required = true, bool NameContains = false)
{
    public string Key { get; } = ImportFields.Squash(Name);

    public bool Matches(string header) => NameContains ? ImportFields.Squash(header).Contains(Key, StringComparison.Ordinal) : ImportFields.Squash(header) == Key;
}

/// <summary>
/// Where each known column sits in one file. CMS adds columns between releases (PRIC IND in the CY2026 fee schedule
/// file), so columns are found by name, never by position or count: a column no importer knows is left out and named,
/// a missing required column refuses the file, naming it.
/// </summary>
public sealed class HeaderColumns
{
    readonly Dictionary<string, int> _index;

    HeaderColumns(Dictionary<string, int> index, IReadOnlyList<string> names, IReadOnlyList<string> ignored)
    {
        _index = index;
        Names = names;
        Ignored = ignored;
    }

    /// <summary>The header's width: every data row must have as many fields.</summary>
    public int Count => Names.Count;

    /// <summary>Each column's name as the file spells it (stacked header rows joined by spaces).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>What the import's output says about columns it did not read: "ignored column 24 'PRIC IND'".</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>The 0-based index of a known column; -1 when the layout lacks an optional one.</summary>
    public int this[KnownColumn column] => _index.GetValueOrDefault(column.Key, -1);

    /// <summary>"column 6 (WORK RVU)", for row errors.</summary>
    public string Describe(int index) => $"column {index + 1} ({Names[index]})";

    /// <summary>The map for these header names, or null with the reason (a missing required column, one named twice).</summary>
    public static HeaderColumns? Find(IReadOnlyList<string> names, IReadOnlyList<KnownColumn> known, out string? problem)
    {
        problem = null;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        var shown = names.Select(n => string.Join(' ', n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            if (known.FirstOrDefault(k => !index.ContainsKey(k.Key) && k.Matches(shown[i])) is { } column)
                index[column.Key] = i;
            else if (known.FirstOrDefault(k => k.Matches(shown[i])) is { } twice)
            {
                problem = $"wrong header: columns {index[twice.Key] + 1} and {i + 1} are both '{twice.Name}'.";
                return null;
            }
            else if (shown[i].Length > 0)
                ignored.Add($"ignored column {i + 1} {ImportFields.Quote(shown[i])}");
            else
                ignored.Add($"ignored column {i + 1} (no name)");
        }
        var missing = known.Where(k => k.Required && !index.ContainsKey(k.Key)).Select(k => $"'{k.Name}'").ToList();
        if (missing.Count > 0)
        {
            problem = $"wrong header: no column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} (the header has {shown.Count} columns; is this the right file?).";
            return null;
        }
        return new HeaderColumns(index, shown, ignored);
    }
}
