using Portcullis.Application.Hosting;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Application.Tests.Hosting;

/// <summary>Diagnostics are printed in one place: errors first, notes only when verbose, and whether there was an error.</summary>
public sealed class DiagnosticPrinterTests
{
    private static readonly DiagnosticDescriptor Warning = new("PC9901", Severity.Warning, "A warning", "a warning about {0}", "Test only.");
    private static readonly DiagnosticDescriptor Note = new("PC9902", Severity.Note, "A note", "a note", "Test only.");
    private static readonly DiagnosticDescriptor Error = new("PC9903", Severity.Error, "An error", "an error", "Test only.");

    private static Diagnostic[] Mixed() =>
    [
        Warning.Create(new SourceLocation("a.json", "$.x"), "x"),
        Note.Create(null),
        Error.Create(new SourceLocation("b.yaml", Line: 3, Column: 7)),
    ];

    [Fact]
    public void Print_Mixed_PrintsErrorsFirstDropsNotesAndSaysThereWasAnError()
    {
        var error = new StringWriter();

        var hasErrors = DiagnosticPrinter.Print(error, Mixed());

        Assert.True(hasErrors);
        Assert.Equal("portcullis: b.yaml:3:7: error PC9903: an error\nportcullis: a.json: $.x: warning PC9901: a warning about x\n", error.ToString());
    }

    [Fact]
    public void Print_Verbose_PrintsNotesLast()
    {
        var error = new StringWriter();

        DiagnosticPrinter.Print(error, Mixed(), verbose: true);

        Assert.EndsWith("portcullis: note PC9902: a note\n", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_WarningsOnly_SaysThereWasNoError()
    {
        var error = new StringWriter();

        Assert.False(DiagnosticPrinter.Print(error, [Warning.Create(null, "y")]));
        Assert.Equal("portcullis: warning PC9901: a warning about y\n", error.ToString());
    }
}
