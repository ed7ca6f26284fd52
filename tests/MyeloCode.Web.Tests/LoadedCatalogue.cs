using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Tests;

namespace MyeloCode.Web.Tests;

/// <summary>A <see cref="CatalogueStore"/> over a real SQLite file holding data/codes, for component tests.</summary>
public sealed class LoadedCatalogue : IAsyncLifetime
{
    TestDatabase? _database;

    public CatalogueStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(loadCatalogue: true);
        Store = new CatalogueStore(new PooledDbContextFactory<MyeloDbContext>(SqliteSetup.Options(_database.ConnectionString)));
        await Store.RefreshAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
