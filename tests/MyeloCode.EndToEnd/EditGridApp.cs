using Microsoft.Extensions.DependencyInjection;
using MyeloCode.Catalogue;
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
        await TwoYears.ImportAllAsync(_app.ConnectionString, _app.Folder);
        // Take the new snapshot now rather than waiting for the import watcher's next tick.
        await _app.Services.GetRequiredService<CatalogueStore>().RefreshAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
