namespace MyeloCode.Catalogue;

/// <summary>Codes that differ only by the spinal region imaged, such as 62302-62305 or 72240-72270.</summary>
public sealed record CodeFamily(string Slug, string Name, IReadOnlyList<Code> Codes);

public static class CodeFamilies
{
    static readonly Region[] SpinalRegions = [Region.Cervical, Region.Thoracic, Region.Lumbosacral, Region.TwoOrMore];

    /// <summary>
    /// Codes of one kind and route with one code per spinal region. The CT codes are left out: each region has a
    /// with- and a without-contrast code, so they are not region siblings (compare them with <c>?codes=</c>).
    /// </summary>
    public static IReadOnlyList<CodeFamily> All(CatalogueSnapshot snapshot) =>
        snapshot.Codes
            .Where(c => c.Region is { } region && SpinalRegions.Contains(region))
            .GroupBy(c => (c.Kind, c.Route))
            .Where(g => g.Count() > 1 && g.Select(c => c.Region).Distinct().Count() == g.Count())
            .OrderBy(g => g.Key.Kind)
            .Select(g => new CodeFamily(Slug(g.Key.Kind, g.Key.Route), Name(g.Key.Kind, g.Key.Route), g.OrderBy(c => c.Region).ToList()))
            .ToList();

    public static CodeFamily? Of(CatalogueSnapshot snapshot, Code code) =>
        All(snapshot).FirstOrDefault(f => f.Codes.Any(c => c.Id == code.Id));

    public static CodeFamily? Find(CatalogueSnapshot snapshot, string? slug) =>
        All(snapshot).FirstOrDefault(f => string.Equals(f.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    static string Slug(CodeKind kind, InjectionRoute route) =>
        route is InjectionRoute.Lumbar or InjectionRoute.C1C2 ? $"{kind.Slug()}-{route.Slug()}" : kind.Slug();

    static string Name(CodeKind kind, InjectionRoute route) =>
        route is InjectionRoute.Lumbar or InjectionRoute.C1C2 ? $"{kind.Name()}, {route.Name().ToLowerInvariant()}" : kind.Name();
}
