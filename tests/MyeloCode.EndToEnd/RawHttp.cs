using System.Net.Sockets;
using System.Text;

namespace MyeloCode.EndToEnd;

/// <summary>
/// Sends a request line byte for byte over a socket, so a test can send what HttpClient would refuse or repair:
/// invalid percent-encoding, raw control characters, CR/LF.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body);

    public static Task<Response> GetAsync(Uri server, string target, CancellationToken ct) => SendAsync(server, "GET", target, ct);

    /// <summary>Reads to the end of the connection, so a body the server sends is caught even where it should send none.</summary>
    public static async Task<Response> SendAsync(Uri server, string method, string target, CancellationToken ct)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, ct);
        await using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nAccept: text/html,application/json\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), ct);
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        return Parse(memory.ToArray());
    }

    static Response Parse(byte[] raw)
    {
        var split = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.UTF8.GetString(split < 0 ? raw : raw[..split]);
        var body = split < 0 ? [] : raw[(split + 4)..];
        var lines = head.Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2).Select(p => (p[0].Trim(), p[1].Trim())).ToList();
        if (headers.Any(h => h.Item1.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && h.Item2.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
            body = Unchunk(body);
        return new Response(status, headers, Encoding.UTF8.GetString(body));
    }

    // Chunk sizes count bytes, so the body is unchunked before it is decoded (answers may echo non-ASCII input).
    static byte[] Unchunk(byte[] body)
    {
        using var result = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var end = body.AsSpan(position).IndexOf("\r\n"u8);
            if (end < 0) break;
            end += position;
            var size = Convert.ToInt32(Encoding.ASCII.GetString(body, position, end - position).Split(';')[0], 16);
            if (size == 0) break;
            var take = Math.Min(size, body.Length - end - 2);
            result.Write(body, end + 2, take);
            position = end + 2 + take + 2;
        }
        return result.ToArray();
    }
}
