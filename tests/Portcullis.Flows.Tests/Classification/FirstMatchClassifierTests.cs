using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Tests.Classification;

/// <summary>The compiled first-match classifier against a linear scan of the rules.</summary>
public sealed class FirstMatchClassifierTests
{
    [Fact]
    public void Classify_RandomRuleSets_AgreesWithLinearScan()
    {
        // 10,000 rule sets of up to 60 rules (several tables once a set outgrows one bucket), 12 flows each.
        RandomRules.RuleSet(60)
            .SelectMany(rules => RandomRules.FlowFor(rules).Array[12].Select(flows => (rules, flows)))
            .Sample((rules, flows) =>
            {
                var classifier = FirstMatchClassifier.Build(rules);
                foreach (var flow in flows)
                {
                    Assert.Equal(RandomRules.LinearFirstMatch(rules, flow), classifier.Classify(flow));
                }
            }, iter: 10_000);
    }

    [Fact]
    public void Classify_LargeRandomRuleSets_AgreesWithLinearScan()
    {
        // Fewer, larger sets: many tables, long buckets and the planner's sampling path.
        RandomRules.RuleSet(2_000)
            .SelectMany(rules => RandomRules.FlowFor(rules).Array[400].Select(flows => (rules, flows)))
            .Sample((rules, flows) =>
            {
                var classifier = FirstMatchClassifier.Build(rules);
                var decisions = new int[flows.Length];
                classifier.Classify(flows, decisions);
                for (var i = 0; i < flows.Length; i++)
                {
                    var expected = RandomRules.LinearFirstMatch(rules, flows[i]);
                    Assert.Equal(expected, classifier.Classify(flows[i]));
                    Assert.Equal(expected, decisions[i]);
                }
            }, iter: 25);
    }

    [Fact]
    public void Classify_ManyRulesWithTheSameAddresses_FindsTheFirstByPort()
    {
        // 300 rules on one address pair overflow any bucket: the later ones spill into further tables.
        var prefix = IpPrefix.Parse("10.0.0.1/32");
        var rules = Enumerable.Range(0, 300)
            .Select(i => new ClassifierRule(i, prefix, prefix, new Interval<int>(6, 6), ClassifierRule.AnyPort, new Interval<int>(1000 + (i / 2), 1000 + (i / 2))))
            .ToArray();
        var classifier = FirstMatchClassifier.Build(rules);
        for (var port = 990; port < 1160; port++)
        {
            var flow = new FlowKey(0x0A000001, 0x0A000001, 6, 5000, (ushort)port);
            Assert.Equal(RandomRules.LinearFirstMatch(rules, flow), classifier.Classify(flow));
        }
    }

    [Fact]
    public void Classify_NoRules_MatchesNothing()
    {
        var classifier = FirstMatchClassifier.Build([]);
        Assert.Equal(FirstMatchClassifier.NoMatch, classifier.Classify(new FlowKey(1, 2, 6, 3, 4)));
        Assert.Equal(FirstMatchClassifier.NoMatch, classifier.Classify(default(FlowKey)));
    }

    [Fact]
    public void Classify_DefaultFlowKey_IsTheAllZeroHeader()
    {
        // default(FlowKey) is 0.0.0.0 -> 0.0.0.0, protocol 0, ports 0: a real header that only covering rules match.
        var specific = new ClassifierRule(0, IpPrefix.Parse("10.0.0.0/8"), IpPrefix.AllIPv4, ClassifierRule.AnyProtocol, ClassifierRule.AnyPort, ClassifierRule.AnyPort);
        var any = ClassifierRule.AnyIPv4(1);
        Assert.Equal(1, FirstMatchClassifier.Build([specific, any]).Classify(default(FlowKey)));
        Assert.Equal(FirstMatchClassifier.NoMatch, FirstMatchClassifier.Build([specific]).Classify(default(FlowKey)));
    }

    [Fact]
    public void Classify_RulesGivenOutOfOrder_IndexDecides()
    {
        var wide = ClassifierRule.AnyIPv4(5);
        var narrow = new ClassifierRule(2, IpPrefix.Parse("10.0.0.0/24"), IpPrefix.AllIPv4, ClassifierRule.AnyProtocol, ClassifierRule.AnyPort, ClassifierRule.AnyPort);
        var classifier = FirstMatchClassifier.Build([wide, narrow]);
        Assert.Equal(2, classifier.Classify(new FlowKey(0x0A000007, 0x01020304, 17, 53, 53)));
        Assert.Equal(5, classifier.Classify(new FlowKey(0x0B000007, 0x01020304, 17, 53, 53)));
    }

    [Theory]
    // a default rule has no blocks
    [InlineData("default")]
    // IPv4 source, IPv6 destination
    [InlineData("mixed")]
    // a negative index
    [InlineData("negative")]
    // port 65536
    [InlineData("port")]
    // protocol 256
    [InlineData("protocol")]
    public void Build_UnusableRule_Throws(string problem)
    {
        var rule = ClassifierRule.AnyIPv4(0);
        rule = problem switch
        {
            "default" => default,
            "mixed" => rule with { Destination = IpPrefix.Parse("fd00::/8") },
            "negative" => rule with { Index = -1 },
            "port" => rule with { DestinationPorts = new Interval<int>(1, 65536) },
            _ => rule with { Protocols = new Interval<int>(0, 256) },
        };
        Assert.Throws<ArgumentException>(() => FirstMatchClassifier.Build([rule]));
    }

    [Fact]
    public void Classify_BatchShorterOutput_Throws()
    {
        var classifier = FirstMatchClassifier.Build([ClassifierRule.AnyIPv4(0)]);
        Assert.Throws<ArgumentException>(() => classifier.Classify(new FlowKey[3], new int[2]));
    }

    [Fact]
    public void Classify_IPv6RandomRuleSets_AgreesWithLinearScan()
    {
        // The IPv6 path is the same tuple space over 128-bit addresses: map the IPv4 generators into fd00::/8.
        RandomRules.RuleSet(60)
            .SelectMany(rules => RandomRules.FlowFor(rules).Array[12].Select(flows => (rules, flows)))
            .Sample((rules, flows) =>
            {
                var wide = rules.Select(r => r with { Source = Widen(r.Source), Destination = Widen(r.Destination) }).ToArray();
                var classifier = FirstMatchClassifier.Build(wide);
                foreach (var flow in flows)
                {
                    var key = new FlowKey6(Widen(flow.Source), Widen(flow.Destination), flow.Protocol, flow.SourcePort, flow.DestinationPort);
                    var expected = wide.Where(r => r.Matches(key)).Select(r => r.Index).DefaultIfEmpty(FirstMatchClassifier.NoMatch).Min();
                    Assert.Equal(expected, classifier.Classify(key));
                    Assert.Equal(FirstMatchClassifier.NoMatch, classifier.Classify(flow));
                }
            }, iter: 1_000);
    }

    // fd00:: + the IPv4 bits placed in the middle of the address, with the prefix length moved along.
    private static IpPrefix Widen(IpPrefix prefix) => new(new IpAddress(Widen(prefix.First.IPv4Value)), prefix.Length + 40);

    private static UInt128 Widen(uint address) => (new UInt128(0xFD00_0000_0000_0000UL, 0) >> 0) | ((UInt128)address << 56);
}
