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
            .WithSummary("Codes of the catalogue, optionally filtered by region, route and kind; dos=YYYY-MM-DD is kept in their links")
            .WithDescription("A route filter also returns the supervision-and-interpretation codes, whose route is 'any'.");
        api.MapGet("/{code}", GetCode).WithName("GetCode")
            .WithSummary("One code with its relations, diagnoses, checklist, Medicare figures, NCCI/MUE data and sources")
            .WithDescription("dos=YYYY-MM-DD (default today) picks the Medicare year and the MUE and NCCI versions in force; medicare.matchesDateOfService is false when that year is not loaded and the latest earlier year is shown.");
        return api;
    }

    static Results<Ok<List<CodeSummary>>, ValidationProblem> ListCodes(string? region, string? route, string? kind, string? dos, CatalogueStore store, TimeProvider clock)
    {
        var filter = CodeFilter.Parse(region, route, kind, out var errors);
        if (!DateOfService.TryView(dos, store, clock, out var view, out var dosErrors))
            errors[DatesOfService.Parameter] = dosErrors[DatesOfService.Parameter];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(CatalogueQuery.Filter(view, filter).Select(c => CodeSummary.From(c, dos)).ToList());
    }

    static Results<Ok<CodeDetailDto>, ProblemHttpResult, ValidationProblem> GetCode(string code, string? dos, CatalogueStore store, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CodePattern().IsMatch(code))
            errors["code"] = ["A CPT code is five digits, for example 62302."];
        if (!DateOfService.TryView(dos, store, clock, out var view, out var dosErrors))
            errors[DatesOfService.Parameter] = dosErrors[DatesOfService.Parameter];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        if (CodeDetail.Build(view, code) is not { } detail)
        {
            // RFC 9457 problem details (application/problem+json) rather than NotFound<ProblemDetails>, which is plain JSON.
            return TypedResults.Problem(
                title: "Code not found",
                detail: $"{code} is not in the MyeloCode catalogue. Search with /api/search?q={code[..3]}.",
                statusCode: StatusCodes.Status404NotFound,
                instance: $"/api/codes/{code}");
        }
        return TypedResults.Ok(CodeDetailDto.From(detail, view.DateOfService!.Value, dos));
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex CodePattern();
}
