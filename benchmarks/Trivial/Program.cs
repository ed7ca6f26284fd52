// The trivial Kestrel app benchmarks/wrk.sh measures beside MyeloCode: the same bytes as a MyeloCode page and API
// answer (files given at start), served from memory by a default minimal API, so a URL's share of it is what
// MyeloCode's own pipeline costs. Usage: dotnet Trivial.dll --urls http://127.0.0.1:5098 --html page.html --json answer.json
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders(); // as quiet as MyeloCode, whose Microsoft.AspNetCore logs start at Warning
var app = builder.Build();
var html = File.ReadAllText(app.Configuration["html"] ?? throw new InvalidOperationException("--html <file> is missing"));
var json = File.ReadAllText(app.Configuration["json"] ?? throw new InvalidOperationException("--json <file> is missing"));
app.MapGet("/html", () => Results.Content(html, "text/html; charset=utf-8"));
app.MapGet("/json", () => Results.Content(json, "application/json; charset=utf-8"));
app.Run();
