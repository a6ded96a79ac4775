namespace Portcullis.Flows.Classification;

/// <summary>The IPv4 and IPv6 tuple spaces of one rule set, shared by the first-match and any-match classifiers.</summary>
internal sealed class CompiledRules
{
    private CompiledRules(TupleSpace<uint> ipv4, TupleSpace<UInt128> ipv6)
    {
        IPv4 = ipv4;
        IPv6 = ipv6;
    }

    public TupleSpace<uint> IPv4 { get; }

    public TupleSpace<UInt128> IPv6 { get; }

    public int EntryCount => IPv4.EntryCount + IPv6.EntryCount;

    public static CompiledRules Build(IEnumerable<ClassifierRule> rules)
    {
        var (ipv4, ipv6) = RuleCompiler.Split(rules);
        return new CompiledRules(TupleSpace<uint>.Build(ipv4), TupleSpace<UInt128>.Build(ipv6));
    }

    public ClassifierStatistics Statistics() => ClassifierStatisticsOf.Build(IPv4, IPv6);
}
