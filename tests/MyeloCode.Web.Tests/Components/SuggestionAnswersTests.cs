using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MyeloCode.Suggestions;
using MyeloCode.Web.Components.Pages.Suggest;

namespace MyeloCode.Web.Tests.Components;

/// <summary>The answers /suggest keeps per case: the view's own markup, built once per case, revision and day.</summary>
public sealed class SuggestionAnswersTests : MudTestContext, IClassFixture<LoadedCatalogue>
{
    const string Link = "https://myelo.test/suggest?regions=cervical&route=lumbar&billing=both&ct=cervical";
    static readonly DateOnly Today = new(2026, 12, 6);

    readonly LoadedCatalogue _catalogue;
    readonly SuggestionAnswers _answers;

    public SuggestionAnswersTests(LoadedCatalogue catalogue)
    {
        _catalogue = catalogue;
        Services.AddSingleton(catalogue.Store);
        _answers = new SuggestionAnswers(Services.GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance);
    }

    static SuggestionRequest Case(string regions, string? ct = null)
    {
        Assert.True(new SuggestionQuery(regions, "lumbar", "both", ct).TryParse(out var request, out var errors), string.Join("; ", errors.Keys));
        return request!;
    }

    ValueTask<SuggestionAnswers.Answer> Answer(SuggestionRequest request, long revision = 1, DateOnly? today = null) =>
        _answers.For(request, _catalogue.Store.Current.On(today ?? Today), revision, today ?? Today, Link);

    [Fact]
    public async Task The_kept_markup_is_what_the_view_renders()
    {
        var request = Case("cervical", ct: "cervical");
        var answer = await Answer(request);

        var view = Render<SuggestionView>(p => p
            .Add(v => v.Suggestion, answer.Suggestion).Add(v => v.ShareUrl, Link).Add(v => v.Note, answer.Note));

        view.MarkupMatches(answer.Html.Value);
        Assert.Equal(["62302", "72126"], answer.Suggestion.Codes.Select(c => c.Code));
        Assert.Contains("data-code=\"72126\"", answer.Html.Value);
        Assert.Contains(Link.Replace("&", "&amp;"), answer.Html.Value);
    }

    [Fact]
    public async Task A_case_asked_again_is_not_built_again()
    {
        var first = await Answer(Case("cervical"));

        Assert.Same(first, await Answer(Case("cervical")));
        Assert.NotSame(first, await Answer(Case("thoracic")));
    }

    [Fact]
    public async Task A_new_catalogue_revision_or_a_new_day_builds_the_answer_again()
    {
        var first = await Answer(Case("cervical"));

        var nextRevision = await Answer(Case("cervical"), revision: 2);
        var nextDay = await Answer(Case("cervical"), today: Today.AddDays(1));

        Assert.NotSame(first, nextRevision);
        Assert.NotSame(first, nextDay);
        // The audit note carries the day it was written.
        Assert.NotEqual(first.Note, nextDay.Note);
    }
}
