using Microsoft.EntityFrameworkCore.Infrastructure;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Search;
using MyeloCode.Tests;

namespace MyeloCode.Web.Tests.Components;

/// <summary>A catalogue store over a real SQLite file holding the shipped catalogue, for page components.</summary>
public sealed class CatalogueFixture : IAsyncLifetime
{
    TestDatabase? _database;

    public CatalogueStore Store { get; private set; } = null!;
    public CatalogueSearch Search { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(loadCatalogue: true);
        Store = new CatalogueStore(new PooledDbContextFactory<MyeloDbContext>(SqliteSetup.Options(_database.ConnectionString)));
        await Store.RefreshAsync(TestContext.Current.CancellationToken);
        Search = new CatalogueSearch(Store);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
            await _database.DisposeAsync();
    }
}
