using MyeloCode.Import;

namespace MyeloCode.Tests.Import;

public sealed class CsvReaderTests
{
    static List<CsvRecord> Read(string text) => [.. CsvReader.Read(new StringReader(text))];

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = Read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"HCPCS/\r\nCPT Code\",x\r\nlast,\r\n");

        Assert.Equal([["a", "b,c", "say \"hi\""], ["HCPCS/\r\nCPT Code", "x"], ["last", ""]], records.Select(r => r.Fields));
        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void Lines_end_with_CRLF_LF_or_CR_and_the_last_may_have_no_ending()
    {
        var records = Read("1\n2\r3\r\n\r\n4");

        Assert.Equal([["1"], ["2"], ["3"], [""], ["4"]], records.Select(r => r.Fields));
        Assert.Equal([1, 2, 3, 4, 5], records.Select(r => r.Line));
        Assert.True(records[3].IsBlank);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_text()
    {
        Assert.Equal(["12\" film", "x"], Read("12\" film,x").Single().Fields);
    }

    [Fact]
    public void A_quoted_field_never_closed_is_reported_on_the_line_it_opens()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("a,b\r\nc,\"d\r\ne\r\n"));

        Assert.Equal(2, error.Line);
        Assert.Equal("a quoted field is never closed.", error.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported()
    {
        var error = Assert.Throws<CsvFormatException>(() => Read("\"a\"b,c"));

        Assert.Equal(1, error.Line);
    }
}
