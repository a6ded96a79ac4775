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
        HasErrors |= diagnostic.Severity == Severity.Error;
    }

    /// <summary>Adds a diagnostic of the kind <paramref name="descriptor"/> describes, at <paramref name="location"/>, with its template's holes filled by <paramref name="arguments"/>.</summary>
    /// <exception cref="ArgumentException">When the number of arguments does not fit the template.</exception>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Add(descriptor.Create(location, arguments));
    }

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
