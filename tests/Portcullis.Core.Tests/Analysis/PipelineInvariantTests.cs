using CsCheck;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Diff;
using Portcullis.Core.Explain;
using Portcullis.Core.Lint;
using Portcullis.Core.Lint.Findings;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Testing;

namespace Portcullis.Core.Tests.Analysis;

/// <summary>
/// What the commands say about one configuration agrees across commands, on thousands of random VPCs: explain allows
/// exactly what report lists, a configuration differs from itself in nothing, and removing the rules lint calls
/// shadowed or implied changes no answer.
/// </summary>
public sealed class PipelineInvariantTests
{
    private const long Iterations = 1_000;

    private static ConnectivityAnalyzer Analyzer(VpcConfiguration config) =>
        new(NetworkTopology.Build(config, TopologyFilter.None, new DiagnosticBag()) ?? throw new InvalidOperationException("the random VPC does not build"));

    [Fact]
    public void Explain_EveryReportedLine_AllowsTheSameConnectionWithTheSameReplies()
    {
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var analyzer = Analyzer(RandomVpcs.Build(scenario).Config);
            var explainer = new Explainer(analyzer);
            foreach (var line in analyzer.AnalyzeEndpoints().Sections.SelectMany(s => s.Lines))
            {
                // An external block is one verdict throughout (the analysis cuts at every rule's block): its first address stands for it.
                var source = line.Source is Endpoint a ? a.Address.ToString() : line.Source.Addresses.First.ToString();
                var destination = line.Destination is Endpoint b ? b.Address.ToString() : line.Destination.Addresses.First.ToString();
                Assert.True(explainer.TryExplain(new ExplainRequest(source, destination), out var explanation, out var problem), $"{source} -> {destination}: {problem?.Kind}");
                var pair = Assert.Single(explanation!.Pairs);
                Assert.True(line.Connection.Equals(pair.Connection), $"{source} -> {destination}: explain allows other connections than report");
                Assert.True(line.ResponseBlocked.Equals(pair.ResponseBlocked), $"{source} -> {destination}: explain and report disagree on replies");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Diff_ConfigurationWithItself_IsEmpty()
    {
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var config = RandomVpcs.Build(scenario).Config;
            Assert.Empty(ConnectivityDiff.Compare(Analyzer(config), Analyzer(config), ConnectivityLevel.Endpoints));
        }, iter: Iterations);
    }

    [Fact]
    public void RemovingShadowedAclRulesAndAnImpliedGroupRule_ChangesNoConnection()
    {
        var linters = new[] { LinterRegistry.Find("nacl-rule-shadowed")!, LinterRegistry.Find("sg-rule-implied")! };
        var removedSome = 0;
        RandomVpcs.Scenarios.Sample(scenario =>
        {
            var config = RandomVpcs.Build(scenario).Config;
            var before = Analyzer(config);
            var findings = LintRunner.Run(before.Topology, linters).Findings;
            var shadowed = findings.OfType<RuleShadowedFinding>().Select(f => f.Rule).ToHashSet();

            // Every shadowed ACL rule at once (each is covered by rules before it, which stay); implied group rules
            // one at a time (two rules may each imply the other).
            var implied = findings.OfType<RuleImpliedFinding>().Select(f => f.Rule).FirstOrDefault();
            if (shadowed.Count == 0 && implied is null)
            {
                return;
            }

            var pruned = config with
            {
                NetworkAcls = [.. config.NetworkAcls.Select(acl => acl with { Rules = NetworkAcl.Numbered(acl.Rules.Where(r => !shadowed.Contains(r))) })],
                SecurityGroups = [.. config.SecurityGroups.Select(g => g with { Rules = [.. g.Rules.Where(r => !ReferenceEquals(r, implied))] })],
            };
            Interlocked.Increment(ref removedSome);
            Assert.Empty(ConnectivityDiff.Compare(before, Analyzer(pruned), ConnectivityLevel.Endpoints));
        }, iter: Iterations);

        Assert.True(removedSome > Iterations / 20, $"only {removedSome} of {Iterations} random VPCs had a shadowed or implied rule: the property was hardly tested");
    }

    [Fact]
    public void RemovingAnAllowRuleThatDecidesSomething_IsSeenByTheDiff()
    {
        // The invariant above leans on the diff; here the diff must see a change that is really there.
        var config = new ConfigBuilder()
            .Subnet("s0", "10.0.0.0/26", "acl-a").Subnet("s1", "10.0.0.64/26", "acl-b")
            .Group("g1").Instance("vsi0", "s0", "10.0.0.4", "g1").Instance("vsi1", "s1", "10.0.0.68", "g1")
            .GroupRule("g1", TrafficDirection.Inbound, "0.0.0.0/0", ConnectionSet.All).GroupRule("g1", TrafficDirection.Outbound, "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-a", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-a", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-b", AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .AclRule("acl-b", AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .Build();
        var pruned = config with { NetworkAcls = [.. config.NetworkAcls.Select(acl => acl.Name == "acl-b" ? acl with { Rules = NetworkAcl.Numbered(acl.Rules.Where(r => r.Direction == TrafficDirection.Outbound)) } : acl)] };

        Assert.NotEmpty(ConnectivityDiff.Compare(Analyzer(config), Analyzer(pruned), ConnectivityLevel.Endpoints));
    }
}
