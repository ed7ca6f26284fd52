using MyeloCode.Catalogue;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Api;

/// <summary>A code in a list: enums as the slugs used in URLs (cervical, c1c2, supervision-interpretation).</summary>
public sealed record CodeSummary(string Code, string Label, string Kind, string? Region, string Route, string Url)
{
    public static CodeSummary From(Code code, string? dos = null) =>
        new(code.Id, code.ShortLabel, code.Kind.Slug(), code.Region?.Slug(), code.Route.Slug(), DateOfService.WithDos($"/codes/{code.Id}", dos));
}

public sealed record RelatedCodeDto(string Code, string? Label, string Relation, string Reason, string Evidence);

public sealed record DiagnosisDto(string Icd10, string Description, string? Region);

/// <param name="Year">The year of the figures shown.</param>
/// <param name="MatchesDateOfService">Whether that is the date of service's year; when not, <paramref name="Notice"/> says which file to import.</param>
/// <param name="Variant">From CY2026: QPP or nonQPP, the conversion factor the amounts use; <paramref name="VariantNote"/> names the other.</param>
public sealed record MedicareDto(int Year, bool MatchesDateOfService, string? Notice, string Source, bool Imported, decimal? ConversionFactor,
    IReadOnlyList<MedicareRow> Rows, string? Variant, string? VariantNote);

public sealed record PtpDto(string OtherCode, string? OtherLabel, int Column, int ModifierIndicator, string ModifierMeaning,
    DateOnly Effective, DateOnly? Deleted, string Rationale);

public sealed record CodeDetailDto(
    DateOnly DateOfService, string Code, string Label, string Descriptor, IReadOnlyList<string> Narrative, string Kind, string? Region, string Route,
    bool IncludesInjection, bool IncludesSupervisionAndInterpretation, string PcTcIndicator, string GlobalPeriod, string Status,
    int? EffectiveYear, IReadOnlyList<string> Modifiers, IReadOnlyList<OfficialText> Official,
    IReadOnlyList<RelatedCodeDto> NeverWith, IReadOnlyList<RelatedCodeDto> BilledInstead, IReadOnlyList<RelatedCodeDto> AddWith,
    IReadOnlyList<string> Siblings, IReadOnlyList<DiagnosisDto> Diagnoses, IReadOnlyList<string> Documentation,
    MedicareDto? Medicare, IReadOnlyList<PtpDto> NcciPairs, MueLimit? Mue, IReadOnlyList<string> Unconfirmed,
    IReadOnlyList<SourceLine> Sources, string Url, IReadOnlyList<RelatedCodeDto> CheckWith)
{
    public static CodeDetailDto From(CodeDetail detail, DateOnly dateOfService, string? dos = null)
    {
        var code = detail.Code;
        static RelatedCodeDto Related(RelatedCode r) => new(r.Code, r.Label, r.Relation.Slug(), r.Reason, r.Evidence.Slug());
        return new CodeDetailDto(
            dateOfService, code.Id, code.ShortLabel, code.Descriptor, code.Narrative, code.Kind.Slug(), code.Region?.Slug(), code.Route.Slug(),
            detail.IncludesInjection, code.IncludesSupervisionAndInterpretation, detail.PcTcIndicator, detail.GlobalPeriod, detail.Status,
            code.EffectiveYear, detail.Modifiers, detail.Official,
            detail.NeverWith.Select(Related).ToList(), detail.BilledInstead.Select(Related).ToList(), detail.AddWith.Select(Related).ToList(),
            detail.Family?.Codes.Where(c => c.Id != code.Id).Select(c => c.Id).ToList() ?? [],
            code.Diagnoses.Select(d => new DiagnosisDto(d.Icd10, d.Description, d.Region?.Slug())).ToList(),
            code.Documentation,
            detail.Medicare is { } m ? new MedicareDto(m.Year, m.MatchesDateOfService, m.StaleNotice, m.Source, m.Imported, m.ConversionFactor, m.Rows, m.Variant, m.VariantNote) : null,
            detail.Ptp.Select(p => new PtpDto(p.OtherCode, p.OtherLabel, p.ThisIsColumn1 ? 1 : 2, p.ModifierIndicator, p.ModifierMeaning,
                p.Effective, p.Deleted, p.Rationale)).ToList(),
            detail.Mue, code.Unconfirmed, detail.Sources, MyeloCode.Web.Catalogue.DateOfService.WithDos($"/codes/{code.Id}", dos),
            detail.CheckWith.Select(Related).ToList());
    }
}
