namespace Portcullis.Core.Diagnostics;

/// <summary>One finding about the input: an error that stops the job, or a warning or note beside its answer.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Code">A stable identifier such as <c>PC1002</c>, for filtering and documentation.</param>
/// <param name="Message">What is wrong and, where it helps, what to do.</param>
/// <param name="Location">Where it is, or <see langword="null"/> when it concerns no single place.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation? Location = null)
{
    /// <summary><c>file: $.path: error PC1002: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return Location is null ? $"{severity} {Code}: {Message}" : $"{Location}: {severity} {Code}: {Message}";
    }
}
