using System.Runtime.CompilerServices;

namespace Portcullis.Flows.Classification;

/// <summary>
/// An ordered rule list compiled for fast single-packet decisions with network-ACL semantics: the first rule (lowest
/// <see cref="ClassifierRule.Index"/>) that matches the packet decides, and the lookup says which one.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: build a new one when the rules change (or keep an
/// <see cref="UpdatableClassifier"/> for a rule set that changes rule by rule). Lookups do not allocate.</para>
/// <para>The structure is a priority-ordered tuple space (after TupleMerge and DynamicTuple): rules are grouped into
/// hash tables by the leading bits of addresses (and, where addresses say little, ports and protocol) they fix, the
/// table shapes chosen for the rule set at build time; tables are probed best rule first, and the search stops as
/// soon as no remaining table can beat the match found.</para>
/// </remarks>
public sealed class FirstMatchClassifier
{
    /// <summary>The result of a lookup that no rule matches.</summary>
    public const int NoMatch = -1;

    private readonly CompiledRules _rules;

    private FirstMatchClassifier(CompiledRules rules) => _rules = rules;

    /// <summary>The number of classifier rules compiled.</summary>
    public int RuleCount => _rules.EntryCount;

    /// <summary>Tables, entries and memory of the compiled structure.</summary>
    public ClassifierStatistics Statistics => _rules.Statistics();

    /// <summary>Compiles the rules. Their order in the sequence does not matter: <see cref="ClassifierRule.Index"/> is the priority.</summary>
    /// <exception cref="ArgumentException">When a rule is not usable (see <see cref="ClassifierRule"/>).</exception>
    public static FirstMatchClassifier Build(IEnumerable<ClassifierRule> rules) => new(CompiledRules.Build(rules));

    /// <summary>The index of the first rule that matches the packet, or <see cref="NoMatch"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Classify(in FlowKey flow)
    {
        var best = _rules.IPv4.FirstMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        return best == RuleEntry<uint>.EmptyIndex ? NoMatch : best;
    }

    /// <summary>The index of the first rule that matches the IPv6 packet, or <see cref="NoMatch"/>.</summary>
    public int Classify(in FlowKey6 flow)
    {
        var best = _rules.IPv6.FirstMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        return best == RuleEntry<UInt128>.EmptyIndex ? NoMatch : best;
    }

    /// <summary>Classifies a batch: <c>decisions[i]</c> is the decision for <c>flows[i]</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="decisions"/> is shorter than <paramref name="flows"/>.</exception>
    public void Classify(ReadOnlySpan<FlowKey> flows, Span<int> decisions)
    {
        if (decisions.Length < flows.Length)
        {
            throw new ArgumentException($"The decisions span ({decisions.Length}) is shorter than the flows ({flows.Length}).", nameof(decisions));
        }

        _rules.IPv4.FirstMatch(flows, decisions);
    }
}
