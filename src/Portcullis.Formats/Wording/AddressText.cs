using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Formats.Wording;

/// <summary>How reports name external address space and write address ranges.</summary>
public static class AddressText
{
    /// <summary>The words that introduce a complement: <c>all but</c>.</summary>
    public const string AllBut = "all but ";

    private const string AllRanges = "(all ranges)";

    /// <summary>The label of a kind of external space: <c>Public Internet</c> or <c>Service Network</c>.</summary>
    public static string Label(ExternalKind kind) => kind == ExternalKind.PublicInternet ? "Public Internet" : "Service Network";

    /// <summary>
    /// External addresses as a report names them: <c>Public Internet (all ranges)</c>, or the kind followed by
    /// comma-separated ranges (<see cref="Ranges"/>).
    /// </summary>
    public static string External(ExternalKind kind, IpAddressSet addresses)
    {
        return addresses == ExternalAddressSpace.Of(kind) ? $"{Label(kind)} {AllRanges}" : $"{Label(kind)} {Ranges(addresses)}";
    }

    /// <summary>
    /// External addresses as the readable reports name them: the shorter of the list and its complement within the
    /// kind's space, <c>Public Internet 8.8.8.0/24, 145.40.0.0/16</c> or <c>Public Internet (all but 8.8.8.0/24, 145.40.0.0/16)</c>
    /// (the list when both are as long); <c>Public Internet (all ranges)</c> for the whole space.
    /// <see cref="TryParseReadable"/> reads it back.
    /// </summary>
    public static string Readable(ExternalKind kind, IpAddressSet addresses)
    {
        if (addresses == ExternalAddressSpace.Of(kind))
        {
            return $"{Label(kind)} {AllRanges}";
        }

        var list = JoinRanges(addresses, ", ");
        var complement = JoinRanges(ExternalAddressSpace.Complement(kind, addresses), ", ");
        return complement.Length + AllBut.Length + 2 < list.Length ? $"{Label(kind)} ({AllBut}{complement})" : $"{Label(kind)} {list}";
    }

    /// <summary>Reads what <see cref="Readable"/> (or <see cref="External"/>) writes: the kind and exactly the addresses it names.</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind of external space.</param>
    /// <param name="addresses">The addresses.</param>
    /// <returns>Whether the text names external addresses.</returns>
    public static bool TryParseReadable(ReadOnlySpan<char> text, out ExternalKind kind, out IpAddressSet addresses)
    {
        addresses = IpAddressSet.Empty;
        kind = ExternalKind.PublicInternet;
        ReadOnlySpan<char> rest;
        if (text.StartsWith(Label(ExternalKind.PublicInternet) + " "))
        {
            rest = text[(Label(ExternalKind.PublicInternet).Length + 1)..];
        }
        else if (text.StartsWith(Label(ExternalKind.ServiceNetwork) + " "))
        {
            kind = ExternalKind.ServiceNetwork;
            rest = text[(Label(ExternalKind.ServiceNetwork).Length + 1)..];
        }
        else
        {
            return false;
        }

        if (rest.SequenceEqual(AllRanges))
        {
            addresses = ExternalAddressSpace.Of(kind);
            return true;
        }

        var complement = rest.StartsWith("(" + AllBut) && rest.EndsWith(")");
        if (complement)
        {
            rest = rest[(AllBut.Length + 1)..^1];
        }

        if (!TryParseRanges(rest, out var listed))
        {
            return false;
        }

        addresses = complement ? ExternalAddressSpace.Complement(kind, listed) : listed;
        return true;
    }

    /// <summary>Comma-separated ranges, each a CIDR when it is exactly one block, otherwise <c>first-last</c>.</summary>
    public static string Ranges(IpAddressSet addresses) => JoinRanges(addresses, ",");

    private static string JoinRanges(IpAddressSet addresses, string separator)
    {
        var parts = new List<string>();
        foreach (var (first, last) in addresses.Ranges)
        {
            var prefixes = IpAddressSet.Range(first, last).ToPrefixes();
            parts.Add(prefixes.Count == 1 ? prefixes[0].ToString() : $"{first}-{last}");
        }

        return string.Join(separator, parts);
    }

    // Ranges as Ranges writes them, with or without a space after each comma.
    private static bool TryParseRanges(ReadOnlySpan<char> text, out IpAddressSet addresses)
    {
        addresses = IpAddressSet.Empty;
        foreach (var range in text.Split(','))
        {
            var item = text[range].Trim();
            var dash = item.IndexOf('-');
            if (dash >= 0 && IpAddress.TryParse(item[..dash], out var first) && IpAddress.TryParse(item[(dash + 1)..], out var last) && first.Value <= last.Value)
            {
                addresses = addresses.Union(IpAddressSet.Range(first, last));
            }
            else if (dash < 0 && IpPrefix.TryParse(item, out var prefix))
            {
                addresses = addresses.Union(IpAddressSet.Of(prefix));
            }
            else
            {
                return false;
            }
        }

        return !addresses.IsEmpty;
    }
}
