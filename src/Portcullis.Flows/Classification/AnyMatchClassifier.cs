using System.Runtime.CompilerServices;

namespace Portcullis.Flows.Classification;

/// <summary>
/// An unordered rule set compiled for fast single-packet decisions with security-group semantics: a packet is
/// allowed when any rule matches it (the union of the rules).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; lookups do not allocate (<see cref="MatchingRules(in FlowKey, List{int})"/> fills a
/// list the caller owns). The structure is the one of <see cref="FirstMatchClassifier"/>; indices identify rules
/// (several classifier rules may share one) and carry no priority.
/// </remarks>
public sealed class AnyMatchClassifier
{
    private readonly CompiledRules _rules;

    private AnyMatchClassifier(CompiledRules rules) => _rules = rules;

    /// <summary>The number of classifier rules compiled.</summary>
    public int RuleCount => _rules.EntryCount;

    /// <summary>Tables, entries and memory of the compiled structure.</summary>
    public ClassifierStatistics Statistics => _rules.Statistics();

    /// <summary>Compiles the rules.</summary>
    /// <exception cref="ArgumentException">When a rule is not usable (see <see cref="ClassifierRule"/>).</exception>
    public static AnyMatchClassifier Build(IEnumerable<ClassifierRule> rules) => new(CompiledRules.Build(rules));

    /// <summary>Whether any rule matches the packet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Matches(in FlowKey flow) =>
        _rules.IPv4.AnyMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);

    /// <summary>Whether any rule matches the IPv6 packet.</summary>
    public bool Matches(in FlowKey6 flow) =>
        _rules.IPv6.AnyMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);

    /// <summary>The lowest index of a rule that matches the packet (a stable choice of one allowing rule), or <see cref="FirstMatchClassifier.NoMatch"/>.</summary>
    public int FirstMatching(in FlowKey flow)
    {
        var best = _rules.IPv4.FirstMatch(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort);
        return best == RuleEntry<uint>.EmptyIndex ? FirstMatchClassifier.NoMatch : best;
    }

    /// <summary>Clears <paramref name="indices"/> and fills it with the index of every rule that matches the packet, ascending, each once.</summary>
    public void MatchingRules(in FlowKey flow, List<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        indices.Clear();
        var sink = new ListSink(indices);
        _rules.IPv4.AllMatches(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort, ref sink);
        SortDistinct(indices);
    }

    /// <summary>Clears <paramref name="indices"/> and fills it with the index of every rule that matches the IPv6 packet, ascending, each once.</summary>
    public void MatchingRules(in FlowKey6 flow, List<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        indices.Clear();
        var sink = new ListSink(indices);
        _rules.IPv6.AllMatches(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort, ref sink);
        SortDistinct(indices);
    }

    /// <summary>
    /// Reports to <paramref name="sink"/> the index of every entry that matches the packet, unsorted: a rule appears
    /// once per matching entry, so once when its entries are disjoint (as those of <see cref="ClassifierRules"/> are).
    /// </summary>
    internal void ForEachMatch<TSink>(in FlowKey flow, ref TSink sink)
        where TSink : struct, IMatchSink =>
        _rules.IPv4.AllMatches(flow.Source, flow.Destination, flow.Protocol, flow.SourcePort, flow.DestinationPort, ref sink);

    /// <summary>Decides a batch: <c>allowed[i]</c> is whether a rule matches <c>flows[i]</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="allowed"/> is shorter than <paramref name="flows"/>.</exception>
    public void Matches(ReadOnlySpan<FlowKey> flows, Span<bool> allowed)
    {
        if (allowed.Length < flows.Length)
        {
            throw new ArgumentException($"The result span ({allowed.Length}) is shorter than the flows ({flows.Length}).", nameof(allowed));
        }

        for (var i = 0; i < flows.Length; i++)
        {
            allowed[i] = Matches(flows[i]);
        }
    }

    private static void SortDistinct(List<int> indices)
    {
        if (indices.Count < 2)
        {
            return;
        }

        indices.Sort();
        var kept = 1;
        for (var i = 1; i < indices.Count; i++)
        {
            if (indices[i] != indices[kept - 1])
            {
                indices[kept++] = indices[i];
            }
        }

        indices.RemoveRange(kept, indices.Count - kept);
    }

    private readonly struct ListSink(List<int> indices) : IMatchSink
    {
        public void Add(int index) => indices.Add(index);
    }
}
