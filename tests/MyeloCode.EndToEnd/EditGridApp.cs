using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Import;
using MyeloCode.Tests.Import;
using MyeloCode.Web.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>
/// A second app on Kestrel with two versions of each CMS file imported (<see cref="TwoYears"/>), so the edit grid has
/// NCCI edits and MUEs to show; the shared app stays as shipped, with nothing imported.
/// </summary>
public sealed class EditGridApp : IAsyncLifetime
{
    readonly MyeloWebApplicationFactory _app = new MyeloWebApplicationFactory().OnKestrel();

    public Uri BaseAddress => _app.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        var ct = TestContext.Current.CancellationToken;
        foreach (var (kind, name, content) in TwoYears.Files)
        {
            var path = Path.Combine(_app.Folder.CreateSubdirectory(Guid.NewGuid().ToString("N")[..8]).FullName, name);
            await File.WriteAllTextAsync(path, content, ct);
            await using var db = new MyeloDbContext(SqliteSetup.Options(_app.ConnectionString));
            var result = await Importer.ImportAsync(db, kind, [path], new ImportOptions(), ct);
            if (result.Outcome != ImportOutcome.Imported)
                throw new InvalidOperationException($"{name}: {string.Join("; ", result.Validation.Errors)}");
        }
        // Take the new snapshot now rather than waiting for the import watcher's next tick.
        await _app.Services.GetRequiredService<CatalogueStore>().RefreshAsync(ct);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
