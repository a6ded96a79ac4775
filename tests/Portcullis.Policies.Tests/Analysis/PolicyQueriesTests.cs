using Portcullis.Core.Sets;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;
using static Portcullis.Policies.Tests.Build;

namespace Portcullis.Policies.Tests.Analysis;

/// <summary>The reviewers' questions on configurations whose answers are evident.</summary>
public sealed class PolicyQueriesTests
{
    private static readonly EvaluationSemantics Calico = EvaluationSemantics.Calico;
    private static readonly Endpoint Web = Pod("shop", "web", ("app", "web"));
    private static readonly Endpoint Db = Pod("shop", "db", ("app", "db"));

    [Fact]
    public void IsVacuous_AllowAllPolicy_IsVacuous_DenyIsNot()
    {
        Assert.True(PolicyQueries.IsVacuous(Config([Web, Db], Gnp("open", "all()", 1, [Rule(RuleAction.Allow)])), Calico));
        Assert.False(PolicyQueries.IsVacuous(Config([Web, Db], Gnp("closed", "app == 'db'", 1, [Rule(RuleAction.Deny)])), Calico));
    }

    [Fact]
    public void Emptiness_FindsPolicySelectingNothingAndRuleWithEmptySource()
    {
        var config = Config([Web, Db],
            Gnp("typo", "app == 'dbb'", 1, [Rule(RuleAction.Allow)]),
            Gnp("rule-typo", "app == 'db'", 2, [Rule(RuleAction.Allow, sourceSelector: "app == 'webb'"), Rule(RuleAction.Allow)]));
        var report = PolicyQueries.Emptiness(PolicyConnectivity.Analyze(config));
        Assert.Equal([new PolicyId(PolicyKind.CalicoGlobalNetworkPolicy, null, "typo")], report.EmptyPolicies);
        Assert.Contains(report.EmptyRules, r => r.Rule == new RuleId(new PolicyId(PolicyKind.CalicoGlobalNetworkPolicy, null, "rule-typo"), Direction.Ingress, 1) && r.NoSource);
    }

    [Fact]
    public void Redundancy_ShadowedPolicyAndDuplicateRule()
    {
        var deny = Gnp("deny-db", "app == 'db'", 1, [Rule(RuleAction.Deny)]);
        var shadowed = Gnp("allow-db", "app == 'db'", 2, [Rule(RuleAction.Allow, IpProtocols.Tcp)]);
        var twice = Gnp("twice", "app == 'web'", 3, [Rule(RuleAction.Allow, IpProtocols.Udp), Rule(RuleAction.Allow, IpProtocols.Udp)]);
        var report = PolicyQueries.Redundancy(Config([Web, Db], deny, shadowed, twice), Calico);
        Assert.Equal([shadowed.Id], report.RedundantPolicies);
        Assert.Equal([new RuleId(twice.Id, Direction.Ingress, 1), new RuleId(twice.Id, Direction.Ingress, 2)], report.RedundantRules);
    }

    [Fact]
    public void Overlaps_PoliciesSelectingCommonEndpoints()
    {
        var config = Config([Web, Db], Gnp("a", "all()", 1, [Rule(RuleAction.Allow)]), Gnp("b", "app == 'db'", 2, [Rule(RuleAction.Allow)]), Gnp("c", "app == 'none'", 3, [Rule(RuleAction.Allow)]));
        var overlap = Assert.Single(PolicyQueries.Overlaps(PolicyConnectivity.Analyze(config)));
        Assert.Equal([Db.Id], overlap.Common);
    }

    [Fact]
    public void Comparisons_ContainmentEquivalenceInterference()
    {
        var narrow = Config([Web, Db], Gnp("p", "app == 'db'", 1, [Rule(RuleAction.Allow, IpProtocols.Tcp, destinationPorts: [5432])]));
        var wide = Config([Web, Db], Gnp("p", "app == 'db'", 1, [Rule(RuleAction.Allow, IpProtocols.Tcp)]));
        var (a, b) = PolicyComparison.AnalyzeTogether(narrow, wide, Calico);
        Assert.True(PolicyComparison.Containment(a, b).Holds);
        Assert.False(PolicyComparison.Containment(b, a).Holds);
        var difference = PolicyComparison.Equivalence(a, b);
        Assert.False(difference.Holds);
        Assert.All(difference.Witnesses, w => Assert.Equal(Db.Id, w.Destination.Endpoint?.Id ?? Db.Id));
        Assert.True(PolicyComparison.Interferes(b, a).Holds);
        Assert.False(PolicyComparison.Interferes(a, b).Holds);
        Assert.True(PolicyComparison.Permits(b, a).Holds);
        Assert.False(PolicyComparison.Forbids(b, a).Holds);
    }

    [Theory]
    // narrow allows TCP 5432 to the db, wide all TCP: wide contains narrow and not the other way round.
    [InlineData(PolicyComparisonQuery.Equivalence, false, false)]
    [InlineData(PolicyComparisonQuery.Containment, true, true)]
    [InlineData(PolicyComparisonQuery.Permits, true, true)]
    [InlineData(PolicyComparisonQuery.Forbids, false, false)]
    [InlineData(PolicyComparisonQuery.Interferes, false, true)]
    [InlineData(PolicyComparisonQuery.TwoWayContainment, false, false)]
    public void Ask_NarrowThenWide_AnswersAsTheSingleComparisons(PolicyComparisonQuery query, bool holds, bool hopedFor)
    {
        var narrow = Config([Web, Db], Gnp("p", "app == 'db'", 1, [Rule(RuleAction.Allow, IpProtocols.Tcp, destinationPorts: [5432])]));
        var wide = Config([Web, Db], Gnp("p", "app == 'db'", 1, [Rule(RuleAction.Allow, IpProtocols.Tcp)]));

        var answer = PolicyComparison.Ask(query, narrow, wide, Calico);

        Assert.True(answer.Outcome.Comparable);
        Assert.Equal(holds, answer.Outcome.Holds);
        Assert.Equal(hopedFor, answer.IsHopedFor);
        if (query == PolicyComparisonQuery.TwoWayContainment)
        {
            Assert.True(answer.FirstInSecond);
            Assert.False(answer.SecondInFirst);
        }
    }

    [Fact]
    public void Ask_TwoWayContainment_AnEndpointOnlyTheFirstHas_OnlyTheSecondIsContained()
    {
        // Containment needs the outer side to have every endpoint of the inner one; the reverse is then compared as usual.
        var first = Config([Web, Db], Gnp("p", "all()", 1, [Rule(RuleAction.Allow)]));
        var second = Config([Web], Gnp("p", "all()", 1, [Rule(RuleAction.Allow)]));

        var answer = PolicyComparison.Ask(PolicyComparisonQuery.TwoWayContainment, first, second, Calico);

        Assert.False(answer.FirstInSecond);
        Assert.True(answer.SecondInFirst);
        Assert.False(answer.IsHopedFor);
    }

    [Fact]
    public void SemanticDiff_SortsChangesByCategory()
    {
        var before = Config([Web, Db], Gnp("p", "app == 'db'", 1, [Rule(RuleAction.Allow, IpProtocols.Tcp)]));
        var cache = Pod("shop", "cache", ("app", "cache"));
        var after = Config([Web, Db, cache], Gnp("p", "app == 'db'", 1, [Rule(RuleAction.Allow, IpProtocols.Udp)]));
        var report = PolicyQueries.SemanticDiff(before, after, Calico);
        Assert.Contains(SemanticDiffCategory.RemovedBetweenPersistent, report.Changes.Keys);
        Assert.Contains(SemanticDiffCategory.AddedBetweenPersistent, report.Changes.Keys);
        Assert.Contains(SemanticDiffCategory.NewBetweenPersistentAndAdded, report.Changes.Keys);
        var removed = Assert.Single(report.Changes[SemanticDiffCategory.RemovedBetweenPersistent], c => c.Source.Endpoint?.Id == Web.Id);
        Assert.Equal(ConnectionSet.AllTcp, removed.First);
    }

    [Fact]
    public void Sanity_ReportsConflictOfEqualOrders()
    {
        var config = Config([Web, Db], Gnp("a", "app == 'db'", 5, [Rule(RuleAction.Allow)]), Gnp("b", "all()", 5, [Rule(RuleAction.Deny)]));
        var report = PolicyQueries.Sanity(config, Calico);
        Assert.NotNull(report.Conflict);
        Assert.Equal(1, report.Count);
    }
}
