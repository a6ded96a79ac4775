using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Isolation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Tests.Isolation;

/// <summary>
/// The generated isolation set evaluated by the engine. Every expected set is read off IBM's README for the set
/// (kube-samples calico-policies/private-network-isolation, "Summary of changes") and ibm-vpc-facts.md §4.3, not
/// from the generator: workers talk to workers, the pod subnet and the management nets freely; other private
/// hosts only on the listed ports; pods reach non-private nets freely and private ones only on the listed ports.
/// </summary>
public sealed class IbmIsolationGeneratorTests
{
    private static readonly IbmIsolationSource Source = new("IBM-Cloud/kube-samples", new string('a', 40), "calico-policies/private-network-isolation", "Apache-2.0");

    private static readonly IbmIsolationRegion Region = new()
    {
        Name = "test-region",
        ControlPlane = [IpPrefix.Parse("166.9.1.1/32"), IpPrefix.Parse("166.9.1.2/32")],
        ServiceProxy = [IpPrefix.Parse("172.21.0.1/32"), IpPrefix.Parse("10.10.10.1/32")],
        SysMgmt = [IpPrefix.Parse("10.0.64.0/19")],
        WorkerServices = [new IbmIsolationServiceRule(IpProtocols.Tcp, [PortSpec.Single(443)], [IpPrefix.Parse("166.9.251.49/32")])],
        PodServices = [new IbmIsolationServiceRule(IpProtocols.Tcp, [PortSpec.Single(443)], [IpPrefix.Parse("166.9.251.49/32")])],
    };

    private static readonly EvaluationSemantics NoFailsafe = EvaluationSemantics.Calico with { FailsafeInbound = [], FailsafeOutbound = [] };

    private static readonly IbmIsolationParameters VpcCluster = new()
    {
        PodSubnet = IpPrefix.Parse("172.17.0.0/18"),
        Workers = [new IbmWorker("w1", IpAddress.Parse("10.240.0.4")), new IbmWorker("w2", IpAddress.Parse("10.240.0.5"))],
    };

    [Fact]
    public void Generate_Published_PoliciesInIbmsApplyOrderWithTheDenyLast()
    {
        var set = IbmIsolationGenerator.Generate(Source, Region, IbmIsolationParameters.Published);

        Assert.Equal(
            ["allow-all-workers-private", "allow-egress-pods-private", "allow-ibm-ports-private", "allow-icmp-private", "allow-private-service-endpoint", "allow-sys-mgmt-private", "deny-all-private-default"],
            set.Policies.Select(p => p.Id.Name));
        Assert.Equal([1950, 1500, 1500, 1500, 1900, 1800, 99900], set.Policies.Select(p => p.Order!.Value));
        Assert.Empty(set.HostEndpoints);
    }

    [Fact]
    public void Generate_Optional_AddsServicesAndVrrpBeforeTheDeny()
    {
        var set = IbmIsolationGenerator.Generate(Source, Region, new IbmIsolationParameters { IncludePrivateServices = true, IncludeVrrp = true });

        Assert.Equal(["allow-private-services", "allow-private-services-pods", "allow-vrrp-private", "deny-all-private-default"], set.Policies.Skip(6).Select(p => p.Id.Name));
    }

    [Theory]
    [InlineData("172.21.0.0/16", "172.21.0.1/32")]
    [InlineData("10.10.10.0/24", "10.10.10.1/32")]
    [InlineData("172.20.64.0/18", "172.20.64.1/32")]
    public void ServiceProxyOf_ServiceSubnet_IsItsFirstHostAddress(string subnet, string proxy) =>
        Assert.Equal(IpPrefix.Parse(proxy), IbmIsolationGenerator.ServiceProxyOf(IpPrefix.Parse(subnet)));

    [Fact]
    public void ServiceProxyOf_SingleAddress_Throws() =>
        Assert.Throws<ArgumentException>(() => IbmIsolationGenerator.ServiceProxyOf(IpPrefix.Parse("172.21.0.1/32")));

    [Fact]
    public void Engine_WorkerToWorker_EverythingBothWays()
    {
        var (connectivity, w1, w2, _) = Analyze(VpcCluster);

        Assert.Equal(ConnectionSet.All, connectivity.Allowed(w1, w2));
        Assert.Equal(ConnectionSet.All, connectivity.Allowed(w2, w1));
    }

    [Fact]
    public void Engine_OtherPrivateHostToWorker_OnlyDnsVpnBigFixAndIcmp()
    {
        var (connectivity, w1, _, _) = Analyze(VpcCluster);

        var expected = TcpUdp(53, 5353, 10250, 52311).Union(ConnectionSet.Protocol(IpProtocols.Icmp));
        Assert.Equal(expected, connectivity.AllowedFromBlock(Block(connectivity, "10.240.0.99"), w1));
    }

    [Fact]
    public void Engine_WorkerToOtherPrivateHost_OnlyDnsNfsBlockStorageAndTypha()
    {
        var (connectivity, w1, _, _) = Analyze(VpcCluster);

        Assert.Equal(TcpUdp(53, 5353, 2049, 3260, 5473), connectivity.AllowedToBlock(w1, Block(connectivity, "10.240.0.99")));
    }

    [Fact]
    public void Engine_WorkerToMaster_AddsTheServiceEndpointPorts()
    {
        var (connectivity, w1, _, _) = Analyze(VpcCluster);

        var master = TcpUdp(53, 5353, 2049, 3260, 5473, 443).Union(TcpUdpRange(20000, 32767));
        Assert.Equal(master, connectivity.AllowedToBlock(w1, Block(connectivity, "166.9.1.2")));
    }

    [Fact]
    public void Engine_WorkerToLocalProxies_AddsTheirPorts()
    {
        var (connectivity, w1, _, _) = Analyze(VpcCluster);

        var generic = TcpUdp(53, 5353, 2049, 3260, 5473);
        Assert.Equal(generic.Union(TcpUdp(443)), connectivity.AllowedToBlock(w1, Block(connectivity, "172.21.0.1")));
        Assert.Equal(generic.Union(TcpUdp(443)), connectivity.AllowedToBlock(w1, Block(connectivity, "10.10.10.1")));
        Assert.Equal(generic.Union(TcpUdpRange(2040, 2041)), connectivity.AllowedToBlock(w1, Block(connectivity, "172.20.0.9")));
    }

    [Fact]
    public void Engine_ManagementNets_EverythingBothWays()
    {
        var (connectivity, w1, _, _) = Analyze(VpcCluster);

        var block = Block(connectivity, "10.0.70.1");
        Assert.Equal(ConnectionSet.All, connectivity.AllowedToBlock(w1, block));
        Assert.Equal(ConnectionSet.All, connectivity.AllowedFromBlock(block, w1));
    }

    [Fact]
    public void Engine_PodSubnet_WorkersReachTheGivenOneOnly()
    {
        var (vpc, w1, _, _) = Analyze(VpcCluster);
        var (published, p1, _, _) = Analyze(IbmIsolationParameters.Published with { Workers = VpcCluster.Workers });

        Assert.Equal(ConnectionSet.All, vpc.AllowedToBlock(w1, Block(vpc, "172.17.0.10")));
        Assert.Equal(TcpUdp(53, 5353, 2049, 3260, 5473), published.AllowedToBlock(p1, Block(published, "172.17.0.10")));
        Assert.Equal(ConnectionSet.All, published.AllowedToBlock(p1, Block(published, "172.30.0.10")));
    }

    [Fact]
    public void Engine_PodEgress_PublicNetsFreelyPrivateNetsOnlyOnListedPorts()
    {
        var (connectivity, _, _, pod) = Analyze(VpcCluster);

        var listed = Ports(IpProtocols.Tcp, 53, 5353, 443, 4443, 6443, 2049, 3260, 10250).Union(Ports(IpProtocols.Udp, 53, 5353, 443, 2049, 3260, 10250));
        Assert.Equal(ConnectionSet.All, connectivity.AllowedToBlock(pod, Block(connectivity, "8.8.8.8")));
        Assert.Equal(ConnectionSet.All, connectivity.AllowedToBlock(pod, Block(connectivity, "166.9.1.1")));
        Assert.Equal(listed, connectivity.AllowedToBlock(pod, Block(connectivity, "10.240.0.99")));
        Assert.Equal(listed.Union(TcpUdpRange(2040, 2041)), connectivity.AllowedToBlock(pod, Block(connectivity, "172.20.0.1")));
        Assert.Equal(listed, connectivity.AllowedToBlock(pod, Block(connectivity, "192.168.3.3")));
    }

    [Fact]
    public void Engine_PodToPod_Everything()
    {
        var configuration = Cluster(VpcCluster);
        var connectivity = PolicyConnectivity.Analyze(configuration, NoFailsafe);
        var web = IndexOf(connectivity, "web");
        var db = IndexOf(connectivity, "db");

        Assert.Equal(ConnectionSet.All, connectivity.Allowed(web, db));
    }

    [Fact]
    public void Engine_Failsafe_FelixDefaultInboundPortsStayOpen()
    {
        var configuration = Cluster(VpcCluster);
        var connectivity = PolicyConnectivity.Analyze(configuration, EvaluationSemantics.Calico);
        var w1 = IndexOf(connectivity, "w1-worker-private");

        var failsafe = Ports(IpProtocols.Tcp, 22, 179, 2379, 2380, 5473, 6443, 6666, 6667).Union(Ports(IpProtocols.Udp, 68));
        var expected = TcpUdp(53, 5353, 10250, 52311).Union(ConnectionSet.Protocol(IpProtocols.Icmp)).Union(failsafe);
        Assert.Equal(expected, connectivity.AllowedFromBlock(Block(connectivity, "10.240.0.99"), w1));
    }

    [Fact]
    public void Engine_Vrrp_BothWaysWithOtherHosts()
    {
        var (connectivity, w1, _, _) = Analyze(VpcCluster with { IncludeVrrp = true });
        var block = Block(connectivity, "10.240.0.99");

        Assert.True(ConnectionSet.Protocol(IpProtocols.Vrrp).IsSubsetOf(connectivity.AllowedToBlock(w1, block)));
        Assert.True(ConnectionSet.Protocol(IpProtocols.Vrrp).IsSubsetOf(connectivity.AllowedFromBlock(block, w1)));
    }

    [Fact]
    public void AddTo_ClusterPolicies_KeepsThemFirstAndAppendsTheSet()
    {
        var cluster = Build.Config([Build.Pod("app", "web")], Build.Gnp("mine", "all()", 10));
        var set = IbmIsolationGenerator.Generate(Source, Region, VpcCluster);

        var joined = set.AddTo(cluster);

        Assert.Equal("mine", joined.Policies[0].Id.Name);
        Assert.Equal(Enumerable.Range(0, joined.Policies.Length), joined.Policies.Select(p => p.InputOrder));
        Assert.Equal(3, joined.Endpoints.Length);
    }

    private static (PolicyConnectivity Connectivity, int Worker1, int Worker2, int Pod) Analyze(IbmIsolationParameters parameters)
    {
        var connectivity = PolicyConnectivity.Analyze(Cluster(parameters), NoFailsafe);
        return (connectivity, IndexOf(connectivity, "w1-worker-private"), IndexOf(connectivity, "w2-worker-private"), IndexOf(connectivity, "web"));
    }

    private static PolicyConfiguration Cluster(IbmIsolationParameters parameters)
    {
        var pods = Build.Config([Build.Pod("app", "web"), Build.Pod("app", "db")]);
        return IbmIsolationGenerator.Generate(Source, Region, parameters).AddTo(pods);
    }

    private static int IndexOf(PolicyConnectivity connectivity, string name) =>
        connectivity.Endpoints.Select((e, i) => (e, i)).Single(p => p.e.Name == name).i;

    private static int Block(PolicyConnectivity connectivity, string address) => connectivity.BlockOf(IpAddress.Parse(address));

    private static ConnectionSet Ports(int protocol, params int[] ports) =>
        ports.Aggregate(ConnectionSet.None, (set, port) => set.Union(ConnectionSet.Ports(protocol, 1, 65535, port, port)));

    private static ConnectionSet TcpUdp(params int[] ports) => Ports(IpProtocols.Tcp, ports).Union(Ports(IpProtocols.Udp, ports));

    private static ConnectionSet TcpUdpRange(int min, int max) =>
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, min, max).Union(ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, min, max));
}
