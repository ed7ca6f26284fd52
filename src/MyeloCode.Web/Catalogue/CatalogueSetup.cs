using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MyeloCode.Catalogue;
using MyeloCode.Data;
using MyeloCode.Web.Settings;

namespace MyeloCode.Web.Catalogue;

public static class CatalogueSetup
{
    /// <summary>
    /// The SQLite store and the in-memory catalogue snapshot, filled by <see cref="CatalogueStartupLoad"/> once at
    /// start and kept current by <see cref="ImportWatcher"/>; <see cref="CatalogueReadiness"/> says when it is ready.
    /// </summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("MyeloCode") is { Length: > 0 } configured
            ? configured
            : SqliteSetup.DefaultConnectionString(environment.ContentRootPath);
        services.AddDbContextFactory<MyeloDbContext>(options => options.UseMyeloSqlite(connectionString));
        services.AddSingleton<CatalogueStore>();
        services.AddSingleton<CatalogueReadiness>();
        services.AddHostedService<CatalogueStartupLoad>();
        services.AddHostedService<ImportWatcher>();
        services.AddHealthChecks().AddCheck<CatalogueHealthCheck>("catalogue");
        return services;
    }
}

/// <summary>
/// Completes when the start-up load has finished: with null when the catalogue is ready, else the problem.
/// Awaitable by tests and anything else that must wait for the catalogue.
/// </summary>
public sealed class CatalogueReadiness
{
    readonly TaskCompletionSource<string?> _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string?> Settled => _settled.Task;

    internal void Finish(string? problem) => _settled.TrySetResult(problem);
}

/// <summary>Runs once at start: migrate the database, read data/, load it, take the first snapshot.</summary>
public sealed class CatalogueStartupLoad(
    IDbContextFactory<MyeloDbContext> factory, CatalogueStore store, CatalogueReadiness readiness, MyeloSettings settings,
    ILogger<CatalogueStartupLoad> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host start listening: /healthz answers 503 while this runs
        string? problem = null;
        try
        {
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                await SqliteSetup.MigrateAsync(db, stoppingToken);
                var dataPath = settings.CatalogueDirectory;
                try
                {
                    var data = CatalogueReader.ReadDirectory(dataPath);
                    var outcome = await CatalogueLoader.LoadAsync(db, data, stoppingToken);
                    logger.LogInformation("Catalogue {Outcome}: {Count} codes from {Path}", outcome, data.Codes.Count, dataPath);
                }
                catch (CatalogueDataException e)
                {
                    // The database keeps its previous catalogue; /healthz reports the problem until it is fixed.
                    problem = e.Message;
                    logger.LogCritical("Catalogue not loaded, the database keeps its previous catalogue: {Problem}", e.Message);
                }
            }
            await store.RefreshAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            problem = "The database could not be opened or migrated.";
            logger.LogCritical(e, "Database start-up failed");
        }
        readiness.Finish(problem);
        logger.LogInformation("Start-up load finished: {State}", problem is null ? $"ready at revision {store.Current.Revision}" : "not ready");
    }
}

/// <summary>After the start-up load, swaps in a new snapshot whenever the command-line importer changes the database.</summary>
public sealed class ImportWatcher(CatalogueStore store, CatalogueReadiness readiness, IOutputCacheStore cache, ILogger<ImportWatcher> logger)
    : BackgroundService
{
    static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await readiness.Settled.WaitAsync(stoppingToken) is not null && store.Current.Revision == 0)
            return; // nothing could be read at start: there is nothing to watch
        using var timer = new PeriodicTimer(PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (!await store.RefreshAsync(stoppingToken))
                    continue;
                logger.LogInformation("Catalogue reloaded at revision {Revision}", store.Current.Revision);
                // Cached pages vary by revision, so old ones are never served; this only frees their memory early.
                await cache.EvictByTagAsync(CatalogueCache.Tag, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Catalogue refresh failed; keeping revision {Revision}", store.Current.Revision);
            }
        }
    }
}

public sealed class CatalogueHealthCheck(CatalogueReadiness readiness, CatalogueStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.Settled.IsCompleted)
            return HealthCheckResult.Unhealthy("The catalogue is still loading.");
        if (await readiness.Settled is { } problem)
            return HealthCheckResult.Unhealthy(problem);
        try
        {
            await store.ReadRevisionAsync(cancellationToken);
            var current = store.Current;
            // The data stamp lets a load balancer or a person see that every instance serves the same data.
            return HealthCheckResult.Healthy($"{current.Codes.Count} codes, revision {current.Revision}",
                new Dictionary<string, object> { ["revision"] = current.Revision, ["dataStamp"] = current.DataId });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be read.");
        }
    }
}
