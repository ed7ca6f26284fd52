using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using MyeloCode.Catalogue;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Api;

public sealed record AboutDto(string App, string Version, DataStamp Data);

public static class AboutEndpoints
{
    static readonly string AppVersion =
        typeof(AboutEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AboutEndpoints).Assembly.GetName().Version?.ToString() ?? "unknown";

    public static RouteGroupBuilder MapAboutEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/about").WithTags("About");
        api.MapGet("", GetAbout).WithName("GetAbout")
            .WithSummary("The app's version and the data stamp every page's footer shows: catalogue revision and date, the Medicare year for the date of service, NCCI and MUE versions")
            .WithDescription("dos=YYYY-MM-DD (default today) is the date of service the stamp is for.");
        return api;
    }

    static Results<Ok<AboutDto>, ValidationProblem> GetAbout(string? dos, CatalogueStore store, TimeProvider clock)
    {
        if (!DateOfService.TryView(dos, store, clock, out var view, out var errors))
            return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(new AboutDto("MyeloCode", AppVersion, DataStamp.Of(view, view.DateOfService!.Value)));
    }
}
