using System.Text.Json;
using Portcullis.Conformance.Facts;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Conformance.Golden;

/// <summary>Reads an endpoint or subnet connectivity golden (txt, md or json) into facts.</summary>
public static class ReportGoldenParser
{
    private const string EndpointHeader = "Endpoint connectivity for VPC ";
    private const string SubnetHeader = "Subnet connectivity for VPC ";
    private const string GatewayHeader = "Connectivity between VPCs connected by TGW ";

    public static ConnectivityFacts Parse(string text, string format) => format switch
    {
        "json" => ParseJson(text),
        "md" => ParseLines(text, markdown: true),
        _ => ParseLines(text, markdown: false),
    };

    /// <summary>Adds one line (possibly grouped) to the facts.</summary>
    public static void AddLine(ConnectivityFacts facts, string? sectionVpc, string source, string destination, string connection)
    {
        var text = connection.Trim();
        var blocked = false;
        if (text.EndsWith("**", StringComparison.Ordinal))
        {
            text = text[..^2].TrimEnd();
        }

        if (text.EndsWith('*'))
        {
            blocked = true;
            text = text[..^1].TrimEnd();
        }

        if (!ConnectionSet.TryParse(text, out var set))
        {
            throw new FormatException($"cannot read the connection '{text}'");
        }

        if (set.IsAll)
        {
            set = ConnectionSet.AllIcmpTcpUdp; // the analyzer's universe
        }

        // ' * ' marks TCP whose replies are blocked; only TCP replies are checked, so on a line such as
        // 'All Connections *' the mark says nothing about the line's UDP and ICMP.
        var src = GoldenNames.Parse(source, sectionVpc);
        var dst = GoldenNames.Parse(destination, sectionVpc);
        if (blocked)
        {
            AddSides(facts, src, dst, set.Except(set.TcpOnly()), false);
            AddSides(facts, src, dst, set.TcpOnly(), true);
        }
        else
        {
            AddSides(facts, src, dst, set, false);
        }
    }

    private static void AddSides(ConnectivityFacts facts, GoldenNames.Side src, GoldenNames.Side dst, ConnectionSet set, bool blocked)
    {
        if (set.IsEmpty)
        {
            return;
        }

        if (src.External is { } fromOutside)
        {
            foreach (var node in dst.Internal!)
            {
                facts.AddExternal(new ExternalKey(node, false, fromOutside.Kind), fromOutside.Addresses, set, blocked);
            }
        }
        else if (dst.External is { } toOutside)
        {
            foreach (var node in src.Internal!)
            {
                facts.AddExternal(new ExternalKey(node, true, toOutside.Kind), toOutside.Addresses, set, blocked);
            }
        }
        else
        {
            foreach (var a in src.Internal!)
            {
                foreach (var b in dst.Internal!)
                {
                    facts.AddInternal(a, b, set, blocked);
                }
            }
        }
    }

    private static ConnectivityFacts ParseLines(string text, bool markdown)
    {
        var facts = new ConnectivityFacts();
        string? vpc = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (markdown && line.StartsWith("# ", StringComparison.Ordinal))
            {
                line = line[2..];
            }

            if (line.StartsWith(EndpointHeader, StringComparison.Ordinal) || line.StartsWith(SubnetHeader, StringComparison.Ordinal))
            {
                vpc = line[(line.IndexOf(" for VPC ", StringComparison.Ordinal) + " for VPC ".Length)..].Trim();
                continue;
            }

            if (line.StartsWith(GatewayHeader, StringComparison.Ordinal))
            {
                vpc = null;
                continue;
            }

            if (markdown)
            {
                if (!line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| src |", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = line.Trim().Trim('|').Split(" | ");
                AddLine(facts, vpc, cells[0], cells[1], cells[2]);
                continue;
            }

            var arrow = line.IndexOf(" => ", StringComparison.Ordinal);
            if (arrow < 0)
            {
                continue; // blank lines, <nothing to report>, footnotes
            }

            var colon = line.IndexOf(" : ", arrow, StringComparison.Ordinal);
            AddLine(facts, vpc, line[..arrow], line[(arrow + 4)..colon], line[(colon + 3)..]);
        }

        return facts;
    }

    private static ConnectivityFacts ParseJson(string text)
    {
        var facts = new ConnectivityFacts();
        using var document = JsonDocument.Parse(text);
        foreach (var section in document.RootElement.EnumerateObject())
        {
            var vpc = section.Name.StartsWith("combined-vpc-", StringComparison.Ordinal) ? null : section.Name;
            foreach (var list in section.Value.EnumerateObject())
            {
                foreach (var entry in list.Value.EnumerateArray())
                {
                    var src = JsonNode(entry.GetProperty("src"), vpc);
                    var dst = JsonNode(entry.GetProperty("dst"), vpc);
                    AddJson(facts, src, dst, JsonConnection(entry.GetProperty("conn")), false);
                    if (entry.TryGetProperty("unidirectional_conn", out var blocked))
                    {
                        AddJson(facts, src, dst, JsonConnection(blocked), true);
                    }
                }
            }
        }

        return facts;
    }

    private static void AddJson(ConnectivityFacts facts, GoldenNames.Side src, GoldenNames.Side dst, ConnectionSet set, bool blocked)
    {
        if (set.IsEmpty)
        {
            return;
        }

        if (src.External is { } outside)
        {
            facts.AddExternal(new ExternalKey(dst.Internal![0], false, outside.Kind), outside.Addresses, set, blocked);
        }
        else if (dst.External is { } inside)
        {
            facts.AddExternal(new ExternalKey(src.Internal![0], true, inside.Kind), inside.Addresses, set, blocked);
        }
        else
        {
            facts.AddInternal(src.Internal![0], dst.Internal![0], set, blocked);
        }
    }

    private static GoldenNames.Side JsonNode(JsonElement node, string? vpc)
    {
        var type = node.GetProperty("ResourceType").GetString();
        if (type is "Public Internet" or "Service Network")
        {
            var kind = type == "Public Internet" ? ExternalKind.PublicInternet : ExternalKind.ServiceNetwork;
            return new GoldenNames.Side(null, (kind, IpPrefix.Parse(node.GetProperty("CidrStr").GetString()).ToAddressSet()));
        }

        var address = node.GetProperty("AddressStr").GetString()!;
        return new GoldenNames.Side([new NodeKey(vpc ?? "?", IpAddress.Parse(address).ToString())], null);
    }

    private static ConnectionSet JsonConnection(JsonElement items)
    {
        var result = ConnectionSet.None;
        foreach (var item in items.EnumerateArray())
        {
            var protocol = item.GetProperty("protocol").GetString();
            int Get(string name, int fallback) => item.TryGetProperty(name, out var v) ? v.GetInt32() : fallback;
            result = result.Union(protocol switch
            {
                "ANY" => ConnectionSet.AllIcmpTcpUdp,
                "TCP" or "UDP" => ConnectionSet.Ports(
                    protocol == "TCP" ? IpProtocols.Tcp : IpProtocols.Udp,
                    Get("min_source_port", 1),
                    Get("max_source_port", 65535),
                    Get("min_destination_port", 1),
                    Get("max_destination_port", 65535)),
                "ICMP" => item.TryGetProperty("type", out var type)
                    ? ConnectionSet.IcmpOf(type.GetInt32(), item.TryGetProperty("code", out var code) ? code.GetInt32() : null)
                    : ConnectionSet.IcmpOf(null, null),
                _ => throw new FormatException($"unknown protocol item {item}"),
            });
        }

        return result;
    }
}
