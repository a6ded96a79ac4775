using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Testing;
using static Portcullis.Core.Tests.Lint.RuleSpaceTests;

namespace Portcullis.Core.Tests.Lint;

/// <summary><c>sg-rule-implied</c>: a group rule whose packets the group's other rules of its direction already allow.</summary>
public sealed class RuleImpliedLinterTests
{
    private const string Linter = "sg-rule-implied";
    private static readonly ConnectionSet Ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);

    private static ConfigBuilder Group() => new ConfigBuilder().Subnet("s1", "10.0.0.0/24").AllowAll("acl-s1").Instance("vsi", "s1", "10.0.0.4", "sg");

    [Fact]
    public void Check_NarrowerRuleBesideBroaderOne_IsImplied()
    {
        var findings = Lints.Run<RuleImpliedFinding>(Linter, Group()
            .GroupRule("sg", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.AllIcmpTcpUdp)
            .GroupRule("sg", TrafficDirection.Outbound, "10.0.0.0/8", ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 100, 200)));

        var finding = Assert.Single(findings);
        Assert.Equal(("sg", "sg-r1"), (finding.Group.Name, finding.Rule.Id));
        Assert.Equal(["sg-r0"], finding.Implying.Select(r => r.Id));
        Assert.Equal(["sg-r1"], finding.Subjects.Select(s => s.GroupRule!.Id));
        Assert.Equal(["sg-r0"], finding.Related.Select(s => s.GroupRule!.Id));
        Assert.Equal(Severity.Note, finding.Severity);
    }

    [Fact]
    public void Check_TwoIdenticalRules_ImplyEachOther()
    {
        var findings = Lints.Run<RuleImpliedFinding>(Linter, Group()
            .GroupRule("sg", TrafficDirection.Inbound, "145.40.0.0/16", Ssh)
            .GroupRule("sg", TrafficDirection.Inbound, "145.40.0.0/16", Ssh));

        Assert.Equal(["sg-r0", "sg-r1"], findings.Select(f => f.Rule.Id).Order());
    }

    [Fact]
    public void Check_RuleCoveredByRemoteGroupMembersTogether_IsImplied()
    {
        // The members of "peers" are 10.0.0.4 and 10.0.1.4; two CIDR rules cover both.
        var builder = new ConfigBuilder().Subnet("s1", "10.0.0.0/24").Subnet("s2", "10.0.1.0/24").AllowAll("acl-s1").AllowAll("acl-s2")
            .Instance("a", "s1", "10.0.0.4", "sg", "peers").Instance("b", "s2", "10.0.1.4", "peers")
            .GroupRuleFromGroup("sg", TrafficDirection.Inbound, "peers", Ssh)
            .GroupRule("sg", TrafficDirection.Inbound, "10.0.0.0/24", ConnectionSet.AllTcp)
            .GroupRule("sg", TrafficDirection.Inbound, "10.0.1.0/24", ConnectionSet.All);

        var finding = Assert.Single(Lints.Run<RuleImpliedFinding>(Linter, builder));
        Assert.Equal("sg-r0", finding.Rule.Id);
        Assert.Equal(["sg-r1", "sg-r2"], finding.Implying.Select(r => r.Id));
    }

    [Theory]
    [InlineData("10.0.0.0/8", TrafficDirection.Inbound)] // the other rule covers only part of the remote
    [InlineData("0.0.0.0/0", TrafficDirection.Outbound)] // the other rule is of the other direction
    public void Check_RuleNotCovered_IsNotImplied(string otherRemote, TrafficDirection otherDirection)
    {
        var findings = Lints.Run(Linter, Group()
            .GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", Ssh)
            .GroupRule("sg", otherDirection, otherRemote, ConnectionSet.All));

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_RuleWithNarrowerLocal_IsCoveredByRuleForAllLocals()
    {
        var findings = Lints.Run<RuleImpliedFinding>(Linter, Group()
            .GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", Ssh, local: "10.0.0.4/32")
            .GroupRule("sg", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.AllTcp));

        Assert.Equal("sg-r0", Assert.Single(findings).Rule.Id);
    }

    private sealed record RuleSpec(TrafficDirection Direction, string Remote, int Connection, string? Local);

    private static readonly Gen<RuleSpec> Rules = Gen.Select(
        Gen.OneOf(TrafficDirection.Inbound, TrafficDirection.Outbound),
        Gen.OneOf(Blocks),
        Gen.Int[0, Connections.Length - 1],
        Gen.OneOf<string?>(null, null, "10.0.0.0/24", "10.0.0.7/32", "10.0.0.128/25"),
        (direction, remote, connection, local) => new RuleSpec(direction, remote, connection, local));

    [Fact]
    public void Check_AgreesWithBruteForce_OnRandomGroups()
    {
        Rules.Array[1, 7].Sample(specs =>
        {
            var builder = Group();
            foreach (var spec in specs)
            {
                builder.GroupRule("sg", spec.Direction, spec.Remote, Connections[spec.Connection], spec.Local);
            }

            var rules = builder.Build().SecurityGroups.Single(g => g.Id == "sg").Rules;
            var implied = Lints.Run<RuleImpliedFinding>(Linter, builder).Select(f => f.Rule.Id).ToHashSet();
            foreach (var rule in rules)
            {
                var others = rules.Where(r => r != rule && r.Direction == rule.Direction).ToList();
                Assert.True(NaiveImplied(rule, others) == implied.Contains(rule.Id), $"{rule.Id}: expected implied={!implied.Contains(rule.Id)}");
            }
        }, iter: 200);
    }

    // Every sample (remote, local, packet) of the rule is allowed by one of the others.
    private static bool NaiveImplied(SecurityGroupRule rule, List<SecurityGroupRule> others)
    {
        static bool Has(SecurityGroupRule r, IpAddress remote, IpAddress local, Packet p) =>
            ((CidrRemote)r.Remote).Prefix.Contains(remote) && (!r.HasLocal || r.Local.Contains(local)) && Contains(r.Connection, p);

        return SampleAddresses.All(a => SampleAddresses.All(b => Packets.All(p => !Has(rule, a, b, p) || others.Any(o => Has(o, a, b, p)))));
    }
}
