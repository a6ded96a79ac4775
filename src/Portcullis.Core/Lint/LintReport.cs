using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Lint;

/// <summary>The result of a lint run: the linters that ran and what they found, most severe first.</summary>
/// <param name="Linters">The linters that ran, in registry order.</param>
/// <param name="Findings">The findings, ordered by severity (errors first), then linter, then in the order the runner was given.</param>
public sealed record LintReport(ImmutableArray<Linter> Linters, ImmutableArray<LintFinding> Findings)
{
    /// <summary>The number of findings of one severity.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Whether some finding has at least the given severity (what <c>--fail-on</c> gates on).</summary>
    public bool HasFindingsAtOrAbove(Severity severity) => Findings.Any(f => f.Severity >= severity);

    /// <summary>The findings of one linter, in report order.</summary>
    public IEnumerable<LintFinding> Of(Linter linter)
    {
        ArgumentNullException.ThrowIfNull(linter);
        return Findings.Where(f => f.Linter == linter.Name);
    }
}
