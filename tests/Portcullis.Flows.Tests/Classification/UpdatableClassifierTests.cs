using CsCheck;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Tests.Classification;

/// <summary>Rule-by-rule changes against a linear scan of the rules held after each change.</summary>
public sealed class UpdatableClassifierTests
{
    [Fact]
    public void InsertAndRemove_RandomSequences_AgreeWithLinearScan()
    {
        // Start from a planned build of half the rules, then insert the rest and remove some, checking after each step.
        RandomRules.RuleSet(80)
            .SelectMany(rules => Gen.Select(RandomRules.FlowFor(rules).Array[10], Gen.Int[0, int.MaxValue].Array[rules.Length]).Select((flows, order) => (rules, flows, order)))
            .Sample((rules, flows, order) =>
            {
                var distinct = rules.Distinct().ToArray();
                var half = distinct.Length / 2;
                var held = distinct.Take(half).ToList();
                var classifier = UpdatableClassifier.Build(held);
                void Check()
                {
                    foreach (var flow in flows)
                    {
                        Assert.Equal(RandomRules.LinearFirstMatch(held, flow), classifier.Classify(flow));
                    }
                }

                Check();
                foreach (var rule in distinct.Skip(half))
                {
                    classifier.Insert(rule);
                    held.Add(rule);
                    Check();
                }

                foreach (var k in Enumerable.Range(0, distinct.Length).OrderBy(i => order[i]).Take(distinct.Length * 2 / 3))
                {
                    Assert.True(classifier.Remove(distinct[k]));
                    held.Remove(distinct[k]);
                    Check();
                }

                Assert.Equal(held.Count, classifier.RuleCount);
            }, iter: 600);
    }

    [Fact]
    public void Remove_RuleNotHeld_ReturnsFalse()
    {
        var classifier = UpdatableClassifier.Build([ClassifierRule.AnyIPv4(1)]);
        Assert.False(classifier.Remove(ClassifierRule.AnyIPv4(2)));
        Assert.True(classifier.Remove(ClassifierRule.AnyIPv4(1)));
        Assert.Equal(FirstMatchClassifier.NoMatch, classifier.Classify(new FlowKey(1, 2, 6, 3, 4)));
    }
}
