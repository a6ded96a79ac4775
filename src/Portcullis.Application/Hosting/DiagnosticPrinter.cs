using Portcullis.Core.Diagnostics;

namespace Portcullis.Application.Hosting;

/// <summary>The one place diagnostics are printed.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints diagnostics, errors first (info is not shown), and returns whether any was an error.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="diagnostics">What the readers and checks found.</param>
    public static bool Print(TextWriter error, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var hasErrors = false;
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Severity))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info)
            {
                continue;
            }

            hasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
            error.WriteLine($"portcullis: {diagnostic}");
        }

        return hasErrors;
    }
}
