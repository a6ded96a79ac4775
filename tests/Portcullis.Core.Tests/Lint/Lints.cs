using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Lint;

/// <summary>Runs one linter on a configuration built for a test.</summary>
internal static class Lints
{
    public static IReadOnlyList<LintFinding> Run(string linter, ConfigBuilder builder) => Run(linter, builder.Build());

    /// <summary>Runs a linter whose findings are all of one kind, and returns them as that kind.</summary>
    public static IReadOnlyList<T> Run<T>(string linter, ConfigBuilder builder)
        where T : LintFinding => [.. Run(linter, builder).Select(Assert.IsType<T>)];

    public static IReadOnlyList<LintFinding> Run(string linter, VpcConfiguration configuration)
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics)
            ?? throw new InvalidOperationException(string.Join("; ", diagnostics.ToImmutable()));
        var selected = LinterRegistry.Find(linter) ?? throw new ArgumentException($"no linter {linter}", nameof(linter));
        var report = LintRunner.Run(topology, [selected]);
        Assert.All(report.Findings, f => Assert.Equal(linter, f.Linter));
        return report.Findings;
    }
}
