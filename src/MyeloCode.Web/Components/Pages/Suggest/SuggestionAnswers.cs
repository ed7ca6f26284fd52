using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Caching.Memory;
using MyeloCode.Catalogue;
using MyeloCode.Suggestions;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Components.Pages.Suggest;

/// <summary>
/// The answer /suggest shows for a case: the suggestion, its audit note and <see cref="SuggestionView"/> rendered to
/// HTML. A shared link opens the same case again and again, and building the answer (rules, note, about 25 KB of
/// codes, reasons, exclusions and marks in some sixty components) was two thirds of the page's prerender; so it is
/// built once per case, catalogue revision and day and kept, bounded, in memory (docs/performance.md). The view has no
/// event handlers (its copy buttons work without a circuit), so its HTML is all the page needs of it. Cases only: a
/// pasted report is never part of an answer or its key.
/// </summary>
public sealed class SuggestionAnswers(IServiceScopeFactory scopes, ILoggerFactory logs) : IDisposable
{
    public sealed record Answer(Suggestion Suggestion, string Note, MarkupString Html);

    // Answers are 25-60 KB of text; 16 MB of characters holds a few hundred distinct cases.
    readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = 16 * 1024 * 1024 });

    /// <param name="shareUrl">The absolute link to the case (its query and date of service), shown in the answer.</param>
    public async ValueTask<Answer> For(SuggestionRequest request, CatalogueSnapshot catalogue, long revision, DateOnly today, string shareUrl)
    {
        var key = $"{revision.ToString(CultureInfo.InvariantCulture)}/{DatesOfService.ToText(today)}/{CaseKey(request)}/{shareUrl}";
        if (_answers.TryGetValue(key, out Answer? known))
            return known!;

        var suggestion = SuggestionRules.Suggest(request, catalogue);
        var note = AuditNote.Write(request, suggestion, catalogue, today);
        var html = await Render(suggestion, note, shareUrl);
        var answer = new Answer(suggestion, note, new MarkupString(html));
        _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = html.Length, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return answer;
    }

    // Every choice of the request, as its slugs: two requests with the same key get the same answer.
    static string CaseKey(SuggestionRequest r) => string.Join('|',
        Slugs(r.Regions), r.Route.Slug(), r.Billing.Slug(), Slugs(r.Ct), r.Setting.Slug(), r.Outcome.Slug(),
        r.CtReaderChoice?.Slug() ?? "", Slugs(r.CtBefore));

    static string Slugs(IReadOnlyList<Region> regions) => string.Join(',', regions.Select(r => r.Slug()));

    async Task<string> Render(Suggestion suggestion, string note, string shareUrl)
    {
        // A scope of its own: the view's components may ask for scoped services (MudBlazor's, the catalogue store).
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(SuggestionView.Suggestion)] = suggestion,
                [nameof(SuggestionView.ShareUrl)] = shareUrl,
                [nameof(SuggestionView.Note)] = note,
            });
            var output = await renderer.RenderComponentAsync<SuggestionView>(parameters);
            return output.ToHtmlString();
        });
    }

    public void Dispose() => _answers.Dispose();
}
