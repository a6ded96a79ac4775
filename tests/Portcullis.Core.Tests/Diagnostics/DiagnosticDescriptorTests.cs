using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Tests.Diagnostics;

/// <summary>A descriptor checks its definition when the catalog loads and its arguments when it is used.</summary>
public sealed class DiagnosticDescriptorTests
{
    private static DiagnosticDescriptor Make(string code = "PC9999", string template = "'{0}' is not {1}", Severity severity = Severity.Error) =>
        new(code, severity, "Test problem", template, "What it means.");

    [Fact]
    public void Create_FillsTheTemplate_AndTakesCodeAndSeverityFromTheDescriptor()
    {
        var descriptor = Make();

        var diagnostic = descriptor.Create(new SourceLocation("f.json", "$.a"), "x", "a number");

        Assert.Equal((descriptor, "PC9999", Severity.Error, "'x' is not a number"), (diagnostic.Descriptor, diagnostic.Code, diagnostic.Severity, diagnostic.Message));
        Assert.Equal("f.json: $.a: error PC9999: 'x' is not a number", diagnostic.ToString());
        Assert.Equal(2, descriptor.ArgumentCount);
    }

    [Theory]
    [InlineData(Severity.Error, "error")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Note, "note")] // SARIF's word, and the one printed with --verbose
    public void ToString_NamesTheSeverityAsSarifDoes(Severity severity, string word)
    {
        Assert.Equal($"{word} PC9999: 'x' is not y", Make(severity: severity).Create(null, "x", "y").ToString());
    }

    [Fact]
    public void Create_ArgumentsAreFormattedInvariantly()
    {
        Assert.Equal("'1234567' is not 0.5", Make().Create(null, 1234567, 0.5).Message);
    }

    [Fact]
    public void Create_NullArgument_IsEmptyText()
    {
        Assert.Equal("'' is not y", Make().Create(null, null, "y").Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Create_WrongNumberOfArguments_Throws(int count)
    {
        var arguments = Enumerable.Repeat<object?>("a", count).ToArray();
        var error = Assert.Throws<ArgumentException>(() => Make().Create(null, arguments));
        Assert.Contains("PC9999 takes 2 argument(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TemplateWithoutHoles_TakesNoArguments()
    {
        var descriptor = Make(template: "an ICMP code needs an ICMP type");
        Assert.Equal("an ICMP code needs an ICMP type", descriptor.Create(null).Message);
        Assert.Throws<ArgumentException>(() => descriptor.Create(null, "surplus"));
    }

    [Theory]
    [InlineData("PC123")] // four digits
    [InlineData("PC12345")]
    [InlineData("pc1234")]
    [InlineData("XX1234")]
    [InlineData("PC12a4")]
    [InlineData(" PC1234")]
    public void Constructor_MalformedCode_Throws(string code)
    {
        Assert.Throws<ArgumentException>(() => Make(code: code));
    }

    [Theory]
    [InlineData("unclosed {0")] // not a composite format
    [InlineData("stray } brace")]
    [InlineData("{x} is not a hole")]
    [InlineData("{0} and {2}")] // a skipped hole: an argument would be taken and never shown
    [InlineData("only {1}")]
    public void Constructor_BadTemplate_Throws(string template)
    {
        Assert.Throws<ArgumentException>(() => Make(template: template));
    }

    [Fact]
    public void Constructor_EscapedBracesAndRepeatedHoles_AreFine()
    {
        var descriptor = Make(template: "{{literal}} {0} then {0} again");
        Assert.Equal(1, descriptor.ArgumentCount);
        Assert.Equal("{literal} a then a again", descriptor.Create(null, "a").Message);
    }

    [Fact]
    public void Constructor_EmptyTextsAndUnknownSeverity_Throw()
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("PC9999", Severity.Error, " ", "m", "h."));
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("PC9999", Severity.Error, "t", "", "h."));
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("PC9999", Severity.Error, "t", "m", ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiagnosticDescriptor("PC9999", (Severity)7, "t", "m", "h."));
    }

    [Fact]
    public void Severity_OrdersNoteBelowWarningBelowError()
    {
        // Printers show errors first by sorting descending; SARIF levels are note < warning < error too.
        Assert.True(Severity.Note < Severity.Warning && Severity.Warning < Severity.Error);
        Assert.Equal(["Note", "Warning", "Error"], Enum.GetNames<Severity>());
    }

    [Fact]
    public void Report_AddsToTheBag_AndCountsErrors()
    {
        var bag = new DiagnosticBag();
        bag.Report(Make(severity: Severity.Warning), null, "a", "b");
        Assert.False(bag.HasErrors);
        bag.Report(Make(), new SourceLocation("f"), "a", "b");
        Assert.True(bag.HasErrors);
        Assert.Equal(["warning PC9999: 'a' is not b", "f: error PC9999: 'a' is not b"], bag.ToImmutable().Select(d => d.ToString()));
    }
}
