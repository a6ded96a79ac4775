namespace Portcullis.Core.Diagnostics;

/// <summary>One finding about the input: an error that stops the job, or a warning or note beside its answer.</summary>
/// <remarks>Made by <see cref="DiagnosticDescriptor.Create"/>: its severity and code are its descriptor's.</remarks>
public sealed record Diagnostic
{
    internal Diagnostic(DiagnosticDescriptor descriptor, string message, SourceLocation? location)
    {
        Descriptor = descriptor;
        Message = message;
        Location = location;
    }

    /// <summary>The kind of problem, with its code, severity, title and help.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>How much it matters.</summary>
    public Severity Severity => Descriptor.Severity;

    /// <summary>A stable identifier such as <c>PC1002</c>, for filtering and documentation.</summary>
    public string Code => Descriptor.Code;

    /// <summary>What is wrong and, where it helps, what to do: the descriptor's template with its holes filled.</summary>
    public string Message { get; }

    /// <summary>Where it is, or <see langword="null"/> when it concerns no single place.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary><c>file: $.path: error PC1002: message</c> (the severity as <c>note</c>, <c>warning</c> or <c>error</c>).</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
        return Location is null ? $"{severity} {Code}: {Message}" : $"{Location}: {severity} {Code}: {Message}";
    }
}
