using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Lint;

/// <summary>Runs linters over a topology and gathers their findings into a <see cref="LintReport"/>.</summary>
public static class LintRunner
{
    /// <summary>Runs the given linters and sorts their findings: most severe first, then by linter and message (then by the objects they name). Linters run in parallel; the order does not depend on it.</summary>
    public static LintReport Run(NetworkTopology topology, IEnumerable<Linter> linters)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(linters);
        var context = new LintContext(topology);
        var selected = linters.Distinct().ToImmutableArray();
        // Linters are independent and the shared analysis is computed once, so they run side by side.
        // The sort is stable, so findings alike in all keys keep the order their linter gave.
        var findings = selected.AsParallel().AsOrdered().SelectMany(linter => linter.Check(context).ToList()).ToList()
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Linter, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ThenBy(f => string.Join('|', f.AllSubjects.Select(s => s.Text ?? s.ToString())), StringComparer.Ordinal)
            .ToImmutableArray();
        return new LintReport(selected, findings);
    }
}
