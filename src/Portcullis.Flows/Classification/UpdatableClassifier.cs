namespace Portcullis.Flows.Classification;

/// <summary>
/// A first-match classifier that also takes rule-by-rule changes: <see cref="Insert"/> and <see cref="Remove"/>
/// cost about a lookup each, instead of a rebuild.
/// </summary>
/// <remarks>
/// <para>Starts from the same planned structure as <see cref="FirstMatchClassifier"/>; inserted rules go to the
/// first table that fits them (or a new one), so after many changes a rebuild may be faster to search.</para>
/// <para>Not thread-safe: changes must not overlap with each other or with lookups. Where many threads look up while
/// rules change, build <see cref="FirstMatchClassifier"/>s and swap them whole.</para>
/// </remarks>
public sealed class UpdatableClassifier
{
    private readonly CompiledRules _rules;

    private UpdatableClassifier(CompiledRules rules) => _rules = rules;

    /// <summary>The number of classifier rules held.</summary>
    public int RuleCount => _rules.EntryCount;

    /// <summary>Tables, entries and memory of the structure as it is now.</summary>
    public ClassifierStatistics Statistics => _rules.Statistics();

    /// <summary>Compiles the initial rules (none is fine).</summary>
    /// <exception cref="ArgumentException">When a rule is not usable (see <see cref="ClassifierRule"/>).</exception>
    public static UpdatableClassifier Build(IEnumerable<ClassifierRule> rules) => new(CompiledRules.Build(rules));

    /// <summary>Adds a rule. <see cref="ClassifierRule.Index"/> is its priority: to insert between two rules, give indices room (10, 20, 30 ...).</summary>
    /// <exception cref="ArgumentException">When the rule is not usable.</exception>
    public void Insert(ClassifierRule rule)
    {
        var (ipv4, ipv6) = RuleCompiler.Split([rule]);
        foreach (var entry in ipv4)
        {
            _rules.IPv4.Insert(entry);
        }

        foreach (var entry in ipv6)
        {
            _rules.IPv6.Insert(entry);
        }
    }

    /// <summary>Removes a rule equal to <paramref name="rule"/> (same index and fields); false when there is none.</summary>
    /// <exception cref="ArgumentException">When the rule is not usable.</exception>
    public bool Remove(ClassifierRule rule)
    {
        var (ipv4, ipv6) = RuleCompiler.Split([rule]);
        return ipv4.Count == 1 ? _rules.IPv4.Remove(ipv4[0]) : _rules.IPv6.Remove(ipv6[0]);
    }

    /// <summary>The index of the first rule that matches the packet, or <see cref="FirstMatchClassifier.NoMatch"/>.</summary>
    public int Classify(in FlowKey flow)
    {
        var best = _rules.IPv4.FirstMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        return best == RuleEntry<uint>.EmptyIndex ? FirstMatchClassifier.NoMatch : best;
    }

    /// <summary>The index of the first rule that matches the IPv6 packet, or <see cref="FirstMatchClassifier.NoMatch"/>.</summary>
    public int Classify(in FlowKey6 flow)
    {
        var best = _rules.IPv6.FirstMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        return best == RuleEntry<UInt128>.EmptyIndex ? FirstMatchClassifier.NoMatch : best;
    }
}
