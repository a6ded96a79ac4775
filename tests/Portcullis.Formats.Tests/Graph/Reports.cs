using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;

namespace Portcullis.Formats.Tests.Graph;

/// <summary>Connectivity reports of configuration files and built configurations, for the graph tests.</summary>
internal static class Reports
{
    public static ConnectivityReport Of(string path, ConnectivityLevel level)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(path, diagnostics, out var config), $"cannot read {path}");
        return Of(config, level, diagnostics);
    }

    public static ConnectivityReport Of(VpcConfiguration config, ConnectivityLevel level, DiagnosticBag? diagnostics = null)
    {
        var topology = NetworkTopology.Build(config, TopologyFilter.None, diagnostics ?? new DiagnosticBag());
        Assert.NotNull(topology);
        var analyzer = new ConnectivityAnalyzer(topology);
        return level == ConnectivityLevel.Subnets ? analyzer.AnalyzeSubnets() : analyzer.AnalyzeEndpoints();
    }

    /// <summary>
    /// Two instances in two subnets; the ACL of b lets TCP in but no TCP out, so TCP from a to b works only one way
    /// (the report's <c>*</c> rows).
    /// </summary>
    public static VpcConfiguration BlockedReplies() => new ConfigBuilder()
        .Subnet("a", "10.0.1.0/24").Subnet("b", "10.0.2.0/24")
        .AllowAll("acl-a")
        .AclRule("acl-b", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
        .AclRule("acl-b", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All.Except(ConnectionSet.AllTcp))
        .Instance("a1", "a", "10.0.1.4", "sg").Instance("b1", "b", "10.0.2.4", "sg")
        .GroupRule("sg", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
        .GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.All)
        .Build();

    /// <summary>The np-guard inputs in ../shared, as theory data (one row that skips when ../shared is absent).</summary>
    public static TheoryData<string> SharedInputs()
    {
        var data = new TheoryData<string>();
        if (Testing.RepositoryPaths.Shared is { } shared)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(shared, "conformance", "npguard", "input"), "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add(string.Empty);
        }

        return data;
    }

    /// <summary>The path of a shared input, or skips the test when ../shared is absent.</summary>
    public static string SharedInput(string name)
    {
        var shared = Testing.RepositoryPaths.Shared;
        if (shared is null || name.Length == 0)
        {
            Assert.Skip(Testing.RepositoryPaths.NoSharedReason);
        }

        return Path.Combine(shared, "conformance", "npguard", "input", name);
    }
}
