using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Configuration;
using Portcullis.Formats.Limits;

namespace Portcullis.Formats.Tests.Json;

/// <summary>
/// Text no reader can decode, and documents past the limits, reach every JSON reader through one path: each is an
/// error at its line and column, never an exception (before, <c>GetString</c> threw and the run ended in exit 70).
/// </summary>
public sealed class JsonInputTests
{
    [Fact]
    public void TryRead_InvalidUtf8InAString_IsMalformedJsonAtTheString()
    {
        // 0xFF 0xFE can start no UTF-8 sequence.
        var json = Concat("{\"vpcs\": [{\"id\": \"v", [0xFF, 0xFE], "\", \"name\": \"x\"}]}");

        var diagnostics = Read(json);

        var error = Assert.Single(diagnostics);
        Assert.Equal("PC1002", error.Code);
        Assert.Equal(new SourceLocation("in.json", null, 1, 18), error.Location);
        Assert.Equal("malformed JSON: a string holds bytes that are not UTF-8", error.Message);
    }

    [Theory]
    [InlineData("{\"vpcs\": [{\"id\": \"\\ud800\"}]}", 1, 18)] // a high surrogate alone
    [InlineData("{\"vpcs\": [{\"id\": \"a\\udc00b\"}]}", 1, 18)] // a low surrogate alone
    [InlineData("{\"vpcs\": [],\n \"\\ud800x\": 1}", 2, 2)] // in a property name, on the second line
    public void TryRead_UnpairedSurrogateEscape_IsMalformedJsonAtTheString(string json, int line, int column)
    {
        var diagnostics = Read(Encoding.UTF8.GetBytes(json));

        var error = Assert.Single(diagnostics);
        Assert.Equal("PC1002", error.Code);
        Assert.Equal(new SourceLocation("in.json", null, line, column), error.Location);
        Assert.Contains("unpaired surrogate escape", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SeveralUndecodableStrings_ReportsEveryOne()
    {
        var json = Concat("{\"vpcs\": [{\"id\": \"\\ud800\"},\n{\"id\": \"", [0xC0], "\"}]}");

        var diagnostics = Read(json);

        Assert.Equal([(1, 18), (2, 8)], diagnostics.Select(d => (d.Location!.Line!.Value, d.Location.Column!.Value)));
    }

    [Fact]
    public void TryRead_NestingPastTheLimit_NamesTheLimitAndItsVariable()
    {
        var json = "{\"vpcs\": " + new string('[', 100) + new string(']', 100) + "}";

        var error = Assert.Single(Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("PC1016", error.Code);
        Assert.Equal("the document nests deeper than 64 levels (the limit is 64 levels; set PORTCULLIS_MAX_DEPTH to raise it)", error.Message);
        Assert.Equal(1, error.Location!.Line);
    }

    [Fact]
    public void TryRead_StringPastTheLimit_NamesTheLimitAndItsVariable()
    {
        using var limits = InputLimits.Use(InputLimits.Default with { MaxStringBytes = 1024 });
        var json = "{\"vpcs\": [{\"id\": \"v1\", \"name\": \"" + new string('n', 2048) + "\"}]}";

        var error = Assert.Single(Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("PC1016", error.Code);
        Assert.Equal("a string of 2 KiB is too long (the limit is 1 KiB; set PORTCULLIS_MAX_STRING_BYTES to raise it)", error.Message);
    }

    [Fact]
    public void TryRead_TerraformShowWithAnUndecodableString_IsReportedTheSameWay()
    {
        // terraform show -json goes through the same parse as the collector's JSON.
        var json = Concat("{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": [{\"name\": \"", [0xED, 0xA0, 0x80], "\"}]}}}");

        var error = Assert.Single(Read(json));

        Assert.Equal("PC1002", error.Code);
        Assert.Equal("malformed JSON: a string holds bytes that are not UTF-8", error.Message);
    }

    private static IReadOnlyList<Diagnostic> Read(byte[] json)
    {
        var diagnostics = new DiagnosticBag();
        Assert.False(ConfigurationReader.TryRead(json, "in.json", diagnostics, out _));
        return diagnostics.ToImmutable();
    }

    private static byte[] Concat(string before, byte[] bytes, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bytes, .. Encoding.UTF8.GetBytes(after)];
}
