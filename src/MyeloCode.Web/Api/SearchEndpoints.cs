using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MyeloCode.Catalogue;
using MyeloCode.Search;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Api;

public sealed record SearchHitDto(string Code, string Label, string Kind, string? Region, string Route, double Score, IReadOnlyList<string> Why, string Url);

public sealed record SearchResponse(string Query, int Total, bool Partial, string? DidYouMean, IReadOnlyList<string> Unmatched, IReadOnlyList<SearchHitDto> Results);

public static class SearchEndpoints
{
    public const int MaxLimit = 50;

    public static RouteGroupBuilder MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/search").WithTags("Search").CacheOutput(CatalogueCache.Policy);
        api.MapGet("/", Search).WithName("Search")
            .WithSummary("Ranked codes for a code, code prefix or words (synonyms and small typos allowed), best first")
            .WithDescription("Each result says why it matched. 'didYouMean' is the query with typos corrected; 'partial' means no code matched every word.");
        return api;
    }

    static Results<Ok<SearchResponse>, ValidationProblem> Search(string? q, string? region, string? limit, CatalogueStore store)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
            errors["q"] = ["Give a code, a code prefix or words to search for, for example q=62302, q=623 or q=c-spine myelogram."];
        else if (q.Length > SearchIndex.MaxQueryLength)
            errors["q"] = [$"At most {SearchIndex.MaxQueryLength} characters."];
        var filter = CodeFilter.Parse(region, null, null, out var filterErrors);
        foreach (var (key, value) in filterErrors)
            errors[key] = value;
        var max = 20;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out max) || max is < 1 or > MaxLimit))
            errors["limit"] = [$"A whole number from 1 to {MaxLimit}."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var result = store.Current.Search.Search(q, filter.Region, max);
        var hits = result.Hits
            .Select(h => new SearchHitDto(h.Code.Id, h.Code.ShortLabel, h.Code.Kind.Slug(), h.Code.Region?.Slug(), h.Code.Route.Slug(),
                h.Score, h.Why, $"/codes/{h.Code.Id}"))
            .ToList();
        return TypedResults.Ok(new SearchResponse(result.Query, result.Total, result.Partial, result.DidYouMean, result.Unmatched, hits));
    }
}
