using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Lint;

/// <summary>One problem a linter found, with the objects it concerns and where they are in the input.</summary>
/// <param name="Linter">The name of the linter that found it (<c>nacl-rule-shadowed</c>).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">One sentence that says what is wrong, naming the objects.</param>
public sealed record LintFinding(string Linter, LintSeverity Severity, string Message)
{
    /// <summary>
    /// The objects the finding is about, the one to change first: SARIF points at the first that has a location.
    /// </summary>
    public ImmutableArray<LintSubject> Subjects { get; init; } = [];

    /// <summary>Objects that explain the finding: shadowing or implying rules, the layers that block or allow.</summary>
    public ImmutableArray<LintSubject> Related { get; init; } = [];

    /// <summary>Further lines: the rule as written, the rules that shadow it, what a reply would need.</summary>
    public ImmutableArray<string> Details { get; init; } = [];

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
