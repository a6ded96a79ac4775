using System.Collections.Immutable;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Cluster.Formats.Tests.Wording;

/// <summary>
/// The objects the wording tests build facts from: subnet workers-1 (10.10.0.0/24) behind acl-1, whose only rule
/// denies ssh inbound; w1 (10.10.0.4) in sg-1 (node ports from anywhere) and sg-2; bare (10.10.0.5) in no group.
/// </summary>
internal static class WordingFixture
{
    public static readonly ConnectionSet Ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);
    public static readonly ConnectionSet NodePortRange = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 30000, 32767);

    private static readonly Lazy<VpcNetwork> LazyVpc = new(Build);
    private static readonly Lazy<ClusterDescription> LazyCluster = new(ReadExample);

    public static VpcNetwork Network => LazyVpc.Value;

    public static SubnetNode WorkersSubnet => Network.Subnets.Single(s => s.Name == "workers-1");

    public static NetworkAcl Acl => WorkersSubnet.Acl;

    public static Endpoint Worker => Network.Endpoints.Single(e => e.Name == "w1");

    public static Endpoint Bare => Network.Endpoints.Single(e => e.Name == "bare");

    public static SecurityGroup NodePortGroup => Worker.SecurityGroups.Single(g => g.Name == "sg-1");

    /// <summary>The example's cluster (id cq2lq0ud0t3mfm6aff7g, region us-south).</summary>
    public static ClusterDescription ExampleCluster => LazyCluster.Value;

    /// <summary>Node ports from the worker subnets, checked on the groups.</summary>
    public static Requirement NodePorts { get; } = new("nodeports-inbound", "node ports", TrafficDirection.Inbound, new ConnectionTemplate("tcp", "30000-32767"),
        new RequirementPeer(PeerKind.WorkerSubnets), FirewallLayers.SecurityGroup, DocumentationEra.AclSgMinimums, "[SG-129]");

    public static IpAddressSet Addresses(params string[] prefixes) => IpAddressSet.Of(prefixes.Select(p => IpPrefix.Parse(p)));

    public static ImmutableArray<IpPrefix> Prefixes(params string[] prefixes) => [.. prefixes.Select(p => IpPrefix.Parse(p))];

    /// <summary>What acl-1 must allow inbound for ssh from 192.0.2.0/24 (its deny-ssh rule denies it).</summary>
    public static LayerGap AclGap()
    {
        var remote = Addresses("192.0.2.0/24");
        var verdict = RuleAttribution.Acl(Network, Acl, TrafficDirection.Inbound, Worker.Address, remote, Ssh);
        return new LayerGap(GapSide.Worker, LayerKind.NetworkAcl, TrafficDirection.Inbound, false, Worker, remote, null, Ssh, Ssh, [verdict]);
    }

    /// <summary>The ssh replies acl-1 must allow outbound (it has no outbound rule).</summary>
    public static LayerGap ReplyGap()
    {
        var remote = Addresses("192.0.2.0/24");
        var replies = Ssh.SwapPorts();
        var verdict = RuleAttribution.Acl(Network, Acl, TrafficDirection.Outbound, Worker.Address, remote, replies);
        return new LayerGap(GapSide.Worker, LayerKind.NetworkAcl, TrafficDirection.Outbound, true, Worker, remote, null, replies, replies, [verdict]);
    }

    /// <summary>What the groups of <paramref name="owner"/> must allow inbound for ssh.</summary>
    public static LayerGap GroupGap(Endpoint owner) =>
        new(GapSide.Worker, LayerKind.SecurityGroup, TrafficDirection.Inbound, false, owner, Addresses("192.0.2.0/24"), null, Ssh, Ssh, []);

    private static VpcNetwork Build()
    {
        var configuration = new ConfigBuilder()
            .Subnet("workers-1", "10.10.0.0/24", "acl-1")
            .AclRule("acl-1", AclAction.Deny, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", Ssh, "deny-ssh")
            .GroupRule("sg-1", TrafficDirection.Inbound, "0.0.0.0/0", NodePortRange)
            .Group("sg-2")
            .Instance("w1", "workers-1", "10.10.0.4", "sg-1", "sg-2")
            .Instance("bare", "workers-1", "10.10.0.5")
            .Build();
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics);
        Assert.True(topology is not null, string.Join('\n', diagnostics.ToImmutable()));
        return topology.Vpcs.Single();
    }

    private static ClusterDescription ReadExample()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(ClusterDescriptionReader.TryReadFile(Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml"), diagnostics, out var description),
            string.Join('\n', diagnostics.ToImmutable()));
        return description!;
    }
}
