using Portcullis.Core.Diagnostics;
using Portcullis.Formats.Text;

namespace Portcullis.Formats;

/// <summary>How diagnostics are printed for a person: which are shown, in which order, and each as one line.</summary>
public static class DiagnosticText
{
    /// <summary>
    /// The diagnostics to print, errors first, then warnings, then notes (each in the order reported); notes only
    /// when <paramref name="verbose"/>, since they say what the analysis assumed or skipped, not what is wrong.
    /// </summary>
    public static IEnumerable<Diagnostic> Shown(IEnumerable<Diagnostic> diagnostics, bool verbose)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.Where(d => verbose || d.Severity != Severity.Note).OrderByDescending(d => d.Severity);
    }

    /// <summary>
    /// One line: <c>file: $.path: error PC1002: message</c>. Control characters (which input names and values may
    /// carry into a message) are written as escapes (<see cref="ControlText.Escape"/>: <c>\n</c>, <c>\x1b</c>), so nothing from a file reaches a terminal raw.
    /// </summary>
    public static string Format(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return ControlText.Escape(diagnostic.ToString());
    }
}
