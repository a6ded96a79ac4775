using Portcullis.Formats.Text;

namespace Portcullis.Formats.Tests.Text;

public sealed class HclTextTests
{
    [Theory]
    [InlineData("acl-1", "\"acl-1\"")]
    // Quote and backslash escaped: the string cannot end early.
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    // Template interpolation and directives are escaped by doubling their opener; a lone $ or % stays.
    [InlineData("${file(\"/etc/passwd\")}", "\"$${file(\\\"/etc/passwd\\\")}\"")]
    [InlineData("%{ if true }", "\"%%{ if true }\"")]
    [InlineData("5$ 10% $$", "\"5$ 10% $$\"")]
    // Line breaks and controls are escapes, so no attribute or block can follow on a line of its own.
    [InlineData("a\nresource", "\"a\\nresource\"")]
    [InlineData("\u001b\u0085", "\"\\u001B\\u0085\"")]
    public void String_Value_IsAnEscapedLiteral(string value, string literal) => Assert.Equal(literal, HclText.String(value));

    [Theory]
    [InlineData("pc-registry-vpe-outbound-out-1", "pc_registry_vpe_outbound_out_1")]
    [InlineData("9lives", "r_9lives")]
    [InlineData("", "r_")]
    [InlineData("a\" {}\nresource", "a_____resource")]
    public void Identifier_Name_IsAValidIdentifier(string name, string identifier) => Assert.Equal(identifier, HclText.Identifier(name));
}
