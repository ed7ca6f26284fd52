using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MyeloCode.Web.Tests.Api;

/// <summary>
/// A pasted report is patient information: a unique marker in it must end up in no database file, no log record
/// (at every level, Kestrel's and EF Core's included), no output-cache entry and no error answer.
/// </summary>
public sealed class ReportPrivacyTests : IAsyncLifetime
{
    readonly RecordingApp _app = new();
    static readonly string Marker = $"Zq{Guid.NewGuid():N}";
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    string Report => $"""
        PATIENT: {Marker} Doe   MRN: {Marker}-77
        HISTORY: {Marker} has leg pain. Prior CT lumbar spine 2025.
        PROCEDURE: Lumbar puncture at L3-4, 12 mL Omnipaque 240 instilled. AP and lateral views of the lumbar spine.
        Post-myelogram CT of the lumbar spine. I performed the puncture and interpreted the study.
        """;

    public async ValueTask InitializeAsync() => await _app.InitializeAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_marker_in_a_report_is_in_no_database_file_log_cache_entry_or_error()
    {
        using var client = new HttpClient { BaseAddress = _app.BaseAddress };
        var answers = new List<(HttpStatusCode Status, string Body)>();
        async Task Send(HttpContent content)
        {
            using var response = await client.PostAsync("/api/notes/read", content, Ct);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(Ct)));
        }

        await Send(JsonContent.Create(new { text = Report }));
        await Send(JsonContent.Create(new { text = Report, billing = "both", dos = "2026-07-15" }));
        await Send(JsonContent.Create(new { text = Report, billing = "nobody" }));
        await Send(JsonContent.Create(new { text = Report + new string('x', 70 * 1024) }));
        await Send(JsonContent.Create(new { text = Report + new string('x', 700 * 1024) }));
        await Send(new StringContent($$"""{"text": "{{Marker}} unterminated""", Encoding.UTF8, "application/json"));
        await Send(new StringContent(Report, Encoding.UTF8, "text/plain"));
        // Positive controls: the recorders do record (a cached page, log records), so finding nothing means something.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/codes/62302", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/codes/62302", Ct)).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge,
            HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType], answers.Select(a => a.Status));
        Assert.All(answers, a => Assert.DoesNotContain(Marker, a.Body, StringComparison.Ordinal));

        Assert.NotEmpty(_app.Cache.Entries);
        Assert.DoesNotContain(_app.Cache.Entries, e => Contains(e, Marker));
        Assert.Contains(_app.Logs.Records, r => r.Contains("/api/notes/read", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Logs.Records, r => r.Contains(Marker, StringComparison.Ordinal));

        SqliteConnection.ClearAllPools();
        var files = _app.Folder.GetFiles("*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.Name == "app.db");
        Assert.DoesNotContain(files, f => Contains(File.ReadAllBytes(f.FullName), Marker));
    }

    static bool Contains(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;

    sealed class RecordingApp : MyeloWebApplicationFactory
    {
        public RecordingApp() => OnKestrel();

        public RecordingLogs Logs { get; } = new();

        public RecordingCache Cache { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<RecordingLogs>(null, LogLevel.Trace));
            builder.ConfigureServices(services =>
            {
                var inner = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
                services.Remove(inner);
                services.AddSingleton<IOutputCacheStore>(sp => Cache = new RecordingCache((IOutputCacheStore)(inner.ImplementationInstance
                    ?? inner.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
            });
        }
    }

    sealed class RecordingCache(IOutputCacheStore inner) : IOutputCacheStore
    {
        public ConcurrentBag<byte[]> Entries { get; } = [];

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Entries.Add([.. Encoding.UTF8.GetBytes(key), .. value]);
            return inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);
    }

    sealed class RecordingLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Records { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        sealed class Logger(RecordingLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                logs.Records.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Records.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {state} {exception}");
        }
    }
}
