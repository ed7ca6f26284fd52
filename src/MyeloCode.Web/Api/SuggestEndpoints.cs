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
        // Deterministic per URL, catalogue revision and today's date (the audit note names it): cached like the other GET APIs.
        var api = routes.MapGroup("/api/suggest").WithTags("Suggestions").CacheOutput(CatalogueCache.Policy);
        api.MapGet("", GetSuggestion)
            .WithName("GetSuggestion")
            .WithSummary("Codes to report for a myelography case, with the reason for each decision, warnings and the codes not to report with them");
        return api;
    }

    static Results<Ok<SuggestionDto>, ValidationProblem, ProblemHttpResult> GetSuggestion(
        [Description("Regions imaged by conventional myelography, comma-separated: cervical, thoracic, lumbosacral; or posterior-fossa alone (70010). Absent or empty: none (CT only).")] string? regions,
        [Description("How contrast reached the canal: lumbar, c1c2 or none.")] string? route,
        [Description("Whose claim is coded: both, injecting, interpreting, or technical (the office or imaging centre that owns the equipment; only with setting=office).")] string? billing,
        [Description("Regions scanned by CT after the contrast, comma-separated. Absent or empty: no CT.")] string? ct,
        [Description("Who bills the technical side: facility (hospital, ASC or other facility; the default: split codes carry 26) or office (the practice owns the equipment: global codes).")] string? setting,
        [Description("completed (the default) or discontinued (started and stopped because of the patient's condition: the planned code carries 53).")] string? outcome,
        [Description("Whether this claim's provider read the CT: this or other. Default: this for both and interpreting, other for injecting and technical.")] string? ctReader,
        [Description("Regions of ct also scanned before the contrast, comma-separated: their CT is the without-then-with code (72127, 72130, 72133).")] string? ctBefore,
        [Description("Date of service, YYYY-MM-DD (default today): the MUE and NCCI PTP versions in force on it are checked.")] string? dos,
        CatalogueStore store, TimeProvider clock)
    {
        var valid = SuggestionRequest.TryParse(new SuggestionQuery(regions, route, billing, ct, setting, outcome, ctReader, ctBefore), out var request, out var errors);
        if (!DateOfService.TryView(dos, store, clock, out var view, out var dosErrors))
            errors[DatesOfService.Parameter] = dosErrors[DatesOfService.Parameter];
        if (!valid || errors.Count > 0)
            return TypedResults.ValidationProblem(errors, detail: "The case cannot be coded as given; each error names the parameter to change.");
        // Right after start-up, or when data/codes cannot be loaded into a new database, there is nothing to suggest from.
        if (store.Current.Codes.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The catalogue is not loaded",
                detail: "Try again in a few seconds; /healthz says when the catalogue is ready.");
        var suggestion = SuggestionRules.Suggest(request!, view);
        var note = AuditNote.Write(request!, suggestion, view, DateOfService.TodayOf(clock));
        return TypedResults.Ok(suggestion.ToDto(note));
    }
}
