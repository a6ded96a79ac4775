using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Lint;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Lint;

/// <summary>Lint reports to write in tests: the IKS example as the command line produces it.</summary>
internal static class LintReports
{
    public static LintReport IksExample(params string[] enable)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var configuration));
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics)!;
        Assert.True(LinterRegistry.TrySelect(enable, [], out var linters, out _));
        return LintSourceLines.Resolve(LintRunner.Run(topology, linters));
    }
}
