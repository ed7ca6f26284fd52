namespace MyeloCode.Catalogue;

/// <summary>One CPT code of the catalogue, as written by us in data/codes/&lt;code&gt;.json.</summary>
public sealed class Code
{
    public required string Id { get; set; }
    public required string ShortLabel { get; set; }
    public required string Descriptor { get; set; }
    public List<string> Narrative { get; set; } = [];
    public CodeKind Kind { get; set; }
    public Region? Region { get; set; }
    public InjectionRoute Route { get; set; }
    public bool IncludesSupervisionAndInterpretation { get; set; }
    public required string PcTcIndicator { get; set; }
    public required string GlobalPeriod { get; set; }
    public required string Status { get; set; }
    public int? EffectiveYear { get; set; }
    public List<string> Documentation { get; set; } = [];
    public List<string> Unconfirmed { get; set; } = [];
    public List<CodeRelation> Relations { get; set; } = [];
    public List<CodeDiagnosis> Diagnoses { get; set; } = [];
    public List<MedicareFigure> Medicare { get; set; } = [];
    /// <summary>Practitioner MUE values shipped with the catalogue, one per CMS quarter (an imported file of that quarter replaces them).</summary>
    public List<CodeMue> Mues { get; set; } = [];
}

public sealed class CodeRelation
{
    public int Id { get; set; }
    public required string CodeId { get; set; }
    public required string RelatedCode { get; set; }
    public RelationKind Relation { get; set; }
    public required string Reason { get; set; }
    public Evidence Evidence { get; set; }
}

public sealed class CodeDiagnosis
{
    public int Id { get; set; }
    public required string CodeId { get; set; }
    public required string Icd10 { get; set; }
    public required string Description { get; set; }
    /// <summary>Null: supports any region.</summary>
    public Region? Region { get; set; }
}

/// <summary>One line of Medicare physician fee schedule figures (global, -26 or -TC). Null: not given by the source.</summary>
public sealed class MedicareFigure
{
    public int Id { get; set; }
    public required string CodeId { get; set; }
    public string? Modifier { get; set; }
    public int Year { get; set; }
    public required string Source { get; set; }
    /// <summary>From CY2026 CMS publishes a QPP and a non-QPP file; which one these figures copy (null: a single-factor year).</summary>
    public string? Variant { get; set; }
    public decimal? ConversionFactor { get; set; }
    public decimal? Work { get; set; }
    public decimal? NonFacilityPe { get; set; }
    public decimal? FacilityPe { get; set; }
    public decimal? Malpractice { get; set; }
    public decimal? NonFacilityTotal { get; set; }
    public decimal? FacilityTotal { get; set; }
}

/// <summary>One code's value in a CMS practitioner MUE file, as shipped in data/codes (CMS public data, with its file).</summary>
public sealed class CodeMue
{
    public int Id { get; set; }
    public required string CodeId { get; set; }
    /// <summary>The effective date of the MUE file: the first date of service of its quarter.</summary>
    public DateOnly EffectiveFrom { get; set; }
    public int Value { get; set; }
    /// <summary>1 claim line, 2 date of service (policy), 3 date of service (clinical).</summary>
    public required string AdjudicationIndicator { get; set; }
    public required string Rationale { get; set; }
    /// <summary>The CMS file name, e.g. MCR_MUE_PractitionerServices_Eff_04-01-2026.csv.</summary>
    public required string File { get; set; }
}

/// <summary>A single row that says which catalogue is in the database and bumps on every change (load or import).</summary>
public sealed class CatalogueState
{
    public int Id { get; set; } = 1;
    public required string DataHash { get; set; }
    public long Revision { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}
