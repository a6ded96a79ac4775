using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Layering;
using Portcullis.Policies.Model;
using Portcullis.Testing;
using static Portcullis.Policies.Tests.Build;

namespace Portcullis.Policies.Tests.Layering;

/// <summary>
/// The VPC and a cluster's Calico policies as layers of one path. The VPC: workers w1 (10.0.1.4, subnet s1) and w2
/// (10.0.2.4, subnet s2), one group that accepts any protocol from 10.0.0.0/16 and sends anything, s2's ACL denies TCP
/// 22 in. The cluster: host endpoints h1 and h2 on the workers accept TCP 80 and, from the node subnet s2, TCP
/// 8080; pods may only send TCP 8080. Felix's default inbound failsafe ports stay open on host endpoints whatever
/// the policies say (Calico's FailsafeInboundHostPorts default: TCP 22, 179, 2379, 2380, 5473, 6443, 6666, 6667 and
/// UDP 68).
/// </summary>
public sealed class LayeredNetworkTests
{
    private static readonly ConnectionSet Tcp80 = TcpPort(80);
    private static readonly ConnectionSet Tcp22 = TcpPort(22);
    private static readonly ConnectionSet Tcp8080 = TcpPort(8080);

    private static readonly ConnectionSet InboundFailsafe = new[] { 22, 179, 2379, 2380, 5473, 6443, 6666, 6667 }
        .Aggregate(ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 68, 68), (all, port) => all.Union(TcpPort(port)));

    private static ConnectionSet TcpPort(int port) => ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, port, port);

    private static ConnectivityAnalyzer Vpc()
    {
        var builder = new ConfigBuilder()
            .Subnet("s1", "10.0.1.0/24", "acl-1").AllowAll("acl-1")
            .Subnet("s2", "10.0.2.0/24", "acl-2")
            .AclRule("acl-2", AclAction.Deny, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", Tcp22)
            .AllowAll("acl-2")
            .GroupRule("g", TrafficDirection.Inbound, "10.0.0.0/16", ConnectionSet.All)
            .GroupRule("g", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
            .Instance("w1", "s1", "10.0.1.4", "g")
            .Instance("w2", "s2", "10.0.2.4", "g");
        return new ConnectivityAnalyzer(NetworkTopology.Build(builder.Build(), TopologyFilter.None, new DiagnosticBag())!);
    }

    private static CalicoLayer Cluster()
    {
        var h1 = Host("h1", "10.0.1.4/32", ("role", "worker")) with { Node = "n1" };
        var h2 = Host("h2", "10.0.2.4/32", ("role", "worker")) with { Node = "n2" };
        var pod = Pod("shop", "api", ("app", "api")) with { Addresses = IpAddressSet.Single(IpAddress.Parse("172.17.0.5")), Node = "n2" };
        var hosts = Gnp("hosts", "role == 'worker'", 10,
            ingress: [Rule(RuleAction.Allow, IpProtocols.Tcp, destinationPorts: [80]), Rule(RuleAction.Allow, IpProtocols.Tcp, sourceNets: "10.0.2.0/24", destinationPorts: [8080])],
            egress: [Rule(RuleAction.Allow)]);
        var pods = Gnp("pods", "app == 'api'", 20, egress: [Rule(RuleAction.Allow, IpProtocols.Tcp, destinationPorts: [8080])]);
        return new CalicoLayer("c", PolicyConnectivity.Analyze(Config([h1, h2, pod], hosts, pods)));
    }

    private static LayeredExplanation Explain(string source, string destination, ConnectionSet? asked = null) =>
        new LayeredNetwork(Vpc(), [Cluster()]).Explain(IpAddress.Parse(source), IpAddress.Parse(destination), asked);

    [Fact]
    public void Explain_WorkerToWorker_IsTheIntersectionOfEveryLayer()
    {
        var explanation = Explain("10.0.1.4", "10.0.2.4");

        Assert.Equal(ConnectionSet.All, explanation.Vpc!.SecurityGroups);
        Assert.Equal(ConnectionSet.All.Except(Tcp22), explanation.Vpc.Acls);
        Assert.Equal(Tcp80.Union(InboundFailsafe), Assert.Single(explanation.Calico).Allowed);
        Assert.Equal(Tcp80.Union(InboundFailsafe).Except(Tcp22), explanation.Allowed);
    }

    [Fact]
    public void Explain_Ssh_OnlyTheAclBlocks_CalicoKeepsTheFailsafePortOpen()
    {
        var explanation = Explain("10.0.1.4", "10.0.2.4", Tcp22);

        Assert.True(explanation.Allowed.IsEmpty);
        Assert.Equal([(LayerKind.Acls, (string?)null, Tcp22)], explanation.Blocks.Select(b => (b.Layer, b.Cluster, b.Blocked)));
    }

    [Fact]
    public void Explain_Https_OnlyCalicoBlocks()
    {
        var https = TcpPort(443);

        var explanation = Explain("10.0.1.4", "10.0.2.4", https);

        Assert.Equal([(LayerKind.Calico, (string?)"c", https)], explanation.Blocks.Select(b => (b.Layer, b.Cluster, b.Blocked)));
    }

    [Fact]
    public void Explain_WorkersInOneSubnet_CrossNoAcl()
    {
        var network = new LayeredNetwork(Vpc(), []);

        var explanation = network.Explain(IpAddress.Parse("10.0.2.4"), IpAddress.Parse("10.0.1.4"));

        Assert.NotNull(explanation.Vpc!.Acls);
        Assert.Empty(explanation.Calico);
        Assert.Equal(ConnectionSet.All, explanation.Allowed);
    }

    [Fact]
    public void Explain_ExternalToWorker_TheGroupBlocksWhatCalicoAllows()
    {
        var explanation = Explain("192.0.2.1", "10.0.1.4", Tcp80);

        Assert.Null(explanation.Vpc!.Source);
        Assert.True(explanation.Vpc.SecurityGroups.IsEmpty);
        Assert.Equal(Tcp80, Assert.Single(explanation.Calico).Allowed);
        Assert.Equal(LayerKind.SecurityGroups, Assert.Single(explanation.Blocks).Layer);
    }

    [Fact]
    public void Explain_PodToWorker_LeavesFromItsNode_AndTheDestinationSeesTheNode()
    {
        // h1 accepts 8080 only from the node subnet: allowed because the pod's traffic arrives from its node w2.
        var explanation = Explain("172.17.0.5", "10.0.1.4");

        Assert.Equal("w2", explanation.Vpc!.Source!.Name);
        Assert.Equal("w1", explanation.Vpc.Destination!.Name);
        Assert.Equal(Tcp8080, explanation.Allowed);
        var calico = Assert.Single(explanation.Calico).Explanation;
        Assert.Equal("api", calico.Source.Endpoint!.Name);
        Assert.Equal("h1", calico.Destination.Endpoint!.Name);
    }

    [Fact]
    public void IsolationCheck_WithoutKnownNeeds_EverythingAllowedIsBeyond()
    {
        var network = new LayeredNetwork(Vpc(), [Cluster()]);
        var first = new ClusterWorkers("a", [IpAddress.Parse("10.0.1.4")]);
        var second = new ClusterWorkers("b", [IpAddress.Parse("10.0.2.4")]);

        var report = IsolationCheck.Check(network, null, first, second, []);

        Assert.False(report.Isolated);
        Assert.Equal(2, report.Pairs.Length);
        Assert.All(report.Pairs, p => Assert.True(p.Needed.IsEmpty));
        // w1 to w2 crosses s2's ACL, which takes TCP 22 away from what Calico keeps open.
        Assert.Equal(Tcp80.Union(InboundFailsafe).Except(Tcp22), report.Pairs[0].Beyond);
    }

    [Fact]
    public void IsolationCheck_NeedsCoveringWhatIsAllowed_IsIsolated()
    {
        var network = new LayeredNetwork(Vpc(), [Cluster()]);
        var first = new ClusterWorkers("a", [IpAddress.Parse("10.0.1.4")]);
        var second = new ClusterWorkers("b", [IpAddress.Parse("10.0.2.4")]);

        // The same layers as the needs: nothing is beyond them.
        var report = IsolationCheck.Check(network, network, first, second, []);

        Assert.True(report.Isolated);
    }
}
