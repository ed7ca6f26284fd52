using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using MyeloCode.Catalogue;
using MyeloCode.Suggestions;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Api;

public static class SuggestEndpoints
{
    public static RouteGroupBuilder MapSuggestEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/suggest").WithTags("Suggestions");
        api.MapGet("", GetSuggestion)
            .WithName("GetSuggestion")
            .WithSummary("Codes to report for a myelography case, with the reason for each decision, warnings and the codes not to report with them");
        return api;
    }

    static Results<Ok<SuggestionDto>, ValidationProblem, ProblemHttpResult> GetSuggestion(
        [Description("Regions imaged by conventional myelography, comma-separated: cervical, thoracic, lumbosacral. Absent or empty: none (CT only).")] string? regions,
        [Description("How contrast reached the canal: lumbar, c1c2 or none.")] string? route,
        [Description("Whose claim is coded: both, injecting or interpreting.")] string? billing,
        [Description("Regions scanned by CT after the contrast, comma-separated. Absent or empty: no CT.")] string? ct,
        [Description("Date of service, YYYY-MM-DD (default today): the MUE and NCCI PTP versions in force on it are checked.")] string? dos,
        CatalogueStore store, TimeProvider clock)
    {
        var valid = SuggestionRequest.TryParse(regions, route, billing, ct, out var request, out var errors);
        if (!DateOfService.TryView(dos, store, clock, out var view, out var dosErrors))
            errors[DatesOfService.Parameter] = dosErrors[DatesOfService.Parameter];
        if (!valid || errors.Count > 0)
            return TypedResults.ValidationProblem(errors, detail: "The case cannot be coded as given; each error names the parameter to change.");
        // Right after start-up, or when data/codes cannot be loaded into a new database, there is nothing to suggest from.
        if (store.Current.Codes.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The catalogue is not loaded",
                detail: "Try again in a few seconds; /healthz says when the catalogue is ready.");
        return TypedResults.Ok(SuggestionRules.Suggest(request!, view).ToDto());
    }
}
