using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint;

/// <summary>Runs linters over a topology and gathers their findings into a <see cref="LintReport"/>.</summary>
public static class LintRunner
{
    /// <summary>
    /// Runs the given linters and sorts their findings: most severe first, then by linter, then in
    /// <paramref name="order"/> (the order the writer lists findings in; without one, each linter's own order).
    /// Linters run in parallel; the order does not depend on it.
    /// </summary>
    /// <param name="topology">The topology to check.</param>
    /// <param name="linters">The linters to run.</param>
    /// <param name="order">How findings of one severity and linter are listed; writers order them by how they word them.</param>
    public static LintReport Run(NetworkTopology topology, IEnumerable<Linter> linters, IComparer<LintFinding>? order = null)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(linters);
        var context = new LintContext(topology);
        var selected = linters.Distinct().ToImmutableArray();
        // Linters are independent and the shared analysis is computed once, so they run side by side.
        // The sort is stable, so findings alike in all keys keep the order their linter gave.
        var sorted = selected.AsParallel().AsOrdered().SelectMany(linter => linter.Check(context).ToList()).ToList()
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Linter, StringComparer.Ordinal);
        var findings = order is null ? sorted.ToImmutableArray() : sorted.ThenBy(f => f, order).ToImmutableArray();
        return new LintReport(selected, findings);
    }
}
