using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>Comparisons at the level NCA names things in txt_no_fw_rules and dot: workloads and address ranges.</summary>
public static class NameLevel
{
    /// <summary>The first key whose connections (or, for address sides, addresses per connection set) differ.</summary>
    public static string? FirstDifference(Dictionary<(string Section, string Source, string Destination), ConnectionSet> mine, Dictionary<(string Section, string Source, string Destination), ConnectionSet> expected)
    {
        var expectedNormal = Normalise(expected);
        var mineNormal = Normalise(mine);
        foreach (var key in expectedNormal.Keys.Union(mineNormal.Keys))
        {
            var a = mineNormal.TryGetValue(key, out var x) ? x : "nothing";
            var b = expectedNormal.TryGetValue(key, out var y) ? y : "nothing";
            if (a != b)
            {
                return $"{key.Item1}: {key.Item2} => {key.Item3}: engine {a}, NCA {b}";
            }
        }

        return null;
    }

    public static void Add(Dictionary<(string, string, string), ConnectionSet> map, string section, string source, string destination, ConnectionSet set)
    {
        var key = (section, source, destination);
        map[key] = (map.TryGetValue(key, out var existing) ? existing : ConnectionSet.None).Union(set);
    }

    /// <summary>Address sides become, per endpoint and connection set, the union of the addresses with it.</summary>
    public static Dictionary<(string, string, string), string> Normalise(Dictionary<(string Section, string Source, string Destination), ConnectionSet> map)
    {
        var result = new Dictionary<(string, string, string), string>();
        var byAddresses = new Dictionary<(string, string, string), Core.Addresses.IpAddressSet>();
        foreach (var ((section, source, destination), set) in map)
        {
            var sourceIsBlock = IsBlock(source);
            var destinationIsBlock = IsBlock(destination);
            if (!sourceIsBlock && !destinationIsBlock)
            {
                result[(section, source, destination)] = ConnectionText.Of(set);
                continue;
            }

            var key = sourceIsBlock ? (section, "from-addresses " + set, destination) : (section, source, "to-addresses " + set);
            var block = FwRuleParser.ParseBlock(sourceIsBlock ? source : destination);
            byAddresses[key] = byAddresses.TryGetValue(key, out var existing) ? existing.Union(block) : block;
        }

        foreach (var (key, block) in byAddresses)
        {
            result[key] = block.ToString();
        }

        return result;
    }

    public static bool IsBlock(string name) => name.Length > 0 && (char.IsAsciiDigit(name[0]) || name.Contains("::", StringComparison.Ordinal)) && !name.Contains('/', StringComparison.Ordinal) || name.Contains("/0", StringComparison.Ordinal) && !name.Contains('[', StringComparison.Ordinal);

}
