namespace MyeloCode.Import;

/// <summary>What a file brings in; the name is the command-line word and <see cref="ImportRecord.Kind"/>.</summary>
public enum ImportKind { CptDescriptors, CmsRvu, NcciPtp, Mue }

public static class ImportKinds
{
    public const string CptDescriptors = "cpt-descriptors";
    public const string CmsRvu = "cms-rvu";
    public const string NcciPtp = "ncci-ptp";
    public const string Mue = "mue";

    public static string Name(this ImportKind kind) => kind switch
    {
        ImportKind.CptDescriptors => CptDescriptors,
        ImportKind.CmsRvu => CmsRvu,
        ImportKind.NcciPtp => NcciPtp,
        ImportKind.Mue => Mue,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The AMA release is several files (one per descriptor form) and NCCI splits the PTP table in parts.</summary>
    public static bool TakesSeveralFiles(this ImportKind kind) => kind is ImportKind.CptDescriptors or ImportKind.NcciPtp;
}
