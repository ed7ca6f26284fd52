using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using MyeloCode.Catalogue;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Api;

public static partial class CodeEndpoints
{
    public static RouteGroupBuilder MapCodeEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/codes").WithTags("Codes").CacheOutput(CatalogueCache.Policy);
        api.MapGet("/", ListCodes).WithName("ListCodes")
            .WithSummary("Codes of the catalogue, optionally filtered by region, route and kind")
            .WithDescription("A route filter also returns the supervision-and-interpretation codes, whose route is 'any'.");
        api.MapGet("/{code}", GetCode).WithName("GetCode")
            .WithSummary("One code with its relations, diagnoses, checklist, Medicare figures, NCCI/MUE data and sources");
        return api;
    }

    static Results<Ok<List<CodeSummary>>, ValidationProblem> ListCodes(string? region, string? route, string? kind, CatalogueStore store)
    {
        var filter = CodeFilter.Parse(region, route, kind, out var errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(CatalogueQuery.Filter(store.Current, filter).Select(CodeSummary.From).ToList());
    }

    static Results<Ok<CodeDetailDto>, ProblemHttpResult, ValidationProblem> GetCode(string code, CatalogueStore store)
    {
        if (!CodePattern().IsMatch(code))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["A CPT code is five digits, for example 62302."] });
        if (CodeDetail.Build(store.Current, code) is not { } detail)
        {
            // RFC 9457 problem details (application/problem+json) rather than NotFound<ProblemDetails>, which is plain JSON.
            return TypedResults.Problem(
                title: "Code not found",
                detail: $"{code} is not in the MyeloCode catalogue. Search with /api/search?q={code[..3]}.",
                statusCode: StatusCodes.Status404NotFound,
                instance: $"/api/codes/{code}");
        }
        return TypedResults.Ok(CodeDetailDto.From(detail));
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex CodePattern();
}
