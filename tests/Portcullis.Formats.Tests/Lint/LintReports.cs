using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Lint;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Lint;

/// <summary>Lint reports to write in tests: the IKS example as the command line produces it, or a configuration built for a test.</summary>
internal static class LintReports
{
    public static LintReport IksExample(params string[] enable)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var configuration));
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics)!;
        Assert.True(LinterRegistry.TrySelect(enable, [], out var linters, out _));
        return LintSourceLines.Resolve(LintRunner.Run(topology, linters, LintText.Order));
    }

    /// <summary>The named linters run on a built configuration, findings in the order writers list them.</summary>
    public static LintReport Run(ConfigBuilder builder, params string[] linters)
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(builder.Build(), TopologyFilter.None, diagnostics)
            ?? throw new InvalidOperationException(string.Join("; ", diagnostics.ToImmutable()));
        return LintRunner.Run(topology, linters.Select(n => LinterRegistry.Find(n) ?? throw new ArgumentException($"no linter {n}", nameof(linters))), LintText.Order);
    }

    /// <summary>The one finding of one linter on a built configuration.</summary>
    public static LintFinding Single(string linter, ConfigBuilder builder) => Assert.Single(Run(builder, linter).Findings);
}
