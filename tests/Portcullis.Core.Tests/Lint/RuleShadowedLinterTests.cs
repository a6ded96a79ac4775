using CsCheck;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Testing;
using static Portcullis.Core.Tests.Lint.RuleSpaceTests;

namespace Portcullis.Core.Tests.Lint;

/// <summary><c>nacl-rule-shadowed</c>: exact shadowing, with a severity that says what happens to the rule's intent.</summary>
public sealed class RuleShadowedLinterTests
{
    private const string Linter = "nacl-rule-shadowed";
    private static readonly ConnectionSet Ssh = ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, 22, 22);

    private static ConfigBuilder Acl() => new ConfigBuilder().Subnet("s1", "10.0.0.0/24", acl: "acl");

    [Fact]
    public void Check_AllowAfterBroaderAllow_IsARedundantNote()
    {
        var findings = Lints.Run<RuleShadowedFinding>(Linter, Acl()
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.0.0/16", "0.0.0.0/0", Ssh, "corporate")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "145.40.12.0/24", "0.0.0.0/0", Ssh, "admins"));

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Note, finding.Severity);
        Assert.Equal(("acl", "admins"), (finding.Acl.Name, finding.Rule.Name));
        Assert.Equal(["corporate"], finding.Shadowing.Select(r => r.Name));
        Assert.True(finding.Overridden.IsEmpty); // merely redundant
        Assert.Equal([LintSubject.Of(finding.Acl, finding.Rule, finding.Vpc)], finding.Subjects);
        Assert.Equal(["corporate"], finding.Related.Select(r => r.AclRule!.Name));
    }

    [Fact]
    public void Check_DenyAfterAllowOfTheSamePackets_IsAnError()
    {
        // The deny never applies: the host it names gets SSH through the earlier allow.
        var findings = Lints.Run<RuleShadowedFinding>(Linter, Acl()
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All, "allow-all")
            .AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, "203.0.113.7/32", "0.0.0.0/0", Ssh, "deny-attacker"));

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(Ssh, finding.Overridden); // all it means to deny is allowed
    }

    [Fact]
    public void Check_AllowAfterDenyOfTheSamePackets_IsAWarning()
    {
        var findings = Lints.Run<RuleShadowedFinding>(Linter, Acl()
            .AclRule("acl", AclAction.Deny, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.AllTcp, "deny-tcp")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "8.8.8.8/32", Ssh, "allow-ssh"));

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Ssh, finding.Overridden); // all it means to allow is denied
    }

    [Fact]
    public void Check_RuleCoveredOnlyByTwoEarlierRulesTogether_IsShadowed()
    {
        var findings = Lints.Run<RuleShadowedFinding>(Linter, Acl()
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "10.1.0.0/17", "0.0.0.0/0", ConnectionSet.All, "low-half")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "10.1.128.0/17", "0.0.0.0/0", ConnectionSet.AllTcp, "high-half")
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "10.1.0.0/16", "0.0.0.0/0", Ssh, "whole"));

        var finding = Assert.Single(findings);
        Assert.Equal("whole", finding.Rule.Name);
        Assert.Equal(["low-half", "high-half"], finding.Shadowing.Select(r => r.Name));
    }

    [Theory]
    [InlineData("10.1.0.0/16", "0.0.0.0/0")] // the earlier rule covers only part of the sources
    [InlineData("0.0.0.0/0", "10.0.0.0/25")] // ... only part of the destinations
    public void Check_RulePartlyReachable_IsNotShadowed(string earlierSource, string earlierDestination)
    {
        var findings = Lints.Run(Linter, Acl()
            .AclRule("acl", AclAction.Deny, TrafficDirection.Inbound, earlierSource, earlierDestination, ConnectionSet.All)
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "10.0.0.0/8", "10.0.0.0/24", Ssh));

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_EarlierRuleOfTheOtherDirection_DoesNotShadow()
    {
        var findings = Lints.Run(Linter, Acl()
            .AclRule("acl", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", Ssh));

        Assert.Empty(findings);
    }

    private sealed record RuleSpec(AclAction Action, TrafficDirection Direction, string Source, string Destination, int Connection);

    private static readonly Gen<RuleSpec> Rules = Gen.Select(
        Gen.OneOf(AclAction.Allow, AclAction.Deny),
        Gen.OneOf(TrafficDirection.Inbound, TrafficDirection.Outbound),
        Gen.OneOf(Blocks),
        Gen.OneOf(Blocks),
        Gen.Int[0, Connections.Length - 1],
        (action, direction, source, destination, connection) => new RuleSpec(action, direction, source, destination, connection));

    [Fact]
    public void Check_AgreesWithBruteForceFirstMatch_OnRandomAcls()
    {
        Rules.Array[1, 8].Sample(specs =>
        {
            var builder = Acl();
            foreach (var spec in specs)
            {
                builder.AclRule("acl", spec.Action, spec.Direction, spec.Source, spec.Destination, Connections[spec.Connection]);
            }

            var acl = builder.Build().NetworkAcls.Single(a => a.Id == "acl");
            var findings = Lints.Run<RuleShadowedFinding>(Linter, builder).ToDictionary(f => f.Rule.Name);
            foreach (var direction in new[] { TrafficDirection.Inbound, TrafficDirection.Outbound })
            {
                var rules = acl.RulesOf(direction).ToArray();
                for (var i = 0; i < rules.Length; i++)
                {
                    var expected = Naive(rules, i);
                    var actual = findings.GetValueOrDefault(rules[i].Name);
                    Assert.True(expected.Shadowed == (actual is not null), $"{rules[i].Name}: expected shadowed={expected.Shadowed}");
                    if (actual is not null)
                    {
                        Assert.Equal(expected.Severity, actual.Severity);
                        var overlapping = rules[..i].Where(r => Space(r).Overlaps(Space(rules[i]))).Select(r => r.Name);
                        Assert.Equal(overlapping, actual.Shadowing.Select(r => r.Name));
                    }
                }
            }
        }, iter: 200);
    }

    private static RuleSpace Space(NetworkAclRule rule) => new(rule.Source.ToAddressSet(), rule.Destination.ToAddressSet(), rule.Connection);

    // Shadowed: every sample packet of the rule matches an earlier rule. Its severity: what the first earlier match does with it.
    private static (bool Shadowed, Severity Severity) Naive(NetworkAclRule[] rules, int index)
    {
        var rule = rules[index];
        var overridden = false;
        foreach (var a in SampleAddresses.Where(rule.Source.Contains))
        {
            foreach (var b in SampleAddresses.Where(rule.Destination.Contains))
            {
                foreach (var p in Packets.Where(p => Contains(rule.Connection, p)))
                {
                    var first = rules[..index].FirstOrDefault(r => r.Source.Contains(a) && r.Destination.Contains(b) && Contains(r.Connection, p));
                    if (first is null)
                    {
                        return (false, Severity.Note);
                    }

                    overridden |= first.Action != rule.Action;
                }
            }
        }

        return (true, !overridden ? Severity.Note : rule.Action == AclAction.Deny ? Severity.Error : Severity.Warning);
    }
}
