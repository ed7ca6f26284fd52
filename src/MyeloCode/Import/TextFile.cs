using System.Security.Cryptography;
using System.Text;

namespace MyeloCode.Import;

/// <summary>
/// A data file that passed the checks every format shares: it exists, is within the size limit, and is UTF-8
/// (with or without BOM) or else Windows-1252 text. CMS and the AMA produce these files on Windows (CMS files carry
/// a raw 0xAE for the ® in their preamble), and text with accents in Windows-1252 is practically never valid UTF-8,
/// so trying UTF-8 first and Windows-1252 second cannot misread a file. UTF-16/32 and binary files are rejected.
/// </summary>
public sealed class TextFile
{
    static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly Encoding Windows1252 =
        CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
    // The five byte values Windows-1252 leaves undefined.
    static readonly byte[] Undefined1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    TextFile(string path, string sha256, long length, Encoding encoding)
    {
        Path = path;
        Sha256 = sha256;
        Length = length;
        Encoding = encoding;
    }

    public string Path { get; }
    public string Name => System.IO.Path.GetFileName(Path);
    public string Sha256 { get; }
    public long Length { get; }
    public Encoding Encoding { get; }
    public string EncodingName => Encoding.CodePage == 1252 ? "Windows-1252" : "UTF-8";

    /// <summary>Reads the file once: size, SHA-256 and encoding. Null when it cannot be imported (the reason is in <paramref name="problems"/>).</summary>
    public static async Task<TextFile?> InspectAsync(string path, long maxBytes, ImportProblems problems, CancellationToken ct)
    {
        var name = System.IO.Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            problems.Add(name, 0, "the file does not exist.");
            return null;
        }
        if (info.Length > maxBytes)
        {
            problems.Add(name, 0, $"the file is {info.Length:N0} bytes, over the limit of {maxBytes:N0} bytes.");
            return null;
        }
        if (info.Length == 0)
        {
            problems.Add(name, 0, "the file is empty.");
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 16];
        var line = 1;
        var utf8Bom = false;
        int? badUtf8Line = null;
        (int Line, byte Value)? bad1252 = null;
        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true))
        {
            var first = true;
            int read;
            while ((read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                hash.AppendData(chunk);
                var start = 0;
                if (first)
                {
                    first = false;
                    if (ByteOrderMark(chunk) is { } other)
                    {
                        problems.Add(name, 0, $"the file is {other} text; save it as UTF-8.");
                        return null;
                    }
                    utf8Bom = chunk.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                    start = utf8Bom ? 3 : 0;
                }
                if (chunk.IndexOf((byte)0) is var nul and >= 0)
                {
                    problems.Add(name, line + LineBreaks(chunk[..nul]),
                        "NUL byte: this is a binary file or UTF-16 text without a byte-order mark; save it as UTF-8 text.");
                    return null;
                }
                if (badUtf8Line is null)
                {
                    try
                    {
                        decoder.GetCharCount(chunk[start..], flush: false);
                    }
                    catch (DecoderFallbackException e)
                    {
                        badUtf8Line = line + LineBreaks(chunk[..Math.Clamp(start + e.Index, 0, read)]);
                    }
                }
                if (bad1252 is null && chunk.IndexOfAny(Undefined1252) is var undefined and >= 0)
                    bad1252 = (line + LineBreaks(chunk[..undefined]), chunk[undefined]);
                line += LineBreaks(chunk);
            }
        }
        if (badUtf8Line is null)
        {
            try
            {
                decoder.GetCharCount([], flush: true);
            }
            catch (DecoderFallbackException)
            {
                badUtf8Line = line;
            }
        }

        Encoding encoding;
        if (badUtf8Line is null)
            encoding = StrictUtf8;
        else if (utf8Bom)
        {
            problems.Add(name, badUtf8Line.Value, "the file starts with a UTF-8 byte-order mark but this line is not valid UTF-8.");
            return null;
        }
        else if (bad1252 is { } bad)
        {
            problems.Add(name, bad.Line, $"unknown encoding: neither UTF-8 nor Windows-1252 (byte 0x{bad.Value:X2}); save the file as UTF-8.");
            return null;
        }
        else
            encoding = Windows1252;
        return new TextFile(System.IO.Path.GetFullPath(path), Convert.ToHexStringLower(hash.GetHashAndReset()), info.Length, encoding);
    }

    /// <summary>A reader over the decoded text, past any UTF-8 byte-order mark.</summary>
    public StreamReader OpenReader()
    {
        var reader = new StreamReader(Path, Encoding, detectEncodingFromByteOrderMarks: false,
            new FileStreamOptions { Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });
        if (reader.Peek() == '\uFEFF')
            reader.Read();
        return reader;
    }

    /// <summary>The lines with their 1-based numbers (CRLF, LF or CR endings).</summary>
    public IEnumerable<(int Number, string Text)> Lines()
    {
        using var reader = OpenReader();
        var number = 0;
        while (reader.ReadLine() is { } text)
            yield return (++number, text);
    }

    static string? ByteOrderMark(ReadOnlySpan<byte> start) => start switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] or [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32",
        [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
        _ => null,
    };

    static int LineBreaks(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');
}
