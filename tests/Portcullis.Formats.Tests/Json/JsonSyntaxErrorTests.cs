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
    public void OtherErrors_KeepTheParsersFirstSentenceWithoutThePeriod()
    {
        var description = JsonSyntaxError.Describe(ErrorOf("{\"a\": x}"));
        Assert.Equal("'x' is an invalid start of a value", description);
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
