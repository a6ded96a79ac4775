using Portcullis.Core.Diagnostics;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Where a command writes: its output, and the diagnostics stream.</summary>
internal sealed class CommandContext(TextWriter output, TextWriter error)
{
    /// <summary>Standard output (reports go here unless <c>--output</c> names a file).</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Standard error (diagnostics and progress).</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Whether notes (what was ignored, what was resolved) are printed too (<c>--verbose</c>).</summary>
    public bool Verbose { get; set; }

    /// <summary>Prints diagnostics, errors first (notes only with <see cref="Verbose"/>), then returns whether any was an error.</summary>
    public bool Report(IEnumerable<Diagnostic> diagnostics)
    {
        var hasErrors = false;
        foreach (var diagnostic in diagnostics.OrderByDescending(d => d.Severity))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info && !Verbose)
            {
                continue;
            }

            hasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
            Error.WriteLine($"portcullis: {Printable(diagnostic.ToString())}");
        }

        return hasErrors;
    }

    // Diagnostics quote the input (names, attribute keys, values): a control character in it is shown, not obeyed.
    private static string Printable(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : text;

    /// <summary>Prints a usage error.</summary>
    public int UsageError(string message, string? hint = null)
    {
        Error.WriteLine($"portcullis: error: {message}");
        if (hint is not null)
        {
            Error.WriteLine(hint);
        }

        return ExitCodes.BadInput;
    }
}
