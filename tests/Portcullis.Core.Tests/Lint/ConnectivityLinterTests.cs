using CsCheck;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Linters;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
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

        var finding = Assert.Single(Lints.Run("tcp-response-blocked", builder));
        Assert.Equal(("test-vpc/client[10.0.0.4]", "test-vpc/server[10.0.1.4]"), (finding.Source!.QualifiedName, finding.Destination!.QualifiedName));
        Assert.Equal(ConnectionSet.AllTcp, finding.Connection);
        Assert.Equal(["acl-s2"], finding.Subjects.Select(s => s.Name));
        Assert.Equal("In the connection from \"test-vpc/client[10.0.0.4]\" to \"test-vpc/server[10.0.1.4]\" TCP response is blocked", finding.Message);
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

        var finding = Assert.Single(Lints.Run("one-way-request-response", builder));
        Assert.Equal("Service Network 161.26.0.10/32", finding.Destination!.Name);
        Assert.Equal(DnsUdp, finding.Connection);
        Assert.Equal(["acl-s1"], finding.Subjects.Select(s => s.Name));
        Assert.Contains("DNS queries over UDP", finding.Message, StringComparison.Ordinal);
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

        var finding = Assert.Single(Lints.Run("one-way-request-response", Pings(replies: false)));
        Assert.Equal(ConnectionSet.IcmpOf(8, null), finding.Connection);
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

        var finding = Assert.Single(Lints.Run("nacl-reply-rule-opens-connections", builder));
        Assert.Equal("lb-replies-out", finding.Subjects[0].Name);
        Assert.Equal(LintSeverity.Warning, finding.Severity); // it reaches SSH and the other administrative ports
        Assert.Contains("flow: test-vpc/worker[10.0.0.4] => Public Internet (all ranges): protocol: TCP src-ports: 443 dst-ports: 1-442,444-65535", finding.Details);
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

        Assert.Equal(LintSeverity.Note, Assert.Single(Lints.Run("nacl-reply-rule-opens-connections", builder)).Severity);
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
        var finding = Assert.Single(Lints.Run("admin-port-open-to-internet", Bastion("0.0.0.0/0")));

        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal("In VPC \"test-vpc\", bastion[10.0.0.4] (floating IP 52.1.2.3) accepts SSH (tcp 22) from the whole public internet", finding.Message);
        Assert.Equal(["bastion-sg-r0", "bastion[10.0.0.4]"], finding.Subjects.Select(s => s.Name));
        Assert.Equal(["acl-s1-inbound-1"], finding.Related.Select(s => s.Name));
    }

    [Fact]
    public void AdminPortOpenToInternet_GroupOpenButAclNarrows_IsAWarningOnTheRule()
    {
        var finding = Assert.Single(Lints.Run("admin-port-open-to-internet", Bastion("145.40.0.0/16")));

        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.Equal("bastion-sg-r0", finding.Subjects[0].Name);
        Assert.Contains("member bastion[10.0.0.4]: network ACL \"acl-s1\" lets them in only from 145.40.0.0/16 (tcp 22)", finding.Details);
    }

    [Fact]
    public void AdminPortOpenToInternet_GroupOpenButNoPublicRoute_IsANote()
    {
        var finding = Assert.Single(Lints.Run("admin-port-open-to-internet", Bastion("0.0.0.0/0", floatingIp: false)));

        Assert.Equal(LintSeverity.Note, finding.Severity);
        Assert.Contains("has no floating IP", finding.Details[2], StringComparison.Ordinal);
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
