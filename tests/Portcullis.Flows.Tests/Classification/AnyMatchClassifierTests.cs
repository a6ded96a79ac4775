using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Tests.Classification;

/// <summary>The any-match classifier (security-group semantics) against the rules checked one by one.</summary>
public sealed class AnyMatchClassifierTests
{
    [Fact]
    public void Lookups_RandomRuleSets_AgreeWithEveryRuleCheckedAlone()
    {
        RandomRules.RuleSet(60)
            .SelectMany(rules => RandomRules.FlowFor(rules).Array[12].Select(flows => (rules, flows)))
            .Sample((rules, flows) =>
            {
                var classifier = AnyMatchClassifier.Build(rules);
                var found = new List<int>();
                var allowed = new bool[flows.Length];
                classifier.Matches(flows, allowed);
                for (var i = 0; i < flows.Length; i++)
                {
                    var flow = flows[i];
                    var matching = rules.Where(r => r.Matches(flow)).Select(r => r.Index).Distinct().Order().ToList();
                    Assert.Equal(matching.Count > 0, classifier.Matches(flow));
                    Assert.Equal(matching.Count > 0, allowed[i]);
                    Assert.Equal(matching.Count > 0 ? matching[0] : FirstMatchClassifier.NoMatch, classifier.FirstMatching(flow));
                    classifier.MatchingRules(flow, found);
                    Assert.Equal(matching, found);
                }
            }, iter: 3_000);
    }

    [Fact]
    public void MatchingRules_RuleExpandedIntoSeveralEntries_ListsItOnce()
    {
        // One security-group rule whose remote is two blocks that both hold the packet's address.
        var wide = new ClassifierRule(7, IpPrefix.Parse("10.0.0.0/8"), IpPrefix.AllIPv4, ClassifierRule.AnyProtocol, ClassifierRule.AnyPort, ClassifierRule.AnyPort);
        var narrow = wide with { Source = IpPrefix.Parse("10.1.0.0/16") };
        var classifier = AnyMatchClassifier.Build([wide, narrow]);
        var found = new List<int> { 99 };
        classifier.MatchingRules(new FlowKey(0x0A010203, 1, 6, 1, 1), found);
        Assert.Equal([7], found);
    }
}
