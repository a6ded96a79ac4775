using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Lint;

/// <summary>
/// One problem a linter found, as facts: the kinds of finding are the derived records (in
/// <c>Portcullis.Core.Lint.Findings</c>), each holding the model objects, numbers and connection sets it is about; writers word
/// them. Every finding also lists the objects it names, with where they are in the input.
/// </summary>
public abstract record LintFinding
{
    /// <summary>Describes a finding.</summary>
    /// <param name="linter">The name of the linter that found it (<c>nacl-rule-shadowed</c>).</param>
    /// <param name="severity">How much it matters.</param>
    protected LintFinding(string linter, Severity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(linter);
        Linter = linter;
        Severity = severity;
    }

    /// <summary>The name of the linter that found it (<c>nacl-rule-shadowed</c>).</summary>
    public string Linter { get; }

    /// <summary>How much it matters.</summary>
    public Severity Severity { get; }

    /// <summary>
    /// The objects the finding is about, the one to change first: SARIF points at the first that has a location.
    /// </summary>
    public ImmutableArray<LintSubject> Subjects { get; init; } = [];

    /// <summary>Objects that explain the finding: shadowing or implying rules, the layers that block or allow.</summary>
    public ImmutableArray<LintSubject> Related { get; init; } = [];

    /// <summary>For findings about traffic, the node it starts from.</summary>
    public LintSubject? Source { get; init; }

    /// <summary>For findings about traffic, the node it goes to.</summary>
    public LintSubject? Destination { get; init; }

    /// <summary>For findings about traffic, the connections concerned (for example the TCP whose replies are blocked).</summary>
    public ConnectionSet? Connection { get; init; }

    /// <summary>The subjects, then the related objects, then the traffic's ends: every object the finding names.</summary>
    public IEnumerable<LintSubject> AllSubjects =>
        Subjects.Concat(Related).Concat(new[] { Source, Destination }.OfType<LintSubject>());
}
