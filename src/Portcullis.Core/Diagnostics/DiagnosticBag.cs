using System.Collections.Immutable;

namespace Portcullis.Core.Diagnostics;

/// <summary>Collects every diagnostic of a job, so that a user sees all problems at once rather than the first.</summary>
/// <remarks>Not thread-safe: one bag per reader or job.</remarks>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>The number of diagnostics.</summary>
    public int Count => _items.Count;

    /// <summary>Adds a diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Add(diagnostic);
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
    }

    /// <summary>Adds an error.</summary>
    public void Error(string code, string message, SourceLocation? location = null) => Add(new Diagnostic(DiagnosticSeverity.Error, code, message, location));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, string message, SourceLocation? location = null) => Add(new Diagnostic(DiagnosticSeverity.Warning, code, message, location));

    /// <summary>Adds every diagnostic of another bag.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>The diagnostics so far, in the order reported.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => [.. _items];
}
