using System.Net.Http.Headers;

namespace MyeloCode.EndToEnd;

/// <summary>
/// A first visit to / of the published app (the HTML and every script and stylesheet it links, compressed as a browser
/// fetches them) stays small.
/// </summary>
public sealed partial class FirstVisitTests : IAsyncLifetime
{
    AppProcess? _app;

    public async ValueTask InitializeAsync()
    {
        _app = await AppProcess.StartHealthyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    // Issue 13: 150 KB (153,600 bytes); measured 126,946 after compressing static pages (docs/performance.md).
    public const int BudgetBytes = 150 * 1024;

    [Fact]
    public async Task The_first_visit_to_the_home_page_stays_under_150_KB_compressed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = _app!.BaseAddress };
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var page = await client.GetAsync("/", ct);
        var wire = await page.Content.ReadAsByteArrayAsync(ct);
        var total = wire.Length;
        var html = Decompress(wire, page.Content.Headers.ContentEncoding);
        var assets = AssetLinks().Matches(html).Select(m => m.Groups["url"].Value).Distinct().ToList();
        var lines = new List<string> { $"/ {total} bytes ({string.Join(",", page.Content.Headers.ContentEncoding)})" };
        foreach (var asset in assets)
        {
            var response = await client.GetAsync(asset, ct);
            Assert.True(response.IsSuccessStatusCode, $"{asset} answered {response.StatusCode}");
            var bytes = (await response.Content.ReadAsByteArrayAsync(ct)).Length; // raw bytes on the wire: compressed if the server compressed
            total += bytes;
            lines.Add($"{asset} {bytes} bytes ({string.Join(",", response.Content.Headers.ContentEncoding)})");
        }
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ResultsFolder.FullName, "first-visit.txt"),
            $"First visit to /: {total} bytes\n{string.Join("\n", lines)}\n", ct);

        Assert.Contains(assets, a => a.Contains("blazor.web", StringComparison.Ordinal));
        Assert.True(total < BudgetBytes, $"first visit is {total} bytes:\n{string.Join("\n", lines)}");
    }

    /// <summary>The page as text, to find its links; the bytes counted are those on the wire.</summary>
    static string Decompress(byte[] wire, ICollection<string> encodings)
    {
        using var input = new MemoryStream(wire);
        using Stream text = encodings.FirstOrDefault() switch
        {
            "br" => new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress),
            _ => input,
        };
        using var reader = new StreamReader(text);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(""""<(?:script[^>]*\ssrc|link[^>]*rel="(?:stylesheet|modulepreload|preload)"[^>]*\shref)="(?<url>[^"]+)"""")]
    private static partial Regex AssetLinks();
}
