using Portcullis.Formats.Text;

namespace Portcullis.Formats.Tests.Text;

public sealed class ControlTextTests
{
    [Theory]
    // C0 controls, with the usual short escapes.
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\tb", "a\\r\\tb")]
    [InlineData("\u001b]0;owned\u0007", "\\x1b]0;owned\\x07")]
    // DEL and C1 (U+009B is a one-character CSI on some terminals).
    [InlineData("\u007f\u009b", "\\x7f\\x9b")]
    // Line and paragraph separators, bidirectional overrides and zero-width characters.
    [InlineData("\u2028\u202eevil\u2066\u200b", "\\u2028\\u202eevil\\u2066\\u200b")]
    public void Escape_UnsafeCharacters_AreVisibleEscapes(string text, string expected) => Assert.Equal(expected, ControlText.Escape(text));

    [Fact]
    public void Escape_LoneSurrogate_IsEscapedAndAPairIsKept()
    {
        // Built here: a lone surrogate does not survive the test runner's serialization of theory data.
        var text = new string([(char)0xD800, 'x', (char)0xD83D, (char)0xDE00]);

        Assert.Equal("\\ud800x\uD83D\uDE00", ControlText.Escape(text));
    }

    [Theory]
    [InlineData("iks-prod-workers-1")]
    [InlineData("Public Internet 0.0.0.0/0 => db : All Connections")]
    [InlineData("ünïcödé, 日本語, emoji 😀, back\\slash")]
    public void Escape_OrdinaryText_IsTheSameInstance(string text) => Assert.Same(text, ControlText.Escape(text));
}
