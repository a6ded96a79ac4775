using Portcullis.Application.Hosting;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Application.Tests.Hosting;

/// <summary>Diagnostics are printed in one place: errors first, info left out, and whether there was an error.</summary>
public sealed class DiagnosticPrinterTests
{
    [Fact]
    public void Print_Mixed_PrintsErrorsFirstDropsInfoAndSaysThereWasAnError()
    {
        var error = new StringWriter();
        Diagnostic[] diagnostics =
        [
            new(DiagnosticSeverity.Warning, "PC1", "a warning", new SourceLocation("a.json", "$.x")),
            new(DiagnosticSeverity.Info, "PC2", "a note"),
            new(DiagnosticSeverity.Error, "PC3", "an error", new SourceLocation("b.yaml", Line: 3, Column: 7)),
        ];

        var hasErrors = DiagnosticPrinter.Print(error, diagnostics);

        Assert.True(hasErrors);
        Assert.Equal("portcullis: b.yaml:3:7: error PC3: an error\nportcullis: a.json: $.x: warning PC1: a warning\n", error.ToString());
    }

    [Fact]
    public void Print_WarningsOnly_SaysThereWasNoError()
    {
        var error = new StringWriter();

        Assert.False(DiagnosticPrinter.Print(error, [new Diagnostic(DiagnosticSeverity.Warning, "PC1", "careful")]));
        Assert.Equal("portcullis: warning PC1: careful\n", error.ToString());
    }
}
