using MyeloCode.Catalogue;

namespace MyeloCode.Tests.Catalogue;

public sealed class SafeEchoTests
{
    [Theory]
    [InlineData("neck", "'neck'")]
    [InlineData(" lumbar ", "'lumbar'")]
    [InlineData("<script>alert(1)</script>", "the value given")]
    [InlineData("\"><img src=x>", "the value given")]
    [InlineData("\u202Ecervical", "the value given")]
    [InlineData("a\r\nX-Injected: 1", "the value given")]
    [InlineData("", "the value given")]
    public void Only_plain_words_are_quoted_back(string typed, string shown) => Assert.Equal(shown, SafeEcho.Quote(typed));
}
