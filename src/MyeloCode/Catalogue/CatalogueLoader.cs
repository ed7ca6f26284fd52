using Microsoft.EntityFrameworkCore;
using MyeloCode.Data;

namespace MyeloCode.Catalogue;

public enum LoadOutcome { Loaded, Unchanged }

/// <summary>Makes the catalogue tables hold exactly what data/ holds, in one transaction; imported tables are left alone.</summary>
public static class CatalogueLoader
{
    public static async Task<LoadOutcome> LoadAsync(MyeloDbContext db, CatalogueData data, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var state = await db.CatalogueStates.AsTracking().SingleOrDefaultAsync(ct);
        if (state is not null && state.DataHash == data.Hash && await db.Codes.CountAsync(ct) == data.Codes.Count)
            return LoadOutcome.Unchanged;

        await db.CodeRelations.ExecuteDeleteAsync(ct);
        await db.CodeDiagnoses.ExecuteDeleteAsync(ct);
        await db.MedicareFigures.ExecuteDeleteAsync(ct);
        await db.CodeMues.ExecuteDeleteAsync(ct);
        await db.Codes.ExecuteDeleteAsync(ct);
        await StopPoint.ReachAsync("catalogue-load:deleted", ct);
        db.Codes.AddRange(data.Codes);

        if (state is null)
        {
            state = new CatalogueState { DataHash = data.Hash };
            db.CatalogueStates.Add(state);
        }
        state.DataHash = data.Hash;
        state.Revision++;
        state.LoadedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        await StopPoint.ReachAsync("catalogue-load:before-commit", ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        await StopPoint.ReachAsync("catalogue-load:committed", ct);
        return LoadOutcome.Loaded;
    }

    /// <summary>Bumps the revision so running apps reload their snapshot; called inside an import's transaction.</summary>
    public static Task BumpRevisionAsync(MyeloDbContext db, CancellationToken ct) =>
        db.CatalogueStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.Revision, x => x.Revision + 1), ct);
}
