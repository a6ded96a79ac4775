using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Reports;
using Portcullis.Core.Reports.Exposure;
using Portcullis.Core.Sets;
using Portcullis.Core.Tests.Analysis;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Reports;

/// <summary>
/// The exposure report says exactly what the whole endpoint report says about external peers: for every endpoint,
/// every external address with its connection, each direction and kind, and nothing for endpoints no line names.
/// </summary>
public sealed class ExposureReportTests
{
    private static readonly IComparer<NetworkNode> ById = Comparer<NetworkNode>.Create((a, b) => string.CompareOrdinal(Key(a), Key(b)));

    private static string Key(NetworkNode node) => node switch
    {
        Endpoint endpoint => "e:" + endpoint.Id + "@" + endpoint.Address,
        LoadBalancerNode loadBalancer => "lb:" + loadBalancer.Id,
        _ => "x:" + node.Addresses,
    };

    // The naive reading of the whole (non-streamed) endpoint report: per node, direction, kind and verdict, the union of the blocks.
    private static Dictionary<string, IpAddressSet> Naive(ConnectivityReport report)
    {
        var facts = new Dictionary<string, IpAddressSet>();
        foreach (var line in report.Sections.Where(s => s.Scope is VpcScope).SelectMany(s => s.Lines))
        {
            var (outside, inside, direction) = line.Source is ExternalNode source ? (source, line.Destination, ExposureDirection.Inbound)
                : line.Destination is ExternalNode destination ? (destination, line.Source, ExposureDirection.Outbound)
                : (null, null, default);
            if (outside is null)
            {
                continue;
            }

            foreach (var (connection, blocked) in ReportShaper.Split(line))
            {
                var key = Fact(inside!, direction, outside.Kind, connection, blocked);
                facts[key] = facts.GetValueOrDefault(key).Union(outside.Addresses);
            }
        }

        return facts;
    }

    private static string Fact(NetworkNode node, ExposureDirection direction, ExternalKind kind, ConnectionSet connection, bool blocked) =>
        $"{Key(node)} {direction} {kind} {connection.Tcp}|{connection.Udp}|{connection.Icmp}|{connection.OtherProtocols} blocked={blocked}";

    private static void AssertSame(NetworkTopology topology)
    {
        var analyzer = new ConnectivityAnalyzer(topology);
        var expected = Naive(analyzer.AnalyzeEndpoints());
        var sections = ExposureReport.Build(analyzer.StreamExternal(ById, loadBalancersAsNodes: false), ById, loadBalancersAsNodes: false).ToList();

        var actual = new Dictionary<string, IpAddressSet>();
        var listed = new List<NetworkNode>();
        foreach (var group in sections.SelectMany(s => s.Groups))
        {
            listed.AddRange(group.Nodes);
            foreach (var node in group.Nodes)
            {
                foreach (var entry in group.Entries)
                {
                    Assert.False(entry.OverApproximated);
                    Assert.True(actual.TryAdd(Fact(node, entry.Direction, entry.Kind, entry.Connection, entry.ResponseBlocked), entry.Addresses), "an entry is stated twice");
                }
            }
        }

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.Equal(pair.Value, actual[pair.Key]));

        // Every endpoint once, whether or not anything outside reaches it.
        Assert.Equal(topology.Vpcs.SelectMany(v => v.Endpoints).Select(Key).Order(StringComparer.Ordinal), listed.Select(Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_OnRandomVpcs_StatesWhatTheEndpointReportStatesAboutExternalPeers()
    {
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var (config, _) = RandomVpcs.Build(scenario);
            var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
            AssertSame(topology);
        }, iter: 200);
    }

    [Fact]
    public void Build_OnTheExample_StatesWhatTheEndpointReportStates()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var config));
        AssertSame(NetworkTopology.Build(config, TopologyFilter.None, diagnostics)!);
    }

    [Fact]
    public void Build_AlikeEndpoints_ShareOneGroup()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(RepositoryPaths.IksExample, diagnostics, out var config));
        var analyzer = new ConnectivityAnalyzer(NetworkTopology.Build(config, TopologyFilter.None, diagnostics)!);

        var groups = ExposureReport.Build(analyzer.StreamExternal(ById), ById).Single().Groups;

        // No two groups say the same; the example's six workers share their subnets' ACL and groups, so one exposure.
        Assert.Equal(groups.Length, groups.Select(g => string.Join(";", g.Entries)).Distinct().Count());
        Assert.Contains(groups, g => g.Nodes.Length == 6 && g.Nodes.All(n => ((Endpoint)n).Kind == EndpointKind.IksWorker));
    }

    [Theory]
    // TCP to 22 from anywhere: opens 22, not 23.
    [InlineData(6, 1, 65535, 22, 22, "22", true)]
    [InlineData(6, 1, 65535, 22, 22, "23", false)]
    // UDP counts as well.
    [InlineData(17, 1, 65535, 53, 53, "50-60", true)]
    // A source port of 22 does not open destination port 22 (these are replies-shaped rules).
    [InlineData(6, 22, 22, 1024, 65535, "22", false)]
    public void OpensPorts_MatchesDestinationPortsOfTcpAndUdp(int protocol, int sourceMin, int sourceMax, int destinationMin, int destinationMax, string ports, bool expected)
    {
        var entry = new ExposureEntry(ExposureDirection.Inbound, ExternalKind.PublicInternet, ExternalAddressSpace.PublicInternet,
            ConnectionSet.Ports(protocol, sourceMin, sourceMax, destinationMin, destinationMax), false, false);
        var set = IntervalSet<int>.Of(ports.Split(',').Select(p => p.Split('-')).Select(p => new Interval<int>(int.Parse(p[0]), int.Parse(p[^1]))));

        Assert.Equal(expected, entry.OpensPorts(set));
    }

    [Fact]
    public void OpensPorts_Icmp_OpensNoPort()
    {
        var entry = new ExposureEntry(ExposureDirection.Inbound, ExternalKind.PublicInternet, ExternalAddressSpace.PublicInternet, ConnectionSet.IcmpOf(8, null), false, false);

        Assert.False(entry.OpensPorts(IntervalSet<int>.Range(1, 65535)));
    }
}
