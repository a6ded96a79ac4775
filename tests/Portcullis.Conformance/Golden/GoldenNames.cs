using Portcullis.Conformance.Facts;
using Portcullis.Core.Addresses;
using Portcullis.Core.Topology;

namespace Portcullis.Conformance.Golden;

/// <summary>Reads the node names of golden report lines: endpoints, subnets, grouped lists and external address lists.</summary>
public static class GoldenNames
{
    /// <summary>One side of a golden line.</summary>
    /// <param name="Internal">The internal nodes, when the side is internal.</param>
    /// <param name="External">The external kind and addresses, when the side is external.</param>
    public sealed record Side(IReadOnlyList<NodeKey>? Internal, (ExternalKind Kind, IpAddressSet Addresses)? External);

    /// <summary>Parses a side; <paramref name="sectionVpc"/> is the VPC of a VPC section, or null in transit gateway sections (names carry <c>vpc/</c>).</summary>
    public static Side Parse(string text, string? sectionVpc)
    {
        text = text.Trim();
        foreach (var kind in new[] { ExternalKind.PublicInternet, ExternalKind.ServiceNetwork })
        {
            var label = kind == ExternalKind.PublicInternet ? "Public Internet " : "Service Network ";
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                var list = text[label.Length..].Trim();
                var addresses = list == "(all ranges)" ? ExternalAddressSpace.Of(kind) : ParseRanges(list);
                return new Side(null, (kind, addresses));
            }
        }

        var vpc = sectionVpc;
        var rest = text;
        if (vpc is null)
        {
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                throw new FormatException($"expected vpc/name in '{text}'");
            }

            vpc = text[..slash];
            rest = text[(slash + 1)..];
            if (rest.StartsWith('[') && rest.EndsWith(']'))
            {
                rest = rest[1..^1];
            }
        }

        return new Side([.. TopLevel(rest).Select(element => Key(vpc, element))], null);
    }

    /// <summary>Parses <c>1.2.3.0/24,5.6.7.8-5.6.7.20</c> into addresses.</summary>
    public static IpAddressSet ParseRanges(string list)
    {
        var result = IpAddressSet.Empty;
        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            result = result.Union(dash > 0
                ? IpAddressSet.Range(IpAddress.Parse(item.AsSpan(0, dash)), IpAddress.Parse(item.AsSpan(dash + 1)))
                : IpPrefix.Parse(item).ToAddressSet());
        }

        return result;
    }

    private static NodeKey Key(string vpc, string element)
    {
        element = element.Trim();
        if (element.EndsWith("[LoadBalancer]", StringComparison.Ordinal))
        {
            return new NodeKey(vpc, "lb:" + element[..^"[LoadBalancer]".Length]);
        }

        var open = element.LastIndexOf('[');
        if (open < 0 || !element.EndsWith(']'))
        {
            return new NodeKey(vpc, element); // a subnet
        }

        var inner = element[(open + 1)..^1];
        if (IpAddress.TryParse(inner, out var address))
        {
            return new NodeKey(vpc, address.ToString());
        }

        return new NodeKey(vpc, "lbpot:" + element);
    }

    /// <summary>Splits at commas outside brackets.</summary>
    public static List<string> TopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(text[start..i]);
                    start = i + 1;
                    break;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
