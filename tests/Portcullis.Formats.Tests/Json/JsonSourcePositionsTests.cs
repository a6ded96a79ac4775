using System.Text;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.Tests.Json;

/// <summary>Finding where JSON paths start, so that findings can point at a line and column.</summary>
public sealed class JsonSourcePositionsTests
{
    private const string Document =
        "{\n" +
        "  \"vpcs\": [],\n" +
        "  // a comment the reader skips\n" +
        "  \"network_acls\": [\n" +
        "    { \"name\": \"a\", \"rules\": [ {\"x\": 1},\n" +
        "      {\"x\": 2} ] },\n" +
        "    { \"name\": \"é\", \"rules\": [] }\n" +
        "  ]\n" +
        "}\n";

    [Theory]
    [InlineData("$", 1, 1)] // the document
    [InlineData("$.vpcs", 2, 11)] // an empty array
    [InlineData("$.network_acls[0]", 5, 5)] // an element
    [InlineData("$.network_acls[0].rules[0]", 5, 31)] // nested, several on one line
    [InlineData("$.network_acls[0].rules[1]", 6, 7)] // the next line
    [InlineData("$.network_acls[1].name", 7, 15)] // a string value
    [InlineData("$.network_acls[1].rules", 7, 29)] // after a non-ASCII character: columns count characters
    public void Find_Path_GivesItsLineAndColumn(string path, int line, int column)
    {
        var found = JsonSourcePositions.Find(Encoding.UTF8.GetBytes(Document), new HashSet<string> { path });
        Assert.Equal((line, column), found[path]);
    }

    [Fact]
    public void Find_PathNotInTheDocument_IsLeftOut()
    {
        var found = JsonSourcePositions.Find(Encoding.UTF8.GetBytes(Document), new HashSet<string> { "$.network_acls[2]", "$.subnets" });
        Assert.Empty(found);
    }

    [Fact]
    public void Find_MalformedDocument_KeepsWhatCameBeforeTheFault()
    {
        var found = JsonSourcePositions.Find("{\"a\": [1, 2,, 3]}"u8, new HashSet<string> { "$.a[0]", "$.a[2]" });
        Assert.Equal((1, 8), found["$.a[0]"]);
        Assert.False(found.ContainsKey("$.a[2]"));
    }
}
