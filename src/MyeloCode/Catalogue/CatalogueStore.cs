using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MyeloCode.Data;

namespace MyeloCode.Catalogue;

/// <summary>
/// Holds the current <see cref="CatalogueSnapshot"/> and swaps in a new one when the database's revision moves
/// (a catalogue load, or an import by the command-line tool in another process). Readers never see half a change:
/// the snapshot is built from one read transaction and replaced in one assignment.
/// </summary>
public sealed class CatalogueStore(IDbContextFactory<MyeloDbContext> factory)
{
    volatile CatalogueSnapshot _current = CatalogueSnapshot.Empty;

    public CatalogueSnapshot Current => _current;

    public async Task<long> ReadRevisionAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.CatalogueStates.Select(s => s.Revision).SingleOrDefaultAsync(ct);
    }

    /// <summary>Reloads when the stored revision differs from the snapshot's; true when it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // A deferred transaction: in WAL mode every query below sees the same committed state, without a write lock.
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, ct);
        var state = await db.CatalogueStates.SingleOrDefaultAsync(ct);
        if (state is null || state.Revision == _current.Revision)
            return false;

        var codes = await db.Codes.Include(c => c.Relations).Include(c => c.Diagnoses).Include(c => c.Medicare).Include(c => c.Mues)
            .AsSplitQuery().ToListAsync(ct);
        var imports = await db.Imports.ToListAsync(ct);
        var snapshot = new CatalogueSnapshot(state.Revision, state.LoadedAt, codes,
            await db.OfficialDescriptors.ToListAsync(ct), await db.PfsRvus.ToListAsync(ct),
            await db.PtpEdits.ToListAsync(ct), await db.MueValues.ToListAsync(ct), imports)
        {
            DataId = DataFingerprint.Of(state.DataHash, imports),
        };
        await transaction.CommitAsync(ct);

        _current = snapshot;
        return true;
    }
}
