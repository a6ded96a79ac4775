using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Formats.Wording;

/// <summary>How reports name external address space and write address ranges.</summary>
public static class AddressText
{
    /// <summary>The label of a kind of external space: <c>Public Internet</c> or <c>Service Network</c>.</summary>
    public static string Label(ExternalKind kind) => kind == ExternalKind.PublicInternet ? "Public Internet" : "Service Network";

    /// <summary>
    /// External addresses as a report names them: <c>Public Internet (all ranges)</c>, or the kind followed by
    /// comma-separated ranges (<see cref="Ranges"/>).
    /// </summary>
    public static string External(ExternalKind kind, IpAddressSet addresses)
    {
        return addresses == ExternalAddressSpace.Of(kind) ? $"{Label(kind)} (all ranges)" : $"{Label(kind)} {Ranges(addresses)}";
    }

    /// <summary>Comma-separated ranges, each a CIDR when it is exactly one block, otherwise <c>first-last</c>.</summary>
    public static string Ranges(IpAddressSet addresses)
    {
        var parts = new List<string>();
        foreach (var (first, last) in addresses.Ranges)
        {
            var prefixes = IpAddressSet.Range(first, last).ToPrefixes();
            parts.Add(prefixes.Count == 1 ? prefixes[0].ToString() : $"{first}-{last}");
        }

        return string.Join(',', parts);
    }
}
