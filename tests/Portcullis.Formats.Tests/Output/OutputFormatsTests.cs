using Portcullis.Formats.Explain;
using Portcullis.Formats.Lint;
using Portcullis.Formats.Output;
using Portcullis.Formats.Reports;

namespace Portcullis.Formats.Tests.Output;

/// <summary>What a writer declares about its formats: names, the default, and the help sentence.</summary>
public sealed class OutputFormatsTests
{
    [Fact]
    public void Of_NamesEachFormatInLowerCase_TheFirstIsTheDefault()
    {
        var formats = OutputFormats<ReportFormat>.Of((ReportFormat.Json, "json"), (ReportFormat.Txt, "txt"));

        Assert.Equal(["json", "txt"], formats.Names);
        Assert.Equal(ReportFormat.Json, formats.Default);
        Assert.True(formats.Contains(ReportFormat.Txt));
        Assert.False(formats.Contains(ReportFormat.Md));
    }

    [Theory]
    // One, two, and more: "a", "a or b", "a, b or c"; with a serial comma, "a, b, or c".
    [InlineData(1, false, "Output format: txt (the default).")]
    [InlineData(2, false, "Output format: txt (the default) or md.")]
    [InlineData(3, false, "Output format: txt (the default), md or json.")]
    [InlineData(3, true, "Output format: txt (the default), md, or json.")]
    public void Describe_JoinsTheHelpTexts(int count, bool serialComma, string expected)
    {
        (ReportFormat, string)[] entries = [(ReportFormat.Txt, "txt (the default)"), (ReportFormat.Md, "md"), (ReportFormat.Json, "json")];
        var formats = serialComma ? OutputFormats<ReportFormat>.WithSerialComma(entries.AsSpan(0, count)) : OutputFormats<ReportFormat>.Of(entries.AsSpan(0, count));

        Assert.Equal(expected, formats.Describe());
    }

    [Theory]
    [InlineData("SARIF", true, LintFormat.Sarif)]
    [InlineData("xml", false, LintFormat.Txt)]
    [InlineData(null, false, LintFormat.Txt)]
    public void TryFind_ByNameIgnoringCase(string? name, bool found, LintFormat expected)
    {
        Assert.Equal(found, LintWriter.Formats.TryFind(name, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void Of_SameFormatTwiceOrNone_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => OutputFormats<ReportFormat>.Of((ReportFormat.Txt, "txt"), (ReportFormat.Txt, "text")));
        Assert.Throws<ArgumentException>(() => OutputFormats<ReportFormat>.Of());
        Assert.Throws<ArgumentException>(() => OutputFormats<ReportFormat>.Of(((ReportFormat)42, "?")));
    }

    [Fact]
    public void Writers_DescribeTheirFormatsAsHelpHasAlwaysSaid()
    {
        Assert.Equal("Output format: txt (the default), md, json, csv, dot (Graphviz) or html (one self-contained page; needs Graphviz).", ConnectivityReportWriter.Formats.Describe());
        Assert.Equal("Output format: txt (the default), md or json.", ExplanationWriter.Formats.Describe());
        Assert.Equal("Output format: txt, json or sarif (SARIF 2.1.0, for code scanning in CI).", LintWriter.Formats.Describe());
    }
}
