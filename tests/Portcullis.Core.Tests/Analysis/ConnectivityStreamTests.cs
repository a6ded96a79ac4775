using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Analysis;

/// <summary>
/// The streaming analysis says exactly what the whole-report analysis says: the same connections between the same
/// nodes, and the same external addresses with the same verdicts, however the external blocks are merged.
/// </summary>
public sealed class ConnectivityStreamTests
{
    private static readonly IComparer<NetworkNode> ById = Comparer<NetworkNode>.Create((a, b) => string.CompareOrdinal(Key(a), Key(b)));

    private static string Key(NetworkNode node) => node switch
    {
        Endpoint endpoint => "e:" + endpoint.Id + "@" + endpoint.Address,
        LoadBalancerNode loadBalancer => "lb:" + loadBalancer.Id,
        _ => "x:" + node.Addresses,
    };

    // Internal lines as they are; external lines as (internal node, direction, kind, verdict) -> every address.
    private static (HashSet<string> Internal, Dictionary<string, IpAddressSet> External) Facts(IEnumerable<ConnectivityLine> lines)
    {
        var internalFacts = new HashSet<string>();
        var external = new Dictionary<string, IpAddressSet>();
        foreach (var line in lines)
        {
            var verdict = $"{line.Connection.Tcp}|{line.Connection.Udp}|{line.Connection.Icmp}|{line.Connection.OtherProtocols}|{line.ResponseBlocked.Tcp}|{line.OverApproximated}";
            var (outside, inside, outbound) = (line.Source, line.Destination) switch
            {
                (ExternalBlock or ExternalAddresses, var d) => (line.Source, d, false),
                (var s, ExternalBlock or ExternalAddresses) => (line.Destination, s, true),
                _ => (null, null, false),
            };
            if (outside is null)
            {
                Assert.True(internalFacts.Add($"{Key(line.Source)} -> {Key(line.Destination)} : {verdict}"), "a pair is stated twice");
                continue;
            }

            var kind = outside is ExternalBlock block ? block.Kind : ((ExternalAddresses)outside).Kind;
            var key = $"{Key(inside!)} {(outbound ? "->" : "<-")} {kind} : {verdict}";
            external[key] = external.GetValueOrDefault(key).Union(outside.Addresses);
        }

        return (internalFacts, external);
    }

    private static void AssertSame(NetworkTopology topology, bool loadBalancersAsNodes)
    {
        var analyzer = new ConnectivityAnalyzer(topology);
        var whole = analyzer.AnalyzeEndpoints();
        if (loadBalancersAsNodes)
        {
            whole = LoadBalancerAbstraction.Apply(whole, topology);
        }

        var stream = analyzer.StreamEndpoints(ById, loadBalancersAsNodes);
        Assert.Equal(whole.Sections.Select(s => s.Scope), stream.Sections.Select(s => s.Scope));
        foreach (var (expected, actual) in whole.Sections.Zip(stream.Sections))
        {
            var (expectedInternal, expectedExternal) = Facts(expected.Lines);
            var (actualInternal, actualExternal) = Facts(actual.Lines);
            Assert.Equal(expectedInternal.Order(), actualInternal.Order());
            Assert.Equal(expectedExternal.Keys.Order(), actualExternal.Keys.Order());
            Assert.All(expectedExternal, pair => Assert.Equal(pair.Value, actualExternal[pair.Key]));
        }
    }

    [Fact]
    public void StreamEndpoints_OnRandomVpcs_StatesWhatTheWholeAnalysisStates()
    {
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var (config, _) = RandomVpcs.Build(scenario);
            var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
            AssertSame(topology, loadBalancersAsNodes: false);
        }, iter: 300);
    }

    public static TheoryData<string> SharedInputs() =>
        RepositoryPaths.Shared is { } shared
            ? [.. Directory.GetFiles(Path.Combine(shared, "conformance", "npguard", "input"), "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)]
            : ["(none)"];

    [Theory]
    [MemberData(nameof(SharedInputs))]
    public void StreamEndpoints_OnSharedInputs_StatesWhatTheWholeAnalysisStates(string input)
    {
        if (RepositoryPaths.Shared is not { } shared)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
            return;
        }

        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(Path.Combine(shared, "conformance", "npguard", "input", input), diagnostics, out var config));
        var topology = NetworkTopology.Build(config, TopologyFilter.None, diagnostics)!;
        AssertSame(topology, loadBalancersAsNodes: false);
        AssertSame(topology, loadBalancersAsNodes: true);
    }

    [Fact]
    public void StreamEndpoints_OnTheExample_StatesWhatTheWholeAnalysisStates()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var config));
        AssertSame(NetworkTopology.Build(config, TopologyFilter.None, diagnostics)!, loadBalancersAsNodes: true);
    }
}
