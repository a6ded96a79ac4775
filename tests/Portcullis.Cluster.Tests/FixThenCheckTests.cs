using CsCheck;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Diff;
using Portcullis.Core.Explain;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Tests;

/// <summary>
/// A fix does what it claims, on thousands of random clusters: with the plan applied in memory the check passes every
/// requirement the plan has rules for, every requirement that still fails is explained by a problem the plan reports
/// (a table at its quota, an endpoint without a group), and nothing open before is open less after.
/// </summary>
public sealed class FixThenCheckTests
{
    private const long Iterations = 1_000;

    [Fact]
    public void Verify_RandomClusters_TheFixPassesWhatItClaimsAndItsProblemsExplainTheRest()
    {
        var fixedSome = 0;
        var unfixable = 0;
        RandomClusters.Scenarios.Sample(scenario =>
        {
            var (configuration, description) = RandomClusters.Build(scenario);
            var before = IksFixture.Check(description, configuration);
            var plan = FixPlanner.Plan(before);

            var proof = FixVerifier.Verify(before, plan, configuration, IksFixture.Facts);

            foreach (var (was, now) in proof.Requirements)
            {
                var id = was.Requirement.Id;
                Assert.False(was.Status == RequirementStatus.Open && now.Status != RequirementStatus.Open, $"{id} was open and is {now.Status} after the fix");
                if (now.Status is RequirementStatus.Open or RequirementStatus.NotApplicable)
                {
                    continue;
                }

                foreach (var gap in now.Gaps)
                {
                    Assert.True(Explained(plan, proof.After, gap), $"{id} is {now.Status} after the fix, and no problem of the plan explains {gap.Layer} {gap.Direction} of {gap.Owner.Name}");
                }
            }

            Assert.Equal(proof.Passes, proof.Failing.Any() is false);

            // The fix only adds allow rules: the diff it causes opens, and never closes.
            Assert.All(proof.Differences, d => Assert.True(d.Kind != DiffKind.Removed && d.Before.IsSubsetOf(d.After), $"{d.Kind}: {d.Before} -> {d.After}"));
            fixedSome += before.HasBlocked && proof.Passes ? 1 : 0;
            unfixable += proof.Passes ? 0 : 1;
        }, iter: Iterations);

        // The generator reaches both outcomes often: plans that fix everything, and problems that leave some of it.
        Assert.True(fixedSome > Iterations / 10, $"only {fixedSome} random clusters needed and got a complete fix");
        Assert.True(unfixable > 0, "no random cluster had a fix its quotas or groups stopped");
    }

    [Fact]
    public void Verify_DenyAllCluster_PassesAndTheDiffShowsTheWorkersOpened()
    {
        var configuration = IksFixture.DenyAll();
        var before = IksFixture.Check(IksFixture.Description(DocumentationEra.AclSgMinimums), configuration);
        var plan = FixPlanner.Plan(before);

        var proof = FixVerifier.Verify(before, plan, configuration, IksFixture.Facts);

        Assert.True(before.HasBlocked);
        Assert.True(proof.Passes, IksFixture.Statuses(proof.After));
        Assert.Empty(proof.Failing);

        // Behind deny-all nothing reached the workers; every line the fix adds has a worker at one end (it touches only their tables).
        Assert.NotEmpty(proof.Differences);
        var workers = before.Binding.Workers.Select(w => w.Id).ToHashSet();
        Assert.All(proof.Differences, d => Assert.True(new[] { d.Source, d.Destination }.Any(s => s.Node is Endpoint node && workers.Contains(node.Id)), $"{d.Source.Node} -> {d.Destination.Node}"));
        Assert.Contains(proof.Differences, d => d.Kind == DiffKind.Added);

        // The patched configuration is the one given plus the plan's rules, nothing else.
        Assert.Equal(configuration.NetworkAcls.Sum(a => a.Rules.Length) + plan.Changes.OfType<AclRuleAddition>().Count(), proof.Patched.NetworkAcls.Sum(a => a.Rules.Length));
        Assert.Equal(configuration.IksClusters.Length, proof.Patched.IksClusters.Length);
    }

    // A gap left after the fix is one the plan said it could not close: its ACL or group would pass the quota, or the
    // endpoint has no group to add rules to.
    private static bool Explained(FixPlan plan, ClusterCheckReport after, LayerGap gap)
    {
        if (gap.Layer == LayerKind.NetworkAcl)
        {
            return plan.Problems.OfType<RuleQuotaExceeded>().Any(p => p.Usage.Acl?.Id == gap.Owner.Subnet.Acl.Id);
        }

        var group = FixPlanner.ChooseGroup(after.Binding, gap.Owner);
        return group is null
            ? plan.Problems.OfType<NoGroupForRules>().Any(p => p.Owner.Id == gap.Owner.Id)
            : plan.Problems.OfType<RuleQuotaExceeded>().Any(p => p.Usage.Group?.Id == group.Id);
    }
}
