namespace MyeloCode.Import;

/// <summary>Why a file was rejected: the file, the line (0 for the whole file) and the reason, in the coder's words.</summary>
public sealed record ImportError(string File, int Line, string Reason)
{
    public override string ToString() => (File, Line) switch
    {
        ("", _) => Reason,
        (_, > 0) => $"{File}:{Line}: {Reason}",
        _ => $"{File}: {Reason}",
    };
}

/// <summary>Collects every error of a validation; keeps the first <paramref name="keep"/> so a garbage file cannot fill memory.</summary>
public sealed class ImportProblems(int keep = ImportProblems.DefaultKeep)
{
    public const int DefaultKeep = 1000;
    readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;
    public int Count { get; private set; }
    public bool Any => Count > 0;

    public void Add(string file, int line, string reason)
    {
        Count++;
        if (_errors.Count < keep)
            _errors.Add(new ImportError(file, line, reason));
    }
}
