using System.Text;
using System.Text.Json;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.Tests.Json;

/// <summary>How a JSON syntax error reads in a diagnostic.</summary>
public sealed class JsonSyntaxErrorTests
{
    [Theory]
    [InlineData("{\"vpcs\": [")]
    [InlineData("{\"vpcs\": [{\"name\": \"a\"}]")]
    [InlineData("{\"name\": \"unclosed")]
    public void CutOffDocument_SaysTheFileEndsTooSoon(string text) =>
        Assert.Equal("the file ends before the JSON is complete (cut off, or a bracket or quote not closed)", JsonSyntaxError.Describe(ErrorOf(text)));

    [Fact]
    public void OtherErrors_KeepTheParsersFirstSentenceWithoutThePeriodOrTheCharacter()
    {
        var description = JsonSyntaxError.Describe(ErrorOf("{\"a\": x}"));
        Assert.Equal("a character is an invalid start of a value", description);
    }

    [Theory]
    [InlineData("root:$6$secret:19000:0:99999:7:::\n")] // /etc/shadow named under vpcConfigs
    [InlineData("PATH=/usr/bin\u0000HOME=/root\u0000")] // /proc/self/environ
    [InlineData("{\"a\": 1} Secret")] // a JSON value followed by text
    [InlineData("{\"a\" Secret}")]
    [InlineData("{Secret: 1}")]
    public void FileThatIsNotJson_ItsContentIsNeverQuoted(string text)
    {
        var description = JsonSyntaxError.Describe(ErrorOf(text));

        // The parser's own message quotes the character it stopped at ('r', 'S', 'P').
        Assert.DoesNotContain("'", description, StringComparison.Ordinal);
        Assert.StartsWith("a character", description, StringComparison.Ordinal);
    }

    private static JsonException ErrorOf(string text)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
            while (reader.Read())
            {
            }
        }
        catch (JsonException error)
        {
            return error;
        }

        throw new InvalidOperationException($"'{text}' parsed without an error");
    }
}
