using Portcullis.Core.Diagnostics;

namespace Portcullis.Formats.Tests.Diagnostics;

/// <summary>Which diagnostics a person sees, in which order, and as what text.</summary>
public sealed class DiagnosticTextTests
{
    private static readonly DiagnosticDescriptor NoteKind = new("PC9001", Severity.Note, "A note", "note {0}", "Help.");
    private static readonly DiagnosticDescriptor WarningKind = new("PC9002", Severity.Warning, "A warning", "warning {0}", "Help.");
    private static readonly DiagnosticDescriptor ErrorKind = new("PC9003", Severity.Error, "An error", "error {0}", "Help.");

    private static readonly Diagnostic[] Reported =
    [
        NoteKind.Create(null, 1), WarningKind.Create(null, 2), ErrorKind.Create(null, 3), NoteKind.Create(null, 4), ErrorKind.Create(null, 5), WarningKind.Create(null, 6),
    ];

    [Fact]
    public void Shown_NotVerbose_ErrorsThenWarningsInReportedOrder_WithoutNotes()
    {
        Assert.Equal(["error 3", "error 5", "warning 2", "warning 6"], DiagnosticText.Shown(Reported, verbose: false).Select(d => d.Message));
    }

    [Fact]
    public void Shown_Verbose_AddsTheNotesLast()
    {
        Assert.Equal(["error 3", "error 5", "warning 2", "warning 6", "note 1", "note 4"], DiagnosticText.Shown(Reported, verbose: true).Select(d => d.Message));
    }

    [Fact]
    public void Format_IsTheDiagnosticsOneLine()
    {
        var diagnostic = ErrorKind.Create(new SourceLocation("vpc.json", "$.vpcs[0]"), "x");
        Assert.Equal("vpc.json: $.vpcs[0]: error PC9003: error x", DiagnosticText.Format(diagnostic));
    }

    [Theory]
    [InlineData("\u001b[2Jcleared", "error \\x1b[2Jcleared")] // an escape sequence from a name in the input
    [InlineData("two\nlines", "error two\\nlines")]
    [InlineData("bell\u0007", "error bell\\x07")]
    [InlineData("c1\u009b", "error c1\\x9b")]
    [InlineData("tab\there", "error tab\\there")]
    [InlineData("plain é ✓", "error plain é ✓")] // printable text, ASCII or not, is kept
    public void Format_ControlCharacters_AreEscaped(string value, string message)
    {
        Assert.Equal($"f: error PC9003: {message}", DiagnosticText.Format(ErrorKind.Create(new SourceLocation("f"), value)));
    }

    [Fact]
    public void Format_ControlCharacterInTheLocation_IsEscapedToo()
    {
        Assert.Equal("a\\x1bb: error PC9003: error x", DiagnosticText.Format(ErrorKind.Create(new SourceLocation("a\u001bb"), "x")));
    }
}
