using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MyeloCode.Catalogue;
using MyeloCode.Data;

namespace MyeloCode.Web.Catalogue;

public static class CatalogueSetup
{
    /// <summary>SQLite store, the in-memory catalogue snapshot, and the start-up load that fills them.</summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("MyeloCode") is { Length: > 0 } configured
            ? configured
            : SqliteSetup.DefaultConnectionString(environment.ContentRootPath);
        services.AddDbContextFactory<MyeloDbContext>(options => options.UseMyeloSqlite(connectionString));
        services.AddSingleton<CatalogueStore>();
        services.AddSingleton<CatalogueStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogueStartup>());
        services.AddHealthChecks().AddCheck<CatalogueHealthCheck>("catalogue");
        return services;
    }

    /// <summary>Where the catalogue files are: <c>MyeloCode:DataPath</c>, else data/codes beside the binaries.</summary>
    public static string DataPath(IConfiguration configuration) =>
        configuration["MyeloCode:DataPath"] is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "data", "codes");
}

/// <summary>Migrates and loads on start, then watches the database for imports made by the command-line tool.</summary>
public sealed class CatalogueStartup(
    IDbContextFactory<MyeloDbContext> factory, CatalogueStore store, IConfiguration configuration, ILogger<CatalogueStartup> logger)
    : BackgroundService
{
    static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    public bool Ready { get; private set; }
    public string? LoadError { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                await SqliteSetup.MigrateAsync(db, stoppingToken);
                var dataPath = CatalogueSetup.DataPath(configuration);
                try
                {
                    var data = CatalogueReader.ReadDirectory(dataPath);
                    var outcome = await CatalogueLoader.LoadAsync(db, data, stoppingToken);
                    logger.LogInformation("Catalogue {Outcome}: {Count} codes from {Path}", outcome, data.Codes.Count, dataPath);
                }
                catch (CatalogueDataException e)
                {
                    // The database keeps its previous catalogue; /healthz reports the problem until it is fixed.
                    LoadError = e.Message;
                    logger.LogCritical("Catalogue not loaded, the database keeps its previous catalogue: {Problem}", e.Message);
                }
            }
            await store.RefreshAsync(stoppingToken);
            Ready = LoadError is null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LoadError = "The database could not be opened or migrated.";
            logger.LogCritical(e, "Database start-up failed");
            return;
        }

        using var timer = new PeriodicTimer(PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await store.RefreshAsync(stoppingToken))
                    logger.LogInformation("Catalogue reloaded at revision {Revision}", store.Current.Revision);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Catalogue refresh failed; keeping revision {Revision}", store.Current.Revision);
            }
        }
    }
}

public sealed class CatalogueHealthCheck(CatalogueStartup startup, CatalogueStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (startup.LoadError is { } error)
            return HealthCheckResult.Unhealthy(error);
        if (!startup.Ready)
            return HealthCheckResult.Unhealthy("The catalogue is still loading.");
        try
        {
            await store.ReadRevisionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{store.Current.Codes.Count} codes, revision {store.Current.Revision}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.");
        }
    }
}
