using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Tests.Analysis;

/// <summary>
/// Transit gateways route between VPCs what each VPC advertises: its address prefixes that the connection's prefix
/// filters permit (first matching filter, else the default). Only the destination must be advertised; replies need
/// the source advertised too.
/// </summary>
public sealed class TransitGatewayTests
{
    private static VpcConfiguration TwoVpcs(ImmutableArray<PrefixFilter> filtersOfB, PrefixFilterAction defaultOfB, string prefixOfB = "10.2.0.0/16")
    {
        var open = ConnectionSet.All;
        Vpc MakeVpc(string name, string prefix) => new(name, $"crn:{name}", name, "us-south", [new AddressPrefix(null, IpPrefix.Parse(prefix), "us-south-1")]);
        NetworkAcl Acl(string vpc) => new($"acl-{vpc}", null, $"acl-{vpc}", vpc,
        [
            new NetworkAclRule("i", "in", AclAction.Allow, TrafficDirection.Inbound, IpPrefix.AllIPv4, IpPrefix.AllIPv4, RuleProtocol.FromApiName("any"), open, 1),
            new NetworkAclRule("o", "out", AclAction.Allow, TrafficDirection.Outbound, IpPrefix.AllIPv4, IpPrefix.AllIPv4, RuleProtocol.FromApiName("any"), open, 1),
        ], []);
        SecurityGroup Group(string vpc) => new($"sg-{vpc}", null, $"sg-{vpc}", vpc,
        [
            new SecurityGroupRule("i", null, TrafficDirection.Inbound, new CidrRemote(IpPrefix.AllIPv4), default, RuleProtocol.FromApiName("any"), open, 0),
            new SecurityGroupRule("o", null, TrafficDirection.Outbound, new CidrRemote(IpPrefix.AllIPv4), default, RuleProtocol.FromApiName("any"), open, 1),
        ], []);
        Instance Vsi(string vpc, string subnet, string address) =>
            new($"vsi-{vpc}", null, $"vsi-{vpc}", vpc, "us-south-1", [new NetworkInterface($"nic-{vpc}", "eth0", IpAddress.Parse(address), subnet, [$"sg-{vpc}"])]);
        return new VpcConfiguration
        {
            Vpcs = [MakeVpc("a", "10.1.0.0/16"), MakeVpc("b", prefixOfB)],
            Subnets =
            [
                new Subnet("sa", null, "sa", "a", "us-south-1", IpPrefix.Parse("10.1.0.0/24"), "acl-a", null, null, []),
                new Subnet("sb", null, "sb", "b", "us-south-1", IpPrefix.Parse("10.2.0.0/24"), "acl-b", null, null, []),
            ],
            NetworkAcls = [Acl("a"), Acl("b")],
            SecurityGroups = [Group("a"), Group("b")],
            Instances = [Vsi("a", "sa", "10.1.0.4"), Vsi("b", "sb", "10.2.0.4")],
            TransitConnections =
            [
                new TransitConnection("ca", "conn-a", "crn:tgw", "tgw", "crn:a", "vpc", "attached", PrefixFilterAction.Permit, []),
                new TransitConnection("cb", "conn-b", "crn:tgw", "tgw", "crn:b", "vpc", "attached", defaultOfB, filtersOfB),
            ],
        };
    }

    private static (ConnectionSet AToB, ConnectionSet AToBBlocked, ConnectionSet BToA, ConnectionSet BToABlocked) Analyse(VpcConfiguration config)
    {
        var topology = NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag())!;
        var analyzer = new ConnectivityAnalyzer(topology);
        var a = topology.Endpoints.Single(e => e.Name == "vsi-a");
        var b = topology.Endpoints.Single(e => e.Name == "vsi-b");
        var (ab, abBlocked) = analyzer.Evaluate(a, b);
        var (ba, baBlocked) = analyzer.Evaluate(b, a);
        return (ab, abBlocked, ba, baBlocked);
    }

    [Fact]
    public void PermitByDefault_RoutesBothWays()
    {
        var result = Analyse(TwoVpcs([], PrefixFilterAction.Permit));
        Assert.Equal(ConnectionSet.All, result.AToB);
        Assert.Equal(ConnectionSet.All, result.BToA);
        Assert.True(result.AToBBlocked.IsEmpty && result.BToABlocked.IsEmpty);
    }

    [Fact]
    public void DenyByDefault_BlocksTrafficToTheVpcThatAdvertisesNothing_AndTheRepliesOfItsOwnTraffic()
    {
        var result = Analyse(TwoVpcs([], PrefixFilterAction.Deny));
        Assert.True(result.AToB.IsEmpty); // b's addresses are not advertised: nothing routes to them
        Assert.Equal(ConnectionSet.All, result.BToA); // only the destination must be advertised
        Assert.Equal(ConnectionSet.AllTcp, result.BToABlocked); // but replies to b are not routed back
    }

    [Theory]
    [InlineData("10.2.0.0/16", null, null, true)] // exactly the advertised prefix
    [InlineData("10.2.0.0/15", null, null, false)] // without ge/le the prefix must be equal
    [InlineData("10.0.0.0/8", 16, null, true)] // inside, at least /16
    [InlineData("10.0.0.0/8", 17, null, false)] // inside, but /16 is shorter than ge
    [InlineData("10.0.0.0/8", null, 15, false)] // inside, but /16 is longer than le
    public void PermitFilter_BeforeADenyDefault_AdvertisesWhatItMatches(string prefix, int? ge, int? le, bool advertised)
    {
        var filters = ImmutableArray.Create(new PrefixFilter(PrefixFilterAction.Permit, IpPrefix.Parse(prefix), ge, le));
        var result = Analyse(TwoVpcs(filters, PrefixFilterAction.Deny));
        Assert.Equal(advertised, !result.AToB.IsEmpty);
    }

    [Fact]
    public void FirstMatchingFilterDecides()
    {
        var filters = ImmutableArray.Create(
            new PrefixFilter(PrefixFilterAction.Deny, IpPrefix.Parse("10.2.0.0/16"), null, null),
            new PrefixFilter(PrefixFilterAction.Permit, IpPrefix.Parse("10.0.0.0/8"), 8, 32));
        Assert.True(Analyse(TwoVpcs(filters, PrefixFilterAction.Permit)).AToB.IsEmpty);
    }

    [Fact]
    public void OverlappingAddressPrefixes_TheGatewayIsNotAnalysed_AndSaysWhy()
    {
        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(TwoVpcs([], PrefixFilterAction.Permit, prefixOfB: "10.0.0.0/8"), TopologyFilter.None, diagnostics)!;
        Assert.Empty(topology.TransitGateways);
        Assert.Contains(diagnostics.ToImmutable(), d => d.Code == "PC2006" && d.Message.Contains("overlap", StringComparison.Ordinal));
    }
}
