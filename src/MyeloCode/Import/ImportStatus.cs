using Microsoft.EntityFrameworkCore;
using MyeloCode.Data;

namespace MyeloCode.Import;

/// <summary>Every import made, newest first; <c>Current</c> marks those whose rows are in the tables now.</summary>
public sealed record ImportStatus(IReadOnlyList<(ImportRecord Record, bool Current)> Imports, int OfficialDescriptors, int PfsRvus, int PtpEdits, int MueValues)
{
    public static async Task<ImportStatus> ReadAsync(MyeloDbContext db, CancellationToken ct)
    {
        var imports = await db.Imports.AsNoTracking().ToListAsync(ct);
        var current = Importer.CurrentBySlot(imports).Values.SelectMany(r => r).Select(r => r.Id).ToHashSet();
        return new ImportStatus(
            imports.OrderByDescending(r => r.ImportedAt).ThenBy(r => r.Id).Select(r => (r, current.Contains(r.Id))).ToList(),
            await db.OfficialDescriptors.CountAsync(ct),
            await db.PfsRvus.CountAsync(ct),
            await db.PtpEdits.CountAsync(ct),
            await db.MueValues.CountAsync(ct));
    }
}
