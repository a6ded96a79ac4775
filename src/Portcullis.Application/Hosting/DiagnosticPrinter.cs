using Portcullis.Core.Diagnostics;
using Portcullis.Formats;

namespace Portcullis.Application.Hosting;

/// <summary>The one place diagnostics are printed.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints diagnostics, errors first (notes only when <paramref name="verbose"/>), and returns whether any was an error.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="diagnostics">What the readers and checks found.</param>
    /// <param name="verbose">Whether notes are printed too.</param>
    public static bool Print(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var hasErrors = false;
        foreach (var diagnostic in DiagnosticText.Shown(diagnostics, verbose))
        {
            hasErrors |= diagnostic.Severity == Severity.Error;
            error.WriteLine($"portcullis: {DiagnosticText.Format(diagnostic)}");
        }

        return hasErrors;
    }
}
