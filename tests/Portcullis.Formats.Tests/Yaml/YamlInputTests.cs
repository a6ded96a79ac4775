using System.Text;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Limits;
using Portcullis.Formats.Yaml;

namespace Portcullis.Formats.Tests.Yaml;

/// <summary>
/// Every YAML reader loads through <see cref="YamlInput"/>: limits are checked on the parser's events, before the
/// node builder recurses or hashes anything, and each problem comes back with its position.
/// </summary>
public sealed class YamlInputTests
{
    [Fact]
    public void TryLoad_NestedOneHundredThousandLevels_StopsAtTheDepthLimit()
    {
        // Before, the node builder recursed once per level and the process died of a stack overflow (exit 134).
        var text = "a: " + new string('[', 100_000);

        Assert.False(YamlInput.TryLoad(text, out _, out var error));

        Assert.True(error.IsLimit);
        Assert.Equal("the document nests deeper than 64 levels (the limit is 64 levels; set PORTCULLIS_MAX_DEPTH to raise it)", error.Message);
        Assert.Equal((1, 67), (error.Line, error.Column));
    }

    [Fact]
    public void TryLoad_EventTheNodeBuilderCannotPlace_IsAnErrorAtItsPosition()
    {
        // Found by AFL++ in a policy file: the node builder's ArgumentException escaped and the command exited 70.
        Assert.False(YamlInput.TryLoad("ingress:\n  - from:\n    :\n  - from:\n    - n- x: {a: b}\n", out _, out var error));

        Assert.False(error.IsLimit);
        Assert.StartsWith("the YAML is not well-formed here", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void TryLoad_NestingAtTheLimit_Loads()
    {
        var text = new string('[', 64) + new string(']', 64);

        Assert.True(YamlInput.TryLoad(text, out var stream, out _));
        Assert.Single(stream.Documents);
    }

    [Fact]
    public void TryLoad_AliasBombUsedAsAMappingKey_FailsFastNamingTheLimit()
    {
        // Nine levels of nine aliases stand for 9^9 (387 million) scalars; as a key, the mapping hashed them all.
        var text = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append('l').Append(level).Append(": &l").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 9))).Append("]\n");
        }

        text.Append("? *l9\n: value\n");

        Assert.False(YamlInput.TryLoad(text.ToString(), out _, out var error));

        Assert.True(error.IsLimit);
        Assert.Equal("aliases stand for more than 100,000 nodes (the limit is 100,000 nodes; set PORTCULLIS_MAX_YAML_ALIAS_NODES to raise it)", error.Message);
    }

    [Fact]
    public void TryLoad_AnchorsAndAliasesOfOrdinarySize_Load()
    {
        const string text = """
            defaults: &defaults {port: 443, protocol: tcp}
            a: *defaults
            b: {<<: *defaults, port: 80}
            """;

        Assert.True(YamlInput.TryLoad(text, out var stream, out _));
        Assert.Single(stream.Documents);
    }

    [Fact]
    public void TryLoad_ScalarPastTheStringLimit_NamesTheLimit()
    {
        using var limits = InputLimits.Use(InputLimits.Default with { MaxStringBytes = 1024 });

        Assert.False(YamlInput.TryLoad("name: " + new string('n', 4096) + "\n", out _, out var error));

        Assert.True(error.IsLimit);
        Assert.Equal("a value of 4 KiB is too long (the limit is 1 KiB; set PORTCULLIS_MAX_STRING_BYTES to raise it)", error.Message);
    }

    [Theory]
    [InlineData("name: [a, b")] // a flow sequence left open at the end of the file
    [InlineData("name: [a, b\nother: 1\n")]
    [InlineData("{a: [1, 2")]
    public void TryLoad_FlowSequenceLeftOpen_IsASyntaxErrorWithItsPosition(string text)
    {
        Assert.False(YamlInput.TryLoad(text, out _, out var error));

        Assert.False(error.IsLimit);
        Assert.True(error.Line >= 1);
        Assert.Contains("flow sequence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoadFile_DeepNesting_IsReportedWithTheFileAndLimitCode()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(YamlDocuments.TryLoad("a: " + new string('{', 500), "cluster.yaml", diagnostics, "a cluster description", out _));

        var error = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal("PC1016", error.Code);
        Assert.Equal("cluster.yaml", error.Location!.File);
        Assert.Equal(1, error.Location.Line);
    }

}
