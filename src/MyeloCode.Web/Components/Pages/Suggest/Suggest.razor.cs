using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MyeloCode.Catalogue;
using MyeloCode.Reports;
using MyeloCode.Suggestions;

namespace MyeloCode.Web.Components.Pages.Suggest;

/// <summary>
/// Binds the choices to <see cref="SuggestionRules"/>. The choices are read from the URL once and written back to
/// it (history.replaceState) on every change, so the address bar always holds a shareable link to what is shown.
/// </summary>
public sealed partial class Suggest : IAsyncDisposable
{
    [Inject] public required CatalogueStore Store { get; set; }
    [Inject] public required IJSRuntime JS { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required TimeProvider Clock { get; set; }
    [Inject] public required SuggestionAnswers Answers { get; set; }

    [SupplyParameterFromQuery(Name = "regions")] public string? Regions { get; set; }
    [SupplyParameterFromQuery(Name = "route")] public string? Route { get; set; }
    [SupplyParameterFromQuery(Name = "billing")] public string? Billing { get; set; }
    [SupplyParameterFromQuery(Name = "ct")] public string? Ct { get; set; }
    [SupplyParameterFromQuery(Name = "setting")] public string? Setting { get; set; }
    [SupplyParameterFromQuery(Name = "outcome")] public string? Outcome { get; set; }
    [SupplyParameterFromQuery(Name = "ctReader")] public string? CtReader { get; set; }
    [SupplyParameterFromQuery(Name = "ctBefore")] public string? CtBefore { get; set; }
    // The date of service picks the MUE and NCCI versions checked; the layout's date field sets it.
    [SupplyParameterFromQuery(Name = DatesOfService.Parameter)] public string? Dos { get; set; }

    static readonly IReadOnlyList<(string, string)> RouteOptions = [.. SuggestionRequest.Routes.Select(r => (r.Slug(), r.Name()))];
    static readonly IReadOnlyList<(string, string)> RoleOptions = [.. SuggestionRequest.Roles.Select(r => (r.Slug(), r.Name()))];
    static readonly IReadOnlyList<(string, string)> SettingOptions = [.. SuggestionRequest.Settings.Select(s => (s.Slug(), s.Name()))];
    static readonly IReadOnlyList<(string, string)> OutcomeOptions = [.. SuggestionRequest.Outcomes.Select(o => (o.Slug(), o.Name()))];
    static readonly IReadOnlyList<(string, string)> CtReaderOptions = [.. SuggestionRequest.CtReaders.Select(r => (r.Slug(), r.Name()))];

    static string SpineLabel(Region region) => region == Region.Lumbosacral ? "Lumbar spine" : $"{region.Name()} spine";

    SuggestionQuery _query = SuggestionQuery.Empty;
    Suggestion? _suggestion;
    MarkupString _answer;
    bool _loading;
    Dictionary<string, string[]> _errors = [];
    HashSet<Region> _regions = [];
    HashSet<Region> _ct = [];
    IJSObjectReference? _module;

    string? _dos;

    string Url => Web.Catalogue.DateOfService.WithDos(_query.ToUrl(), _dos);

    string ShareUrl => Navigation.ToAbsoluteUri(Url).ToString();

    string Status => _loading ? "The catalogue is still loading." : _suggestion is null
        ? $"No suggestion yet: {_errors.Values.Sum(m => m.Length)} choice(s) to make."
        : $"Suggested: {string.Join(", ", _suggestion.Codes.Select(c => c.ClaimLine))}. {_suggestion.DoNotReport.Count} codes not to report.";

    protected override Task OnParametersSetAsync()
    {
        _query = new SuggestionQuery(Regions, Route, Billing, Ct, Setting, Outcome, CtReader, CtBefore);
        return Recompute();
    }

    async Task Recompute()
    {
        var today = Web.Catalogue.DateOfService.TodayOf(Clock);
        var store = Store.Current;
        var valid = DatesOfService.TryParse(Dos, store, today, out var date, out _);
        _dos = valid && !string.IsNullOrWhiteSpace(Dos) ? Dos.Trim() : null;
        var catalogue = store.On(valid ? date : today);
        _loading = catalogue.Codes.Count == 0;
        _regions = [.. SuggestionRequest.SpinalRegions.Where(_query.HasRegion)];
        _ct = [.. SuggestionRequest.SpinalRegions.Where(_query.HasCt)];
        if (!_query.TryParse(out var request, out _errors) || _loading)
        {
            (_suggestion, _answer) = (null, default);
            return;
        }
        // Usually already built for this case (a shared link), so this completes at once.
        var answer = await Answers.For(request!, catalogue, store.Revision, today, ShareUrl);
        (_suggestion, _answer) = (answer.Suggestion, answer.Html);
    }

    Task ToggleRegion(Region region) => Change(_query.ToggleRegion(region));

    // The pasted report and what was read from it: in this circuit's memory only, until Clear or the page closes.
    string? _reportText;
    ReportReading? _reading;

    Task ReadReport(string text)
    {
        _reportText = text;
        _reading = ReportReader.Read(text);
        return Change(ReportCase.Of(_reading).KeepingClaimOf(_query));
    }

    void ForgetReport()
    {
        _reportText = null;
        _reading = null;
    }

    async Task Change(SuggestionQuery query)
    {
        _query = query;
        await Recompute();
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Pages/Suggest/Suggest.razor.js");
            await _module.InvokeVoidAsync("replaceUrl", Url);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is closing; the next page load reads the URL it has.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
                await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; so is the module.
        }
    }
}
