using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Lint.Linters;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Lint;

/// <summary>
/// The linters that read the engine's connectivity: blocked TCP replies, DNS and ping answered one way only,
/// reply rules that admit new connections, administrative ports open to the internet.
/// </summary>
public sealed class ConnectivityLinterTests
{
    private static readonly ConnectionSet Ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);
    private static readonly ConnectionSet DnsUdp = ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53);

    // Two subnets with their own ACLs; "client" in s1 may send anything anywhere, "server" in s2 may receive
    // anything from inside the VPC (not from the service network, which always has a route in).
    private static ConfigBuilder ClientServer() => new ConfigBuilder()
        .Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.1.0/24")
        .Instance("client", "s1", "10.0.0.4", "open").Instance("server", "s2", "10.0.1.4", "open")
        .GroupRule("open", TrafficDirection.Inbound, "10.0.0.0/16", ConnectionSet.All)
        .GroupRule("open", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All);

    [Fact]
    public void TcpResponseBlocked_ReplyDroppedByTheServersAcl_NamesTheFlowAndTheAcl()
    {
        var builder = ClientServer().AllowAll("acl-s1")
            .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Protocol(IpProtocols.Udp));

        var finding = Assert.Single(Lints.Run<TcpResponseBlockedFinding>("tcp-response-blocked", builder));
        Assert.Equal(("client", "server"), (((Endpoint)finding.Source!.Node!).Name, ((Endpoint)finding.Destination!.Node!).Name));
        Assert.Equal(("test-vpc", "test-vpc"), (finding.Source.Vpc!.Name, finding.Destination.Vpc!.Name));
        Assert.Equal(ConnectionSet.AllTcp, finding.Connection);
        Assert.Equal(ConnectionSet.AllTcp, finding.Replies); // every port pair, swapped
        var blocker = Assert.Single(finding.Blockers);
        Assert.Equal(("acl-s2", "s2", TrafficDirection.Outbound), (blocker.Layer.Acl!.Name, blocker.Subnet.Name, blocker.Direction));
        Assert.Equal(ConnectionSet.AllTcp, blocker.Dropped); // the ACL lets only UDP out
        Assert.Equal([blocker.Layer], finding.Subjects);
    }

    [Fact]
    public void TcpResponseBlocked_SymmetricAcls_IsNotReported() =>
        Assert.Empty(Lints.Run("tcp-response-blocked", ClientServer().AllowAll("acl-s1").AllowAll("acl-s2")));

    [Fact]
    public void TcpResponseBlocked_InsideOneSubnet_NoAclFilters()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Instance("a", "s1", "10.0.0.4", "open").Instance("b", "s1", "10.0.0.5", "open")
            .GroupRule("open", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.All).GroupRule("open", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All);

        Assert.Empty(Lints.Run("tcp-response-blocked", builder)); // acl-s1 has no rules at all, and is not crossed
    }

    [Fact]
    public void OneWayRequestResponse_DnsToServiceNetworkWithoutAnswers_IsReported()
    {
        // Queries to IBM's resolver leave; nothing comes back from port 53.
        var builder = ClientServer().AllowAll("acl-s2")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "161.26.0.10/32", DnsUdp)
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Inbound, "161.26.0.10/32", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Udp, 1, 52, 1, 65535));

        var finding = Assert.Single(Lints.Run<OneWayRequestResponseFinding>("one-way-request-response", builder));
        Assert.Equal(LintSubjectKind.ExternalAddresses, finding.Destination!.Kind);
        Assert.Equal((ExternalKind.ServiceNetwork, IpPrefix.Parse("161.26.0.10/32").ToAddressSet()), (finding.Destination.ExternalKind, finding.Destination.Addresses));
        Assert.Equal(DnsUdp, finding.Connection);
        Assert.Equal([RequestKind.DnsOverUdp], finding.Requests);
        Assert.Equal(DnsUdp.SwapPorts(), finding.Answers);
        var blocker = Assert.Single(finding.Blockers);
        Assert.Equal(("acl-s1", TrafficDirection.Inbound), (blocker.Layer.Acl!.Name, blocker.Direction));
    }

    [Fact]
    public void OneWayRequestResponse_PingWithoutEchoReplies_IsReported_WithRepliesIsNot()
    {
        ConfigBuilder Pings(bool replies)
        {
            var builder = ClientServer().AllowAll("acl-s1")
                .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.IcmpOf(8, null));
            return replies ? builder.AclRule("acl-s2", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.IcmpOf(0, 0)) : builder;
        }

        var finding = Assert.Single(Lints.Run<OneWayRequestResponseFinding>("one-way-request-response", Pings(replies: false)));
        Assert.Equal(ConnectionSet.IcmpOf(8, null), finding.Connection);
        Assert.Equal([RequestKind.Ping], finding.Requests);
        Assert.Equal(ConnectionSet.IcmpOf(0, 0), finding.Answers);
        Assert.Empty(Lints.Run("one-way-request-response", Pings(replies: true)));
    }

    [Fact]
    public void OneWayRequestResponse_DnsAnsweredOnlyForSomeSourcePorts_ReportsExactlyTheUnansweredPorts()
    {
        var builder = ClientServer().AllowAll("acl-s1")
            .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", DnsUdp)
            .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Udp, 53, 53, 1024, 65535));

        var finding = Assert.Single(Lints.Run("one-way-request-response", builder));
        Assert.Equal(ConnectionSet.Ports(IpProtocols.Udp, 1, 1023, 53, 53), finding.Connection);
    }

    [Fact]
    public void ReplyRuleOpensConnections_SourcePortRuleToTheInternet_IsReportedWithTheRule()
    {
        // The IKS pattern: "replies" from port 443 may go anywhere on any port.
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24", publicGateway: true)
            .Instance("worker", "s1", "10.0.0.4", "open").GroupRule("open", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443), "https-out")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 1, 65535), "lb-replies-out")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.AllTcp);

        var finding = Assert.Single(Lints.Run<ReplyRuleOpensConnectionsFinding>("nacl-reply-rule-opens-connections", builder));
        Assert.Equal(("acl-s1", "lb-replies-out"), (finding.Acl.Name, finding.Rule.Name));
        Assert.Equal(Severity.Warning, finding.Severity); // it reaches SSH and the other administrative ports
        Assert.Equal(AdminPorts.Tcp.Select(t => t.Port), finding.AdminPortsReached); // none of them is 443
        // One flow to each kind of external space (its blocks merged), the source port 443 to any other port.
        Assert.Equal([(ExternalKind.PublicInternet, ExternalAddressSpace.PublicInternet), (ExternalKind.ServiceNetwork, ExternalAddressSpace.ServiceNetwork)],
            finding.Flows.Select(f => (f.Destination.ExternalKind!.Value, f.Destination.Addresses)).Order());
        Assert.All(finding.Flows, flow =>
        {
            Assert.Equal("worker", ((Endpoint)Assert.Single(flow.Source.Nodes)).Name);
            Assert.Equal(ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 1, 65535).Except(ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 443, 443)), flow.Connection);
        });
    }

    [Fact]
    public void ReplyRuleOpensConnections_StatefulGroupStopsTheRequests_IsNotReported()
    {
        // Same ACL, but the group lets only HTTPS out, which the ACL allows from every source port anyway.
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24", publicGateway: true)
            .Instance("worker", "s1", "10.0.0.4", "https").GroupRule("https", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443))
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443))
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 1, 65535))
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.AllTcp);

        Assert.Empty(Lints.Run("nacl-reply-rule-opens-connections", builder));
    }

    [Fact]
    public void ReplyRuleOpensConnections_OnlyHighPortsReached_IsANote()
    {
        var builder = ClientServer().AllowAll("acl-s2")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 8080, 8080, 30000, 32767), "replies");

        var finding = Assert.Single(Lints.Run<ReplyRuleOpensConnectionsFinding>("nacl-reply-rule-opens-connections", builder));
        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Empty(finding.AdminPortsReached);
    }

    // A bastion with a floating IP; its group opens SSH to the world; the ACL decides how much of it is real.
    private static ConfigBuilder Bastion(string aclSource, bool floatingIp = true)
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24")
            .Instance("bastion", "s1", "10.0.0.4", "bastion-sg").GroupRule("bastion-sg", TrafficDirection.Inbound, "0.0.0.0/0", Ssh)
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Inbound, aclSource, "0.0.0.0/0", Ssh)
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.AllTcp);
        return floatingIp ? builder.FloatingIp("bastion", "52.1.2.3") : builder;
    }

    [Fact]
    public void AdminPortOpenToInternet_EffectiveFromEveryPublicAddress_IsAnErrorAtTheEndpoint()
    {
        var finding = Assert.IsType<AdminPortExposedFinding>(Assert.Single(Lints.Run("admin-port-open-to-internet", Bastion("0.0.0.0/0"))));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("bastion", finding.Target.Name);
        Assert.Equal([22], finding.Ports);
        Assert.Equal(["bastion-sg-r0"], finding.GroupRules.Select(r => r.GroupRule!.Id));
        Assert.Equal(["acl-s1-inbound-1"], finding.AclRules.Select(r => r.AclRule!.Name));
        Assert.Equal([.. finding.GroupRules, LintSubject.Of(finding.Target, null)], finding.Subjects); // built in memory: nothing has a location
        Assert.Equal(finding.AclRules, finding.Related);
    }

    [Fact]
    public void AdminPortOpenToInternet_GroupOpenButAclNarrows_IsAWarningOnTheRule()
    {
        var finding = Assert.IsType<AdminPortLatentFinding>(Assert.Single(Lints.Run("admin-port-open-to-internet", Bastion("145.40.0.0/16"))));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(("bastion-sg", "bastion-sg-r0"), (finding.Group.Name, finding.Rule.Id));
        Assert.Equal([22], finding.Ports);
        var member = Assert.Single(finding.Members);
        Assert.Equal("bastion", member.Member.Name);
        Assert.Equal([(22, IpPrefix.Parse("145.40.0.0/16").ToAddressSet())], member.Reachable);
        Assert.True(finding.PartlyReachable);
    }

    [Fact]
    public void AdminPortOpenToInternet_GroupOpenButNoPublicRoute_IsANote()
    {
        var finding = Assert.IsType<AdminPortLatentFinding>(Assert.Single(Lints.Run("admin-port-open-to-internet", Bastion("0.0.0.0/0", floatingIp: false))));

        Assert.Equal(Severity.Note, finding.Severity);
        var member = Assert.Single(finding.Members);
        Assert.Null(member.Member.FloatingIp);
        Assert.Empty(member.Reachable);
        Assert.False(finding.PartlyReachable);
    }

    [Theory]
    [InlineData("145.40.0.0/16", 22)] // the group opens SSH to one network only
    [InlineData("0.0.0.0/0", 443)] // the group opens HTTPS to the world: not an administrative port
    public void AdminPortOpenToInternet_NarrowOrNotAdministrative_IsNotReported(string remote, int port)
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").AllowAll("acl-s1")
            .Instance("web", "s1", "10.0.0.4", "web-sg").FloatingIp("web", "52.1.2.3")
            .GroupRule("web-sg", TrafficDirection.Inbound, remote, ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, port, port));

        Assert.Empty(Lints.Run("admin-port-open-to-internet", builder));
    }

    private static readonly Gen<ConnectionSet> Sets = Gen.Int[0, RuleSpaceTests.Connections.Length - 1].Array[0, 3]
        .Select(picks => picks.Aggregate(ConnectionSet.None, (all, i) => all.Union(RuleSpaceTests.Connections[i])));

    // Port samples where every piece of the palette's port ranges starts.
    private static readonly int[] Ports = [1, 20, 22, 23, 31, 53, 54, 443, 444, 1000, 2001];

    [Fact]
    public void SourcePortGated_IsWhatOnlySomeSourcePortsReach_ByBruteForce()
    {
        Sets.Sample(connection =>
        {
            var gated = ReplyRuleOpensConnectionsLinter.SourcePortGated(connection);
            foreach (var protocol in new[] { IpProtocols.Tcp, IpProtocols.Udp })
            {
                foreach (var s in Ports)
                {
                    foreach (var d in Ports)
                    {
                        var expected = connection.ContainsPorts(protocol, s, d) && Ports.Any(other => !connection.ContainsPorts(protocol, other, d));
                        Assert.Equal(expected, gated.ContainsPorts(protocol, s, d));
                    }
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Unanswered_IsTheRequestsWhoseAnswerTheWayBackLacks_ByBruteForce()
    {
        Gen.Select(Sets, Sets).Sample((requests, reply) =>
        {
            var unanswered = OneWayRequestResponseLinter.Unanswered(requests, reply);
            foreach (var protocol in new[] { IpProtocols.Tcp, IpProtocols.Udp })
            {
                foreach (var s in Ports)
                {
                    // A query from port s to 53 is answered by a packet from 53 to s.
                    var expected = requests.ContainsPorts(protocol, s, 53) && !reply.ContainsPorts(protocol, 53, s);
                    Assert.Equal(expected, unanswered.ContainsPorts(protocol, s, 53));
                    Assert.False(unanswered.ContainsPorts(protocol, s, 80)); // only DNS is checked
                }
            }

            Assert.Equal(requests.ContainsIcmp(8, 0) && !reply.ContainsIcmp(0, 0), unanswered.ContainsIcmp(8, 0));
        }, iter: 300);
    }
}
