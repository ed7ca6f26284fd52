using Microsoft.Extensions.DependencyInjection.Extensions;
using MyeloCode.Catalogue;

namespace MyeloCode.Web.Catalogue;

/// <summary>
/// The date of service of one request (<c>?dos=YYYY-MM-DD</c>, today by default) and the catalogue view for it.
/// Static pages and the layout read it from the request; an interactive circuit has no request, so it sees today.
/// </summary>
public sealed class DateOfService(IServiceProvider services, TimeProvider clock, IHttpContextAccessor accessor)
{
    (string? Text, DateOnly Date, string? Error)? _read;
    CatalogueSnapshot? _view;

    /// <summary>The dos text given, when valid; null when none was given (today), so links stay short.</summary>
    public string? Given => Read().Error is null ? Read().Text : null;
    public DateOnly Date => Read().Date;
    /// <summary>Why the dos given was refused; the page then shows today's date and says so.</summary>
    public string? Error => Read().Error;
    public CatalogueSnapshot View => _view ??= Store.Current.On(Date);
    public DateOnly Today => TodayOf(clock);

    /// <summary>A link that keeps the date of service when one was chosen.</summary>
    public string Link(string href) => WithDos(href, Given);

    /// <summary>The current page without its <c>dos</c>: back to today.</summary>
    public string LinkWithout(Microsoft.AspNetCore.Components.NavigationManager navigation)
    {
        var uri = new Uri(navigation.Uri);
        var rest = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query)
            .Where(p => !string.Equals(p.Key, DatesOfService.Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"));
        var query = string.Join('&', rest);
        return uri.AbsolutePath + (query.Length > 0 ? "?" + query : "");
    }

    public static DateOnly TodayOf(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static string WithDos(string href, string? dos) => string.IsNullOrEmpty(dos)
        ? href
        : $"{href}{(href.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{DatesOfService.Parameter}={Uri.EscapeDataString(dos)}";

    /// <summary>For an endpoint: the view for <paramref name="dos"/>, or the errors for a 400 naming <c>dos</c>.</summary>
    public static bool TryView(string? dos, CatalogueStore store, TimeProvider clock, out CatalogueSnapshot view, out Dictionary<string, string[]> errors)
    {
        var snapshot = store.Current;
        if (DatesOfService.TryParse(dos, snapshot, TodayOf(clock), out var date, out var error))
        {
            view = snapshot.On(date);
            errors = [];
            return true;
        }
        view = snapshot;
        errors = new Dictionary<string, string[]> { [DatesOfService.Parameter] = [error!] };
        return false;
    }

    // The store is only needed once a date is given or the view is asked for, so a component that only builds links renders without one.
    CatalogueStore Store => services.GetRequiredService<CatalogueStore>();

    (string? Text, DateOnly Date, string? Error) Read()
    {
        if (_read is { } read)
            return read;
        var text = accessor.HttpContext?.Request.Query[DatesOfService.Parameter].ToString();
        var today = Today;
        if (string.IsNullOrWhiteSpace(text))
            _read = (null, today, null);
        else if (DatesOfService.TryParse(text, Store.Current, today, out var date, out var error))
            _read = (text.Trim(), date, null);
        else
            _read = (text.Trim(), today, error);
        return _read.Value;
    }
}

public static class DateOfServiceSetup
{
    public static IServiceCollection AddDateOfService(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<DateOfService>();
        return services;
    }
}
