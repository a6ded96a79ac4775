using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Tests.Classification;

/// <summary>
/// Generators of rule sets shaped like real ones: addresses drawn near a few shared bases (so prefixes nest and
/// overlap), prefix lengths from /0 to /32, ports as wildcards, single ports or ranges, protocols exact or any; and
/// flows drawn mostly from inside the rules (so lookups hit, often several rules) and partly at random.
/// </summary>
internal static class RandomRules
{
    private static readonly uint[] Bases = [0x0A000000, 0x0A000100, 0x0A010000, 0xC0A80000, 0xAC100500, 0x08080808, 0x00000000, 0xFFFFFF00];
    private static readonly int[] Lengths = [0, 1, 8, 12, 16, 20, 23, 24, 26, 28, 30, 31, 32, 32, 32];
    private static readonly int[] Ports = [0, 1, 22, 53, 80, 443, 1023, 1024, 8080, 32767, 65535];
    private static readonly int[] Protocols = [1, 6, 6, 17, 47, 0, 255];

    public static readonly Gen<uint> Address = Gen.Select(Gen.OneOf(Bases), Gen.Int[0, 3], Gen.UInt, (b, shape, random) => shape switch
    {
        0 => b,
        1 => b + (random & 0xFF),
        2 => b + (random & 0xFFFF),
        _ => random,
    });

    public static readonly Gen<IpPrefix> Prefix = Gen.Select(Address, Gen.OneOf(Lengths), (a, l) => new IpPrefix(IpAddress.FromIPv4(a), l));

    public static readonly Gen<Interval<int>> PortRange = Gen.Int[0, 4].SelectMany(kind => kind switch
    {
        0 or 1 => Gen.Const(ClassifierRule.AnyPort),
        2 => Gen.OneOf(Ports).Select(p => new Interval<int>(p, p)),
        3 => Gen.Select(Gen.OneOf(Ports), Gen.OneOf(Ports), (a, b) => new Interval<int>(Math.Min(a, b), Math.Max(a, b))),
        _ => Gen.Select(Gen.Int[0, 65535], Gen.Int[0, 300], (a, w) => new Interval<int>(a, Math.Min(65535, a + w))),
    });

    public static readonly Gen<Interval<int>> ProtocolRange = Gen.Int[0, 3].SelectMany(kind => kind switch
    {
        0 => Gen.Const(ClassifierRule.AnyProtocol),
        3 => Gen.Select(Gen.Int[0, 255], Gen.Int[0, 20], (a, w) => new Interval<int>(a, Math.Min(255, a + w))),
        _ => Gen.OneOf(Protocols).Select(p => new Interval<int>(p, p)),
    });

    /// <summary>Rules with indices 0, 1, 2 ... where now and then two consecutive rules share an index (one policy rule expanded into two).</summary>
    public static Gen<ClassifierRule[]> RuleSet(int maxRules) =>
        Gen.Select(Prefix, Prefix, ProtocolRange, PortRange, PortRange, Gen.Int[0, 9])
            .Array[0, maxRules]
            .Select(parts =>
            {
                var rules = new ClassifierRule[parts.Length];
                var index = 0;
                for (var i = 0; i < parts.Length; i++)
                {
                    var (source, destination, protocols, sourcePorts, destinationPorts, shareIndex) = parts[i];
                    if (i > 0 && shareIndex != 0)
                    {
                        index++;
                    }

                    rules[i] = new ClassifierRule(index, source, destination, protocols, sourcePorts, destinationPorts);
                }

                return rules;
            });

    /// <summary>Flows for a rule set: inside a random rule (each field anywhere in its range), or from the address and port pools.</summary>
    public static Gen<FlowKey> FlowFor(ClassifierRule[] rules) =>
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, Math.Max(0, rules.Length - 1)], Gen.UInt, Gen.UInt, Gen.Int[0, 65535], Gen.Int[0, 65535], Gen.Int[0, 255])
            .SelectMany((pick, r, s, d, sp, dp, p) =>
            {
                if (pick > 0 && rules.Length > 0)
                {
                    var rule = rules[r];
                    return Gen.Const(new FlowKey(
                        Inside(rule.Source, s), Inside(rule.Destination, d), (byte)Within(rule.Protocols, p),
                        (ushort)Within(rule.SourcePorts, sp), (ushort)Within(rule.DestinationPorts, dp)));
                }

                return Gen.Select(Address, Address, Gen.OneOf(Protocols), Gen.OneOf(Ports), Gen.OneOf(Ports),
                    (a, b, protocol, x, y) => new FlowKey(a, b, (byte)protocol, (ushort)x, (ushort)y));
            });

    /// <summary>The first rule (lowest index) that matches, by scanning them all: the reference.</summary>
    public static int LinearFirstMatch(IEnumerable<ClassifierRule> rules, in FlowKey flow)
    {
        var best = int.MaxValue;
        foreach (var rule in rules)
        {
            if (rule.Index < best && rule.Matches(flow))
            {
                best = rule.Index;
            }
        }

        return best == int.MaxValue ? FirstMatchClassifier.NoMatch : best;
    }

    private static uint Inside(IpPrefix prefix, uint random)
    {
        var first = prefix.First.IPv4Value;
        var span = prefix.Last.IPv4Value - first;
        return span == uint.MaxValue ? random : first + (uint)(random % ((ulong)span + 1));
    }

    private static int Within(Interval<int> range, int random) => range.Start + (random % (range.End - range.Start + 1));
}
