using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Formats.Fix;
using Portcullis.Formats.Explain;
using Portcullis.Formats.Lint;

namespace Portcullis.Cli.Tests.Infrastructure;

/// <summary>A command's <c>--format</c> is what its writer declares: the help sentence, the values, and the refusals.</summary>
public sealed class FormatOptionTests
{
    private static ParseResult Parse(Option option, params string[] args)
    {
        var command = new RootCommand { option };
        return command.Parse(args);
    }

    [Fact]
    public void Create_DescribesTheWritersFormats()
    {
        var option = FormatOption.Create(ExplanationWriter.Formats);

        Assert.Equal("Output format: txt (the default), md or json.", option.Description);
        Assert.Null(option.DefaultValueFactory);
    }

    [Theory]
    [InlineData("MD", null)]
    [InlineData("dot", "This command does not write 'dot'. Use one of: txt, md, json.")]
    [InlineData("xml", "Unknown format 'xml'. Use one of: txt, md, json.")]
    [InlineData("1", "Unknown format '1'. Use one of: txt, md, json.")]
    public void Create_AcceptsOnlyWhatTheWriterWrites(string value, string? error)
    {
        var result = Parse(FormatOption.Create(ExplanationWriter.Formats), "--format", value);

        Assert.Equal(error, result.Errors.SingleOrDefault()?.Message);
    }

    [Fact]
    public void Create_EnumOfItsOwn_HasNoDefaultToPrint()
    {
        var option = FormatOption.Create(FixWriter.Formats);

        Assert.Equal("Output format: script (ibmcloud is), terraform or json (VPC API requests).", option.Description);
        Assert.Equal(FixFormat.Script, Parse(option).GetValue(option));
    }

    [Fact]
    public void CreateChoice_ReadsBackTheFormat()
    {
        var option = FormatOption.CreateChoice(LintWriter.Formats);

        Assert.Equal("Output format: txt, json or sarif (SARIF 2.1.0, for code scanning in CI).", option.Description);
        Assert.Equal(LintFormat.Sarif, FormatOption.Read(LintWriter.Formats, Parse(option, "-f", "sarif"), option));
        Assert.Equal(LintFormat.Txt, FormatOption.Read(LintWriter.Formats, Parse(option), option));
        Assert.NotEmpty(Parse(option, "-f", "xml").Errors);
    }
}
