using MudBlazor.Services;
using MyeloCode.Web.Api;
using MyeloCode.Web.Catalogue;
using MyeloCode.Web.Components;
using MyeloCode.Web.Components.Pages.Suggest;
using MyeloCode.Web.Hosting;
using MyeloCode.Web.Settings;

var builder = WebApplication.CreateBuilder(args);
// Every MyeloCode:* setting, checked now: a bad value stops the app here with the setting's name.
var settings = MyeloSettings.Add(builder);

// Hosting: deliberate Kestrel/circuit limits, trusted proxies only, per-client API limit, structured logs in production.
builder.AddServerLimits();
builder.Services.AddReverseProxySupport(settings);
builder.Services.AddApiRateLimiting(settings);
// Several instances: a shared key ring (MyeloCode:DataProtection:KeysPath) and each instance's name on its answers.
builder.Services.AddFleetSupport(settings);
if (!builder.Environment.IsDevelopment())
    builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);

// Store: SQLite file (created on first start), the catalogue snapshot (with its search index), its start-up load
// and the watcher that picks up imports; the output cache over it, varied by catalogue revision.
builder.Services.AddCatalogue(builder.Configuration, builder.Environment);
builder.Services.AddCatalogueCache();
// Static pages' HTML compressed (br/gzip): they carry no secret, so BREACH has nothing to find (docs/deployment.md).
builder.Services.AddPageCompression();
// The date of service (?dos=, today by default) of each request, which picks the year's figures and edits.
builder.Services.AddDateOfService();

// UI: static server rendering by default; interactive server only on the pages that opt in.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSingleton<SuggestionAnswers>();

// API: problem details for every error, and an OpenAPI document.
builder.Services.AddProblemDetails();
// ASP.NET Core's default JSON encoder leaves < > & unescaped; the strict one writes them as \u003C..., so text a user
// typed (a search echoed back) can never become markup, whatever a client does with the JSON.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default);
builder.Services.AddOpenApi();

var app = builder.Build();

// HEAD answers like GET, without the body (uptime monitors, link checkers): before routing, which then sees a GET.
app.UseHeadAsGet();
app.UseInstanceHeader(settings);
app.UseRouting();
app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    // Errors: problem details (with trace id) for the API, a friendly page with the trace id for people.
    app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
    app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/Error", createScopeForErrors: true));
    app.UseHsts();
}
app.UseQueryStringLimit();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseApiRateLimiting(settings);
app.UseAntiforgery();
app.UseCatalogueCache(settings);
app.UsePageCompression();

app.MapStaticAssets();
app.MapOpenApi();
app.MapHealth(settings);
// Liveness for load balancers, and the ceiling in docs/performance.md.
app.MapGet("/ping", () => "pong").ExcludeFromDescription();
app.MapCodeEndpoints();
app.MapSearchEndpoints();
app.MapSuggestEndpoints();
app.MapNoteEndpoints();
app.MapAboutEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().PersistNoStateOnStaticPages();

app.Run();
