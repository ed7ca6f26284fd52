using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MyeloCode.Catalogue;
using MyeloCode.Reports;
using MyeloCode.Suggestions;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Api;

/// <param name="Text">The procedure report, at most 64 KB (UTF-8).</param>
/// <param name="Dos">Date of service, YYYY-MM-DD (default today).</param>
/// <param name="Billing">Whose claim is coded (both, injecting, interpreting, technical), when the caller knows; otherwise read from the report if it says so plainly.</param>
/// <param name="Setting">facility or office, when the caller knows.</param>
public sealed record NoteReadRequest(string? Text, string? Dos, string? Billing, string? Setting);

public sealed record EvidenceSpanDto(int Start, int Length);

/// <param name="Question">The /api/suggest parameter answered (regions, route, ...), or a checklist fact (contrastAgent, contrastVolume, needleLevel).</param>
public sealed record FindingDto(string Question, string Answer, IReadOnlyList<EvidenceSpanDto> Evidence, string Basis);

public sealed record MissingDto(string Question, string Statement, string Query);

/// <param name="Case">The answers under /api/suggest's parameter names and values; unanswered ones are absent.</param>
/// <param name="Suggestion">The /api/suggest answer for the case when it is complete; otherwise null.</param>
public sealed record NoteReadResponse(IReadOnlyDictionary<string, string> Case, IReadOnlyList<FindingDto> Findings, IReadOnlyList<MissingDto> Missing,
    string Query, SuggestionDto? Suggestion, string SuggestUrl);

/// <summary>
/// Reads a procedure report into the /suggest case. The report is patient information: it is read in memory and
/// forgotten, never logged, cached or stored, never echoed in an error, and the answer carries Cache-Control: no-store.
/// </summary>
public static class NoteEndpoints
{
    // JSON escaping can grow text (a control character is six bytes), and dos/billing/setting ride along.
    const int MaxBodyBytes = 8 * ReportReader.MaxReportBytes;

    public static RouteGroupBuilder MapNoteEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/notes").WithTags("Procedure reports");
        // No Accepts<> metadata: routing would refuse another content type with a bare 400 page; Read answers a 415 problem.
        api.MapPost("/read", Read).WithName("ReadNote")
            .WithSummary("Reads a myelography procedure report into the /api/suggest case, each answer with the character ranges it rests on")
            .WithDescription("Deterministic rules, no model: what the report does not settle is listed under 'missing' with a question for the physician. "
                + "The report is not stored, logged or cached; an empty report is a 400, one over 64 KB a 413.");
        return api;
    }

    static async Task<Results<Ok<NoteReadResponse>, ValidationProblem, ProblemHttpResult>> Read(HttpContext context, CatalogueStore store, TimeProvider clock)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;

        if (!context.Request.HasJsonContentType())
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the report as JSON",
                detail: "Content-Type: application/json, body {\"text\": \"the report\"}.");

        NoteReadRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<NoteReadRequest>(context.Request.Body, Json, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (JsonException)
        {
            // The exception's message can quote the body: it is not passed on.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body must be JSON: {\"text\": \"the report\", \"dos\": \"YYYY-MM-DD\"}."] });
        }

        var text = request?.Text;
        if (string.IsNullOrWhiteSpace(text))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["The report is empty: paste the procedure report as \"text\"."] });
        if (ReportReader.IsTooLong(text))
            return TooLarge();

        var errors = new Dictionary<string, string[]>();
        if (!DateOfService.TryView(request!.Dos, store, clock, out var view, out var dosErrors))
            errors[DatesOfService.Parameter] = dosErrors[DatesOfService.Parameter];
        // The caller's billing and setting are checked as /api/suggest checks them, with its messages.
        // Regions and route are absent here, so the parse never succeeds; only its errors for these two are used.
        _ = new SuggestionQuery(null, null, request.Billing, null, request.Setting).TryParse(out _, out var given);
        foreach (var (name, value) in new[] { ("billing", request.Billing), ("setting", request.Setting) })
        {
            if (value is not null && given.TryGetValue(name, out var messages))
                errors[name] = messages;
        }
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, detail: "Each error names the field to change.");
        if (store.Current.Codes.Count == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The catalogue is not loaded",
                detail: "Try again in a few seconds; /healthz says when the catalogue is ready.");

        var reading = ReportReader.Read(text);
        var read = ReportCase.Of(reading, request.Billing, request.Setting);
        SuggestionDto? suggestion = null;
        if (read.IsComplete(out var suggestionRequest))
        {
            var suggested = SuggestionRules.Suggest(suggestionRequest!, view);
            suggestion = suggested.ToDto(AuditNote.Write(suggestionRequest!, suggested, view, DateOfService.TodayOf(clock)));
        }
        var dos = string.IsNullOrWhiteSpace(request.Dos) ? null : request.Dos.Trim();

        return TypedResults.Ok(new NoteReadResponse(
            read.Answers,
            [.. reading.Findings.Select(f => new FindingDto(f.Question.Name(), f.Answer, [.. f.Evidence.Select(s => new EvidenceSpanDto(s.Start, s.Length))], f.Basis))],
            [.. read.Missing.Select(m => new MissingDto(m.Question.Name(), m.Statement, m.QuestionForPhysician))],
            read.PhysicianQuery,
            suggestion,
            DateOfService.WithDos(read.Query.ToUrl(), dos)));
    }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    static ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Report too long",
        detail: $"A report may be at most {ReportReader.MaxReportBytes / 1024} KB; paste the procedure and findings sections.");
}
