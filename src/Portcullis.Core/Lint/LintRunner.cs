using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint;

/// <summary>Runs linters over a topology and gathers their findings into a <see cref="LintReport"/>.</summary>
public static class LintRunner
{
    /// <summary>Runs the given linters (in registry order) and sorts their findings: most severe first, then by linter and message.</summary>
    public static LintReport Run(NetworkTopology topology, IEnumerable<Linter> linters)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(linters);
        var context = new LintContext(topology);
        var selected = linters.Distinct().ToImmutableArray();
        var findings = selected.SelectMany(linter => linter.Check(context))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Linter, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new LintReport(selected, findings);
    }
}
