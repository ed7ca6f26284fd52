namespace MyeloCode.Import;

/// <summary>One file brought in by the command-line importer: what, from where, when.</summary>
public sealed class ImportRecord
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public int RowsRead { get; set; }
    public int RowsStored { get; set; }
    public int RowsSkipped { get; set; }
    /// <summary>The data's own date stamp: PFS year, NCCI quarter, MUE effective date, CPT release.</summary>
    public string? DataVersion { get; set; }
    /// <summary>
    /// The first date of service the file's data applies to: 1 January of a PFS year, an MUE file's effective date,
    /// the first day of an NCCI version's quarter; null for AMA files. Imports of the same kind and date replace each other.
    /// </summary>
    public DateOnly? EffectiveFrom { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    /// <summary>Not stored: a CMS release that ships in data/ and stands in for an import until a file of its version is imported.</summary>
    public bool Shipped { get; set; }
}

/// <summary>Official AMA descriptor text for a catalogue code, only present where a licensee imported it.</summary>
public sealed class OfficialDescriptor : IImportedRow
{
    public int Id { get; set; }
    public required string Code { get; set; }
    /// <summary>long, medium, short or consumer.</summary>
    public required string Form { get; set; }
    public required string Text { get; set; }
    public int ImportId { get; set; }
}

/// <summary>One row of the CMS physician fee schedule relative value file, for a catalogue code.</summary>
public sealed class PfsRvu : IImportedRow
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public string? Modifier { get; set; }
    public int Year { get; set; }
    /// <summary>From CY2026: QPP or nonQPP, the conversion factor of the file the row came from; null for single-factor years.</summary>
    public string? Variant { get; set; }
    public required string Status { get; set; }
    public decimal? Work { get; set; }
    public decimal? NonFacilityPe { get; set; }
    public decimal? FacilityPe { get; set; }
    public decimal? Malpractice { get; set; }
    public decimal? NonFacilityTotal { get; set; }
    public decimal? FacilityTotal { get; set; }
    public required string PcTcIndicator { get; set; }
    public required string GlobalPeriod { get; set; }
    public string? MultipleProcedure { get; set; }
    public string? Bilateral { get; set; }
    public string? AssistantSurgery { get; set; }
    public string? CoSurgery { get; set; }
    public string? TeamSurgery { get; set; }
    public decimal? ConversionFactor { get; set; }
    public string? PhysicianSupervision { get; set; }
    public string? DiagnosticImagingFamily { get; set; }
    public int ImportId { get; set; }
}

/// <summary>An NCCI procedure-to-procedure edit: column 2 is denied with column 1 unless the modifier indicator allows.</summary>
public sealed class PtpEdit : IImportedRow
{
    public int Id { get; set; }
    public required string Column1 { get; set; }
    public required string Column2 { get; set; }
    public bool InExistencePriorTo1996 { get; set; }
    public DateOnly EffectiveDate { get; set; }
    public DateOnly? DeletionDate { get; set; }
    /// <summary>0 never allowed, 1 allowed with an NCCI-associated modifier, 9 not applicable.</summary>
    public int ModifierIndicator { get; set; }
    public required string Rationale { get; set; }
    /// <summary>The first day of the NCCI version (quarter) this row came from; each version is a whole table.</summary>
    public DateOnly VersionFrom { get; set; }
    public int ImportId { get; set; }
}

/// <summary>A medically unlikely edit: the most units of a code one provider reports per claim line or day.</summary>
public sealed class MueValue : IImportedRow
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int Value { get; set; }
    public required string AdjudicationIndicator { get; set; }
    public required string Rationale { get; set; }
    /// <summary>The effective date of the MUE file (quarter) this row came from.</summary>
    public DateOnly VersionFrom { get; set; }
    public int ImportId { get; set; }
}

/// <summary>A row written by an import; it points at the <see cref="ImportRecord"/> of the file it came from.</summary>
public interface IImportedRow
{
    int Id { get; set; }
    int ImportId { get; set; }
}
