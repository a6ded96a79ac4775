using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.Lint;
using Portcullis.Testing;
using static Portcullis.Formats.Tests.Lint.LintReports;

namespace Portcullis.Formats.Tests.Lint;

/// <summary>How each kind of finding is worded: its sentence and the lines under it, on configurations made to trigger it.</summary>
public sealed class LintTextTests
{
    private static readonly ConnectionSet Ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);

    private static ConfigBuilder TwoSubnets() => new ConfigBuilder()
        .Subnet("s1", "10.0.0.0/24", acl: "acl").Subnet("s2", "10.0.1.0/24", acl: "acl");

    [Fact]
    public void SplitSubnet_AclRule_NamesTheRuleAndEverySubnetWithItsBlock()
    {
        var finding = Single("nacl-split-subnet", TwoSubnets().AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, "10.0.0.128/25", "10.0.1.0/26", ConnectionSet.All));

        Assert.Equal("In VPC \"test-vpc\", network ACL \"acl\" rule \"acl-inbound-1\" splits subnets \"s1\" (10.0.0.0/24), \"s2\" (10.0.1.0/24)", LintText.Message(finding));
        Assert.Equal(["rule: name: acl-inbound-1, priority: 1, action: deny, direction: inbound, source: 10.0.0.128/25, destination: 10.0.1.0/26, protocol: any"], LintText.Details(finding));
    }

    [Fact]
    public void SplitSubnet_GroupRule_NamesTheGroupAndOneSubnet()
    {
        var builder = TwoSubnets().AllowAll("acl")
            .Instance("a", "s1", "10.0.0.4", "web").Instance("b", "s1", "10.0.0.5", "db")
            .GroupRuleFromGroup("db", TrafficDirection.Inbound, "web", ConnectionSet.AllTcp);

        var finding = Single("sg-split-subnet", builder);

        Assert.Equal("In VPC \"test-vpc\", security group \"db\" rule \"db-r0\" splits subnet \"s1\" (10.0.0.0/24)", LintText.Message(finding));
        Assert.Equal(["rule: id: db-r0, direction: inbound, local: 0.0.0.0/0, remote: web (10.0.0.4/32), protocol: tcp,  dstPorts: 1-65535"], LintText.Details(finding));
    }

    [Fact]
    public void SubnetOverlap_NamesBothSubnetsWithTheirVpcAndBlock()
    {
        var finding = Single("subnet-cidr-overlap", new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.0.128/25"));

        Assert.Equal("VPC \"test-vpc\"'s subnet \"s1\" [10.0.0.0/24] and VPC \"test-vpc\"'s subnet \"s2\" [10.0.0.128/25] overlap", LintText.Message(finding));
        Assert.Empty(LintText.Details(finding));
    }

    [Theory]
    [InlineData("nacl-unattached", "network ACL")]
    [InlineData("sg-unattached", "security group")]
    public void Unattached_NamesTheTableByItsKind(string linter, string kind)
    {
        var finding = Single(linter, TwoSubnets().Acl("spare").Group("spare"));

        Assert.Equal($"In VPC \"test-vpc\", {kind} \"spare\" has no resources attached to it", LintText.Message(finding));
    }

    [Theory]
    [InlineData(TrafficDirection.Inbound, "0.0.0.0/0", "147.235.219.206/31", "inbound rule \"acl-inbound-1\" has destination 147.235.219.206/31, outside")]
    [InlineData(TrafficDirection.Outbound, "10.0.0.0/16", "0.0.0.0/0", "outbound rule \"acl-outbound-1\" has source 10.0.0.0/16, partly outside")]
    public void RuleCidrOutOfRange_AclRule_NamesTheLocalSideAndTheVpcBlocks(TrafficDirection direction, string source, string destination, string what)
    {
        var finding = Single("nacl-rule-cidr-out-of-range", TwoSubnets().AclRule("acl", AclAction.Allow, direction, source, destination, ConnectionSet.All));

        Assert.Equal($"In VPC \"test-vpc\", network ACL \"acl\" {what} of the VPC's address range (10.0.0.0/24, 10.0.1.0/24): that part never matches", LintText.Message(finding));
    }

    [Fact]
    public void RuleCidrOutOfRange_GroupRule_NamesItsLocal()
    {
        var builder = TwoSubnets().Instance("a", "s1", "10.0.0.4", "sg").GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp, local: "192.168.1.0/24");

        var finding = Single("sg-rule-cidr-out-of-range", builder);

        Assert.Equal("In VPC \"test-vpc\", security group \"sg\" inbound rule \"sg-r0\" has local 192.168.1.0/24, outside of the VPC's address range (10.0.0.0/24, 10.0.1.0/24): that part never matches", LintText.Message(finding));
        Assert.Equal(["rule: id: sg-r0, direction: inbound, local: 192.168.1.0/24, remote: 0.0.0.0/0, protocol: tcp,  dstPorts: 1-65535"], LintText.Details(finding));
    }

    [Fact]
    public void Quota_RulesOfATableAndTablesOfAVpc()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl");
        for (var i = 0; i < 201; i++)
        {
            builder.AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, i + 1, i + 1));
        }

        for (var i = 0; i < 94; i++)
        {
            builder.Acl($"spare-{i}");
        }

        var findings = Run(builder, "acl-quota").Findings;

        Assert.Equal(
            ["In VPC \"test-vpc\", network ACL \"acl\" has 201 rules; the quota is 200 per network ACL", "VPC \"test-vpc\" has 95 network ACLs; the quota is 100 per VPC"],
            findings.Select(LintText.Message));
    }

    [Fact]
    public void InterfaceGroupQuota_InterfaceByItsEndpoint_GatewayByItsName()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24")
            .Instance("six", "s1", "10.0.0.4", "g1", "g2", "g3", "g4", "g5", "g6")
            .EndpointGateway("cos", ["10.0.0.9"], "g1", "g2", "g3", "g4", "g5", "g6");

        var findings = Run(builder, "interface-sg-quota").Findings;

        Assert.Equal(
            [
                "In VPC \"test-vpc\", endpoint gateway \"cos\" is in 6 security groups (\"g1\", \"g2\", \"g3\", \"g4\", \"g5\", \"g6\"); the limit is 5 per target",
                "In VPC \"test-vpc\", network interface \"six[10.0.0.4]\" is in 6 security groups (\"g1\", \"g2\", \"g3\", \"g4\", \"g5\", \"g6\"); the limit is 5 per target",
            ],
            findings.Select(LintText.Message));
    }

    [Fact]
    public void RuleShadowed_Redundant_CitesTheRuleAndTheOneShadowingIt()
    {
        var finding = Single("nacl-rule-shadowed", TwoSubnets()
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.0.0/16", "0.0.0.0/0", Ssh, "corporate")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.12.0/24", "0.0.0.0/0", Ssh, "admins"));

        Assert.Equal("In VPC \"test-vpc\", network ACL \"acl\" inbound rule \"admins\" (priority 2) is shadowed by a higher priority rule (\"corporate\"): it is redundant", LintText.Message(finding));
        Assert.Equal(
            [
                "rule: name: admins, priority: 2, action: allow, direction: inbound, source: 145.40.12.0/24, destination: 0.0.0.0/0, protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22",
                "shadowed by: name: corporate, priority: 1, action: allow, direction: inbound, source: 145.40.0.0/16, destination: 0.0.0.0/0, protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22",
            ],
            LintText.Details(finding));
    }

    [Theory]
    [InlineData(AclAction.Allow, AclAction.Deny, "they allow what it means to deny (protocol: TCP dst-ports: 22)")]
    [InlineData(AclAction.Deny, AclAction.Allow, "they deny what it means to allow (protocol: TCP dst-ports: 22)")]
    public void RuleShadowed_Overridden_SaysWhatIsDecidedTheOtherWay(AclAction earlier, AclAction later, string consequence)
    {
        var finding = Single("nacl-rule-shadowed", TwoSubnets()
            .AclRule("acl", earlier, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.AllTcp, "first")
            .AclRule("acl", earlier, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Protocol(IpProtocols.Udp), "second")
            .AclRule("acl", later, TrafficDirection.Outbound, "0.0.0.0/0", "8.8.8.8/32", Ssh, "late"));

        Assert.Equal($"In VPC \"test-vpc\", network ACL \"acl\" outbound rule \"late\" (priority 3) is shadowed by a higher priority rule (\"first\"): {consequence}", LintText.Message(finding));
    }

    [Fact]
    public void RuleShadowed_BySeveralRules_DoesNotNameThemInTheSentence()
    {
        var finding = Single("nacl-rule-shadowed", TwoSubnets()
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "10.1.0.0/17", "0.0.0.0/0", ConnectionSet.All, "low-half")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "10.1.128.0/17", "0.0.0.0/0", ConnectionSet.AllTcp, "high-half")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "10.1.0.0/16", "0.0.0.0/0", Ssh, "whole"));

        Assert.EndsWith("inbound rule \"whole\" (priority 3) is shadowed by higher priority rules: it is redundant", LintText.Message(finding), StringComparison.Ordinal);
        Assert.Equal(["rule: ", "shadowed by: ", "shadowed by: "], LintText.Details(finding).Select(d => d[..(d.IndexOf(':') + 2)]));
    }

    [Fact]
    public void RuleImplied_CitesTheRuleAndTheOneImplyingIt()
    {
        var finding = Single("sg-rule-implied", TwoSubnets().Instance("vsi", "s1", "10.0.0.4", "sg")
            .GroupRule("sg", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.AllIcmpTcpUdp)
            .GroupRule("sg", TrafficDirection.Outbound, "10.0.0.0/8", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 100, 200)));

        Assert.Equal("In VPC \"test-vpc\", security group \"sg\" outbound rule \"sg-r1\" is implied by another rule: it is redundant", LintText.Message(finding));
        Assert.Equal(
            [
                "rule: id: sg-r1, direction: outbound, local: 0.0.0.0/0, remote: 10.0.0.0/8, protocol: tcp,  dstPorts: 100-200",
                "implied by: id: sg-r0, direction: outbound, local: 0.0.0.0/0, remote: 0.0.0.0/0, protocol: icmp_tcp_udp",
            ],
            LintText.Details(finding));
    }

    // Two subnets with their own ACLs; "client" in s1 may send anything anywhere, "server" in s2 may receive anything from inside the VPC.
    private static ConfigBuilder ClientServer() => new ConfigBuilder()
        .Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.1.0/24")
        .Instance("client", "s1", "10.0.0.4", "open").Instance("server", "s2", "10.0.1.4", "open")
        .GroupRule("open", TrafficDirection.Inbound, "10.0.0.0/16", ConnectionSet.All)
        .GroupRule("open", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All);

    [Fact]
    public void TcpResponseBlocked_NamesTheEndsTheRepliesAndTheAclThatDropsThem()
    {
        var finding = Single("tcp-response-blocked", ClientServer().AllowAll("acl-s1")
            .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Protocol(IpProtocols.Udp)));

        Assert.Equal("In the connection from \"test-vpc/client[10.0.0.4]\" to \"test-vpc/server[10.0.1.4]\" TCP response is blocked", LintText.Message(finding));
        Assert.Equal(["replies needed: protocol: TCP", "blocked by: network ACL \"acl-s2\" (outbound, subnet \"s2\") does not allow protocol: TCP"], LintText.Details(finding));
    }

    [Fact]
    public void OneWayRequestResponse_DnsToTheServiceNetwork_NamesTheRequestsAndTheMissingAnswers()
    {
        var dns = ConnectionSet.Ports(IpProtocols.Udp, 1, 65535, 53, 53);
        var finding = Single("one-way-request-response", ClientServer().AllowAll("acl-s2")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "161.26.0.10/32", dns)
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Inbound, "161.26.0.10/32", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Udp, 1, 52, 1, 65535)));

        Assert.Equal("\"test-vpc/client[10.0.0.4]\" may send DNS queries over UDP to \"Service Network 161.26.0.10/32\", but the answers are blocked", LintText.Message(finding));
        Assert.Equal(
            [
                "requests allowed: protocol: UDP dst-ports: 53",
                "answers needed: protocol: UDP src-ports: 53",
                "blocked by: network ACL \"acl-s1\" (inbound, subnet \"s1\") does not allow protocol: UDP src-ports: 53",
            ],
            LintText.Details(finding));
    }

    [Fact]
    public void OneWayRequestResponse_Pings_AreNamedAsSuch()
    {
        var finding = Single("one-way-request-response", ClientServer().AllowAll("acl-s1")
            .AclRule("acl-s2", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.IcmpOf(8, null)));

        Assert.Equal("\"test-vpc/client[10.0.0.4]\" may send pings (ICMP echo) to \"test-vpc/server[10.0.1.4]\", but the answers are blocked", LintText.Message(finding));
    }

    [Fact]
    public void ReplyRuleOpensConnections_NamesTheSourcePortsTheFlowsAndTheAdministrativePortsReached()
    {
        var finding = Single("nacl-reply-rule-opens-connections", new ConfigBuilder().Subnet("s1", "10.0.0.0/24", publicGateway: true)
            .Instance("worker", "s1", "10.0.0.4", "open").GroupRule("open", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 443, 443), "https-out")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 443, 443, 1, 65535), "lb-replies-out")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.AllTcp));

        Assert.Equal(
            "In VPC \"test-vpc\", network ACL \"acl-s1\" outbound rule \"lb-replies-out\" matches tcp by source port (443), so it lets new connections from those ports "
            + "through, not only replies: 2 flows, reaching 19 administrative ports (SSH (tcp 22), Telnet (tcp 23), SQL Server (tcp 1433), ...)",
            LintText.Message(finding));
        Assert.Equal(
            [
                "rule: name: lb-replies-out, priority: 2, action: allow, direction: outbound, source: 0.0.0.0/0, destination: 0.0.0.0/0, protocol: tcp, srcPorts: 443-443, dstPorts: 1-65535",
                "flow: test-vpc/worker[10.0.0.4] => Public Internet (all ranges): protocol: TCP src-ports: 443 dst-ports: 1-442,444-65535",
                "flow: test-vpc/worker[10.0.0.4] => Service Network (all ranges): protocol: TCP src-ports: 443 dst-ports: 1-442,444-65535",
            ],
            LintText.Details(finding));
    }

    [Fact]
    public void ReplyRuleOpensConnections_ManyFlows_MergesSourcesAndShowsTheFirstFive()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.1.0/24")
            .Instance("c1", "s1", "10.0.0.4", "open").Instance("c2", "s1", "10.0.0.5", "open")
            .GroupRule("open", TrafficDirection.Inbound, "10.0.0.0/16", ConnectionSet.All)
            .GroupRule("open", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
            .AllowAll("acl-s2")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 8080, 8080, 1, 65535), "replies")
            .AclRule("acl-s1", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All);
        for (var i = 1; i <= 6; i++)
        {
            builder.Instance($"v{i}", "s2", $"10.0.1.{i + 3}", "open");
        }

        var finding = Single("nacl-reply-rule-opens-connections", builder);

        // Each client reaches the six servers and the service network from port 8080: 14 flows, 7 lines of two sources each.
        Assert.EndsWith("not only replies: 14 flows, reaching 19 administrative ports (SSH (tcp 22), Telnet (tcp 23), SQL Server (tcp 1433), ...)", LintText.Message(finding), StringComparison.Ordinal);
        Assert.Equal(
            [
                "flow: test-vpc/c1[10.0.0.4] and 1 more => Service Network (all ranges): protocol: TCP src-ports: 8080",
                "flow: test-vpc/c1[10.0.0.4] and 1 more => test-vpc/v1[10.0.1.4]: protocol: TCP src-ports: 8080",
                "flow: test-vpc/c1[10.0.0.4] and 1 more => test-vpc/v2[10.0.1.5]: protocol: TCP src-ports: 8080",
                "flow: test-vpc/c1[10.0.0.4] and 1 more => test-vpc/v3[10.0.1.6]: protocol: TCP src-ports: 8080",
                "flow: test-vpc/c1[10.0.0.4] and 1 more => test-vpc/v4[10.0.1.7]: protocol: TCP src-ports: 8080",
                "... and 2 more",
            ],
            LintText.Details(finding).Skip(1));
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
    public void AdminPortExposed_NamesTheEndpointItsFloatingIpAndTheRulesThatLetTheInternetIn()
    {
        var finding = Single("admin-port-open-to-internet", Bastion("0.0.0.0/0"));

        Assert.Equal("In VPC \"test-vpc\", bastion[10.0.0.4] (floating IP 52.1.2.3) accepts SSH (tcp 22) from the whole public internet", LintText.Message(finding));
        Assert.Equal(
            [
                "ports: SSH (tcp 22)",
                "allowed by security group \"bastion-sg\": id: bastion-sg-r0, direction: inbound, local: 0.0.0.0/0, remote: 0.0.0.0/0, protocol: tcp,  dstPorts: 22-22",
                "allowed by network ACL \"acl-s1\": name: acl-s1-inbound-1, priority: 1, action: allow, direction: inbound, source: 0.0.0.0/0, destination: 0.0.0.0/0, protocol: tcp, srcPorts: 1-65535, dstPorts: 22-22",
            ],
            LintText.Details(finding));
    }

    [Fact]
    public void AdminPortLatent_AclNarrows_SaysWhatStillGetsThrough()
    {
        var finding = Single("admin-port-open-to-internet", Bastion("145.40.0.0/16"));

        Assert.Equal(
            "In VPC \"test-vpc\", security group \"bastion-sg\" rule \"bastion-sg-r0\" opens SSH (tcp 22) to 0.0.0.0/0; other layers narrow it to part of the internet, so the group alone does not protect them",
            LintText.Message(finding));
        Assert.Equal(
            [
                "rule: id: bastion-sg-r0, direction: inbound, local: 0.0.0.0/0, remote: 0.0.0.0/0, protocol: tcp,  dstPorts: 22-22",
                "ports: SSH (tcp 22)",
                "member bastion[10.0.0.4]: network ACL \"acl-s1\" lets them in only from 145.40.0.0/16 (tcp 22)",
            ],
            LintText.Details(finding));
    }

    [Fact]
    public void AdminPortLatent_NoFloatingIp_SaysTheInternetCannotReachIt()
    {
        var finding = Single("admin-port-open-to-internet", Bastion("0.0.0.0/0", floatingIp: false));

        Assert.Contains("; no member is reachable on them from the internet, so the group alone does not protect them", LintText.Message(finding), StringComparison.Ordinal);
        Assert.Equal("member bastion[10.0.0.4]: has no floating IP or public load balancer address, so the internet cannot reach it", LintText.Details(finding)[2]);
    }

    [Fact]
    public void AdminPortLatent_ManyPortsAndNoMembers_CountsThePortsAndSaysSo()
    {
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").AllowAll("acl-s1")
            .GroupRule("open-sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 1, 2000));

        var finding = Single("admin-port-open-to-internet", builder);

        Assert.Equal(
            "In VPC \"test-vpc\", security group \"open-sg\" rule \"open-sg-r0\" opens 4 administrative ports (SSH (tcp 22), Telnet (tcp 23), SQL Server (tcp 1433), ...) to 0.0.0.0/0; "
            + "no member is reachable on them from the internet, so the group alone does not protect them",
            LintText.Message(finding));
        Assert.Equal(["ports: SSH (tcp 22), Telnet (tcp 23), SQL Server (tcp 1433), Oracle (tcp 1521)", "the group has no members"], LintText.Details(finding).Skip(1));
    }

    [Theory]
    [InlineData(new[] { "nacl-shadowed" }, "unknown linter 'nacl-shadowed'; the linters are nacl-split-subnet, sg-split-subnet, ")]
    [InlineData(new[] { "a", "b" }, "unknown linters 'a', 'b'; the linters are nacl-split-subnet, ")]
    public void UnknownLinters_NamesThemAndEveryLinter(string[] unknown, string start)
    {
        var text = LintText.UnknownLinters(unknown);

        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.EndsWith(", one-way-request-response, nacl-reply-rule-opens-connections", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_SameLinterAndSeverity_IsAlphabeticalByTheSentence()
    {
        var findings = Run(TwoSubnets().Acl("zeta").Acl("alpha").Acl("Mu"), "nacl-unattached").Findings;

        Assert.Equal(["Mu", "alpha", "zeta"], findings.Select(f => LintSubjectText.Name(f.Subjects[0])));
    }
}
