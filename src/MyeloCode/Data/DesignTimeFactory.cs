using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MyeloCode.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MyeloDbContext>
{
    public MyeloDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MyeloDbContext>().UseSqlite("Data Source=design.db").Options);
}
