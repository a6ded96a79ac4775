using System.Numerics;

namespace Portcullis.Core.Classification;

/// <summary>Turns validated <see cref="ClassifierRule"/>s into the entries of the IPv4 and IPv6 tuple spaces.</summary>
internal static class RuleCompiler
{
    public static (List<RuleEntry<uint>> IPv4, List<RuleEntry<UInt128>> IPv6) Split(IEnumerable<ClassifierRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ipv4 = new List<RuleEntry<uint>>();
        var ipv6 = new List<RuleEntry<UInt128>>();
        foreach (var rule in rules)
        {
            rule.Validate();
            if (rule.Source.IsIPv4)
            {
                ipv4.Add(ToEntry(rule, rule.Source.First.IPv4Value, rule.Source.Last.IPv4Value, rule.Destination.First.IPv4Value, rule.Destination.Last.IPv4Value));
            }
            else
            {
                ipv6.Add(ToEntry(rule, rule.Source.First.Value, rule.Source.Last.Value, rule.Destination.First.Value, rule.Destination.Last.Value));
            }
        }

        return (ipv4, ipv6);
    }

    public static RuleEntry<uint> ToIPv4Entry(in ClassifierRule rule)
    {
        rule.Validate();
        if (!rule.Source.IsIPv4)
        {
            throw new ArgumentException($"Classifier rule {rule.Index} is not IPv4.");
        }

        return ToEntry(rule, rule.Source.First.IPv4Value, rule.Source.Last.IPv4Value, rule.Destination.First.IPv4Value, rule.Destination.Last.IPv4Value);
    }

    private static RuleEntry<TAddress> ToEntry<TAddress>(in ClassifierRule rule, TAddress sourceLow, TAddress sourceHigh, TAddress destinationLow, TAddress destinationHigh)
        where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress> => new()
        {
            SourceLow = sourceLow,
            SourceSpan = sourceHigh - sourceLow,
            DestinationLow = destinationLow,
            DestinationSpan = destinationHigh - destinationLow,
            SourcePortLow = (ushort)rule.SourcePorts.Start,
            SourcePortSpan = (ushort)(rule.SourcePorts.End - rule.SourcePorts.Start),
            DestinationPortLow = (ushort)rule.DestinationPorts.Start,
            DestinationPortSpan = (ushort)(rule.DestinationPorts.End - rule.DestinationPorts.Start),
            ProtocolLow = (byte)rule.Protocols.Start,
            ProtocolSpan = (byte)(rule.Protocols.End - rule.Protocols.Start),
            Index = rule.Index,
        };
}
