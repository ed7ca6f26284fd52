using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MyeloCode.Web.Settings;

namespace MyeloCode.Web.Hosting;

/// <summary>
/// Several instances behind one proxy (docs/deployment.md, "Several servers"): one key ring in a shared folder, so a
/// circuit descriptor or antiforgery token made by one instance is read by another; each instance's name on its
/// responses; and /healthz giving the data each serves, so all can be seen to serve the same revision.
/// </summary>
public static class Fleet
{
    public const string InstanceHeader = "X-MyeloCode-Instance";

    /// <summary>Also the application discriminator: the default is the content root, which differs between installs.</summary>
    public const string ApplicationName = "MyeloCode";

    public static IServiceCollection AddFleetSupport(this IServiceCollection services, MyeloSettings settings)
    {
        // Without a folder, today's behaviour: the framework's per-machine key ring.
        if (settings.DataProtection.KeysPath is { Length: > 0 } keys)
            services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(new DirectoryInfo(keys));
        return services;
    }

    /// <summary>Every response, cached or not, names the instance that answered (when it has a name).</summary>
    public static IApplicationBuilder UseInstanceHeader(this IApplicationBuilder app, MyeloSettings settings)
    {
        if (settings.InstanceName is not { Length: > 0 } name)
            return app;
        return app.Use((context, next) =>
        {
            context.Response.Headers[InstanceHeader] = name;
            return next(context);
        });
    }

    /// <summary>/healthz as JSON: status, instance, and each check's data (the catalogue's revision and data stamp).</summary>
    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder routes, MyeloSettings settings) =>
        routes.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                var body = new Dictionary<string, object?>
                {
                    ["status"] = report.Status.ToString(),
                    ["instance"] = settings.InstanceName,
                };
                foreach (var entry in report.Entries.Values)
                {
                    body["description"] = entry.Description;
                    foreach (var (key, value) in entry.Data)
                        body[key] = value;
                }
                return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
            },
        });
}
