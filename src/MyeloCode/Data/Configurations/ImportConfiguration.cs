using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MyeloCode.Import;

namespace MyeloCode.Data.Configurations;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.Property(i => i.ImportedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        builder.HasIndex(i => new { i.Kind, i.Sha256 });
        builder.Ignore(i => i.Shipped);
    }
}

internal sealed class OfficialDescriptorConfiguration : IEntityTypeConfiguration<OfficialDescriptor>
{
    public void Configure(EntityTypeBuilder<OfficialDescriptor> builder)
    {
        builder.HasIndex(d => new { d.Code, d.Form }).IsUnique();
        builder.HasOne<ImportRecord>().WithMany().HasForeignKey(d => d.ImportId);
    }
}

internal sealed class PfsRvuConfiguration : IEntityTypeConfiguration<PfsRvu>
{
    public void Configure(EntityTypeBuilder<PfsRvu> builder)
    {
        builder.HasIndex(r => new { r.Code, r.Modifier, r.Year, r.Variant }).IsUnique();
        builder.HasOne<ImportRecord>().WithMany().HasForeignKey(r => r.ImportId);
    }
}

internal sealed class PtpEditConfiguration : IEntityTypeConfiguration<PtpEdit>
{
    public void Configure(EntityTypeBuilder<PtpEdit> builder)
    {
        builder.HasIndex(e => new { e.VersionFrom, e.Column1, e.Column2, e.EffectiveDate }).IsUnique();
        builder.HasIndex(e => e.Column2);
        builder.HasOne<ImportRecord>().WithMany().HasForeignKey(e => e.ImportId);
    }
}

internal sealed class MueValueConfiguration : IEntityTypeConfiguration<MueValue>
{
    public void Configure(EntityTypeBuilder<MueValue> builder)
    {
        builder.HasIndex(m => new { m.VersionFrom, m.Code }).IsUnique();
        builder.HasOne<ImportRecord>().WithMany().HasForeignKey(m => m.ImportId);
    }
}
