using System.Security.Cryptography;
using System.Text;
using MyeloCode.Import;

namespace MyeloCode.Catalogue;

/// <summary>
/// What a database serves, as a short hash: the catalogue files' hash and the SHA-256 of every imported file in use.
/// Two instances with their own SQLite files serve the same data exactly when their fingerprints are equal; the
/// revision is a per-file counter (one more load or re-import moves it) and cannot tell that.
/// </summary>
public static class DataFingerprint
{
    public static string Of(string catalogueHash, IEnumerable<ImportRecord> imports)
    {
        var inUse = Importer.CurrentBySlot(imports.Where(i => !i.Shipped)).Values.SelectMany(records => records)
            .Select(r => $"{r.Kind}:{r.Sha256}").Order(StringComparer.Ordinal);
        var text = string.Join('\n', inUse.Prepend(catalogueHash));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
