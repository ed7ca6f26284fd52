using System.Text;

namespace MyeloCode.Import;

/// <summary>One CSV record and the line it starts on.</summary>
public sealed record CsvRecord(int Line, string[] Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>A CSV file whose quoting is broken: nothing after it can be trusted.</summary>
public sealed class CsvFormatException(int line, string reason) : Exception(reason)
{
    public int Line { get; } = line;
}

/// <summary>
/// RFC 4180 records: fields in double quotes may hold commas, doubled quotes and line breaks (the MUE header
/// does). A quote inside an unquoted field is kept as text, as spreadsheets do.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        int c;
        while ((c = reader.Read()) != -1)
        {
            var recordLine = line;
            fields.Clear();
            while (true)
            {
                field.Clear();
                if (c == '"')
                {
                    var openedOn = line;
                    while (true)
                    {
                        c = reader.Read();
                        if (c == -1)
                            throw new CsvFormatException(openedOn, "a quoted field is never closed.");
                        if (c == '"')
                        {
                            if (reader.Peek() != '"')
                                break;
                            reader.Read();
                        }
                        else if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
                            line++;
                        field.Append((char)c);
                    }
                    c = reader.Read();
                    if (c is not (',' or '\r' or '\n' or -1))
                        throw new CsvFormatException(line, $"unexpected '{(char)c}' after the closing quote of a field.");
                }
                else
                {
                    while (c is not (',' or '\r' or '\n' or -1))
                    {
                        field.Append((char)c);
                        c = reader.Read();
                    }
                }
                fields.Add(field.ToString());
                if (c != ',')
                    break;
                c = reader.Read();
            }
            if (c == '\r' && reader.Peek() == '\n')
                reader.Read();
            line++;
            yield return new CsvRecord(recordLine, [.. fields]);
            if (c == -1)
                yield break;
        }
    }
}
