using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MyeloCode.Catalogue;

namespace MyeloCode.Data.Configurations;

internal sealed class CodeConfiguration : IEntityTypeConfiguration<Code>
{
    public void Configure(EntityTypeBuilder<Code> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(5);
        builder.Property(c => c.ShortLabel).HasMaxLength(28);
        builder.HasMany(c => c.Relations).WithOne().HasForeignKey(r => r.CodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Diagnoses).WithOne().HasForeignKey(d => d.CodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Medicare).WithOne().HasForeignKey(m => m.CodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Mues).WithOne().HasForeignKey(m => m.CodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CodeMueConfiguration : IEntityTypeConfiguration<CodeMue>
{
    public void Configure(EntityTypeBuilder<CodeMue> builder) =>
        builder.HasIndex(m => new { m.CodeId, m.EffectiveFrom }).IsUnique();
}

internal sealed class CodeRelationConfiguration : IEntityTypeConfiguration<CodeRelation>
{
    public void Configure(EntityTypeBuilder<CodeRelation> builder) =>
        builder.HasIndex(r => new { r.CodeId, r.RelatedCode }).IsUnique();
}

internal sealed class CatalogueStateConfiguration : IEntityTypeConfiguration<CatalogueState>
{
    public void Configure(EntityTypeBuilder<CatalogueState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        // DateTimeOffset as text sorts wrongly in SQLite; ticks do not.
        builder.Property(s => s.LoadedAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
    }
}
