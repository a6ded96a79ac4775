using System.Numerics;

namespace Portcullis.Flows.Classification;

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
                var (source, destination) = (rule.Source.First.IPv4Value, rule.Destination.First.IPv4Value);
                ipv4.Add(ToEntry(rule, source, source | HostBits(rule.Source.Length), destination, destination | HostBits(rule.Destination.Length)));
            }
            else
            {
                ipv6.Add(ToEntry(rule, rule.Source.First.Value, rule.Source.Last.Value, rule.Destination.First.Value, rule.Destination.Last.Value));
            }
        }

        return (ipv4, ipv6);
    }

    // The low bits an IPv4 prefix leaves free (its last address is its first with these set).
    private static uint HostBits(int length) => length == 0 ? uint.MaxValue : (1u << (32 - length)) - 1;

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
