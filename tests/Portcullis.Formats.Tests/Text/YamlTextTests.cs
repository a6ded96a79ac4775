using Portcullis.Formats.Yaml;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Formats.Tests.Text;

public sealed class YamlTextTests
{
    [Theory]
    [InlineData("iks-prod")]
    [InlineData("1.29.8_1543")]
    [InlineData("a, b]: c")]
    [InlineData("x\ny: injected")]
    [InlineData("\"quoted\" \\ back")]
    [InlineData("# not a comment")]
    [InlineData("- item")]
    [InlineData("\u001b]0;t\u0007\u202e\u0085")]
    [InlineData("trailing:")]
    [InlineData("")]
    public void Scalar_AnyValue_ReadsBackAsTheSameSingleValue(string value)
    {
        // In a mapping and in a flow sequence, as the cluster.yaml writer uses it.
        var stream = new YamlStream();
        stream.Load(new StringReader($"key: {YamlText.Scalar(value)}\nlist: [{YamlText.Scalar(value)}, end]\n"));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        Assert.Equal(2, root.Children.Count);
        Assert.Equal(value, ((YamlScalarNode)root["key"]).Value);
        Assert.Equal([value, "end"], ((YamlSequenceNode)root["list"]).Select(n => ((YamlScalarNode)n).Value));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    public void Scalar_YamlNull_IsQuotedSoItStaysAValue(string value)
    {
        // A plain null is no value to YAML readers (the cluster.yaml reader among them): a subnet named "null" lost its name.
        Assert.Equal($"\"{value}\"", YamlText.Scalar(value));
    }
}
