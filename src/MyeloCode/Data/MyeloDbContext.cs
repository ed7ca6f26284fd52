using Microsoft.EntityFrameworkCore;
using MyeloCode.Catalogue;
using MyeloCode.Import;

namespace MyeloCode.Data;

/// <remarks>
/// New migration: <c>dotnet ef migrations add Name --project src/MyeloCode --startup-project src/MyeloCode --output-dir Data/Migrations</c>
/// </remarks>
public sealed class MyeloDbContext(DbContextOptions<MyeloDbContext> options) : DbContext(options)
{
    // Catalogue tables: rewritten from data/ by CatalogueLoader.
    public DbSet<Code> Codes => Set<Code>();
    public DbSet<CodeRelation> CodeRelations => Set<CodeRelation>();
    public DbSet<CodeDiagnosis> CodeDiagnoses => Set<CodeDiagnosis>();
    public DbSet<MedicareFigure> MedicareFigures => Set<MedicareFigure>();
    public DbSet<CodeMue> CodeMues => Set<CodeMue>();
    public DbSet<CatalogueState> CatalogueStates => Set<CatalogueState>();

    // Imported tables: written only by the command-line importer, never touched by the catalogue load.
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();
    public DbSet<OfficialDescriptor> OfficialDescriptors => Set<OfficialDescriptor>();
    public DbSet<PfsRvu> PfsRvus => Set<PfsRvu>();
    public DbSet<PtpEdit> PtpEdits => Set<PtpEdit>();
    public DbSet<MueValue> MueValues => Set<MueValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MyeloDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable with the sqlite3 shell.
        configurationBuilder.Properties<Region>().HaveConversion<string>();
        configurationBuilder.Properties<InjectionRoute>().HaveConversion<string>();
        configurationBuilder.Properties<CodeKind>().HaveConversion<string>();
        configurationBuilder.Properties<RelationKind>().HaveConversion<string>();
        configurationBuilder.Properties<Evidence>().HaveConversion<string>();
        // SQLite has no decimal type; RVUs have two decimals and the conversion factor four, so text keeps them exact.
        configurationBuilder.Properties<decimal>().HaveConversion<string>();
    }
}
