using MudBlazor.Services;
using MyeloCode.Web.Api;
using MyeloCode.Web.Catalogue;
using MyeloCode.Web.Components;

var builder = WebApplication.CreateBuilder(args);

// Store: SQLite file (created on first start), the catalogue snapshot and its start-up load.
builder.Services.AddCatalogue(builder.Configuration, builder.Environment);

// UI: static server rendering by default; interactive server only on the pages that opt in.
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

// API: problem details for every error, and an OpenAPI document.
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapHealthChecks("/healthz");
app.MapSuggestEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
