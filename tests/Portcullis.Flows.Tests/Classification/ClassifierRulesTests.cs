using System.Collections.Immutable;
using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Tests.Classification;

/// <summary>The expansion of policy rules into classifier rules against the engine's exact connection sets.</summary>
public sealed class ClassifierRulesTests
{
    private static readonly ConnectionSet[] Connections =
    [
        ConnectionSet.All,
        ConnectionSet.AllIcmpTcpUdp,
        ConnectionSet.AllTcp,
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22),
        ConnectionSet.Ports(IpProtocols.Udp, 53, 53, 1, 65535),
        ConnectionSet.Ports(IpProtocols.Tcp, 1024, 65535, 80, 443).Union(ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53)),
        ConnectionSet.IcmpOf(8, null),
        ConnectionSet.IcmpOf(3, 4).Union(ConnectionSet.Protocol(IpProtocols.Gre)),
        ConnectionSet.All.Except(ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22)),
        ConnectionSet.Protocols(IntervalSet<int>.Range(40, 60)),
        ConnectionSet.Ports(IpProtocols.Tcp, 1, 100, 1, 65535).Union(ConnectionSet.Ports(IpProtocols.Tcp, 101, 200, 1, 50)),
        ConnectionSet.None,
    ];

    private static readonly int[] Ports = [0, 1, 22, 53, 80, 443, 444, 1023, 1024, 65535];

    [Fact]
    public void Expand_AnyPacket_InABoxExactlyWhenInTheConnectionSet()
    {
        Gen.Select(Gen.OneOf(Connections), Gen.OneOf(Connections), Gen.OneOf(0, 1, 4, 6, 17, 41, 47, 58, 255), Gen.OneOf(Ports), Gen.OneOf(Ports))
            .Sample((a, b, protocol, sourcePort, destinationPort) =>
            {
                var connection = a.Union(b.Complement().Intersect(a.Complement()).Intersect(b));
                var boxes = ClassifierRules.Expand(connection);
                var inBox = boxes.Any(box => box.Protocols.Contains(protocol) && box.SourcePorts.Contains(sourcePort) && box.DestinationPorts.Contains(destinationPort));
                Assert.Equal(InConnection(connection, protocol, sourcePort, destinationPort), inBox);
            }, iter: 5_000);
    }

    [Fact]
    public void OfAcl_FirstMatchClassifier_FindsTheRuleTheEngineWouldApply()
    {
        // Rule 0 denies ssh from 10.0.0.0/8, rule 1 allows all TCP, rule 2 allows icmp echo; everything else falls through.
        var acl = new NetworkAcl("acl", null, "acl", "vpc", [
            Rule("deny-ssh", AclAction.Deny, "10.0.0.0/8", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22)),
            Rule("allow-tcp", AclAction.Allow, "0.0.0.0/0", ConnectionSet.AllTcp),
            Rule("allow-ping", AclAction.Allow, "0.0.0.0/0", ConnectionSet.IcmpOf(8, null)),
            Rule("outbound", AclAction.Allow, "0.0.0.0/0", ConnectionSet.All) with { Direction = TrafficDirection.Outbound },
        ], []);
        var classifier = FirstMatchClassifier.Build(ClassifierRules.OfAcl(acl, TrafficDirection.Inbound));
        Assert.Equal(0, classifier.Classify(new FlowKey(0x0A000001, 0xC0A80001, 6, 40000, 22)));
        Assert.Equal(1, classifier.Classify(new FlowKey(0x0B000001, 0xC0A80001, 6, 40000, 22)));
        // Port 0 is a port of "all TCP".
        Assert.Equal(1, classifier.Classify(new FlowKey(0x0B000001, 0xC0A80001, 6, 0, 0)));
        Assert.Equal(2, classifier.Classify(new FlowKey(0x0B000001, 0xC0A80001, 1, 8, 0)));
        Assert.Equal(FirstMatchClassifier.NoMatch, classifier.Classify(new FlowKey(0x0B000001, 0xC0A80001, 17, 53, 53)));
    }

    [Theory]
    // inbound: from the remote to the member's local block
    [InlineData(TrafficDirection.Inbound, 0x0A000005u, 0xC0A80001u, true)]
    [InlineData(TrafficDirection.Inbound, 0xC0A80001u, 0x0A000005u, false)]
    // outbound: from the member to the remote
    [InlineData(TrafficDirection.Outbound, 0xC0A80001u, 0x0A000005u, true)]
    [InlineData(TrafficDirection.Outbound, 0x0A000005u, 0xC0A80001u, false)]
    public void OfSecurityGroupRule_Direction_PutsTheRemoteOnTheRightSide(TrafficDirection direction, uint source, uint destination, bool matches)
    {
        var rule = new SecurityGroupRule("r", null, direction, new CidrRemote(IpPrefix.Parse("10.0.0.0/24")), IpPrefix.Parse("192.168.0.0/16"),
            RuleProtocol.FromApiName("tcp"), ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443), 0);
        var classifier = AnyMatchClassifier.Build(ClassifierRules.OfSecurityGroupRule(3, rule, IpPrefix.Parse("10.0.0.0/24").ToAddressSet()));
        Assert.Equal(matches, classifier.Matches(new FlowKey(source, destination, 6, 50000, 443)));
    }

    private static NetworkAclRule Rule(string name, AclAction action, string source, ConnectionSet connection) =>
        new(name, name, action, TrafficDirection.Inbound, IpPrefix.Parse(source), IpPrefix.AllIPv4, RuleProtocol.FromApiName("all"), connection, 1);

    // The engine's membership, with the classifier's convention that port 0 is in a side that holds every port.
    private static bool InConnection(ConnectionSet connection, int protocol, int sourcePort, int destinationPort) => protocol switch
    {
        IpProtocols.Tcp or IpProtocols.Udp => (protocol == IpProtocols.Tcp ? connection.Tcp : connection.Udp).Parts.ToImmutableArray()
            .Any(part => Holds(part.First, sourcePort) && Holds(part.Second, destinationPort)),
        IpProtocols.Icmp => sourcePort <= ConnectionSet.MaxIcmpType && destinationPort <= ConnectionSet.MaxIcmpCode
            ? connection.ContainsIcmp(sourcePort, destinationPort)
            : connection.Icmp == ConnectionSet.IcmpOf(null, null).Icmp,
        _ => connection.ContainsProtocol(protocol),
    };

    private static bool Holds(IntervalSet<int> ports, int port) => port == 0 ? ports == IntervalSet<int>.Range(1, 65535) : ports.Contains(port);
}
