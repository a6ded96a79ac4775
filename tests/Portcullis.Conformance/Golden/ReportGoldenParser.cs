using System.Text.Json;
using Portcullis.Conformance.Facts;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;

namespace Portcullis.Conformance.Golden;

/// <summary>Reads an endpoint or subnet connectivity golden (txt, md or json) into facts.</summary>
public static class ReportGoldenParser
{
    private const string EndpointHeader = "Endpoint connectivity for VPC ";
    private const string SubnetHeader = "Subnet connectivity for VPC ";
    private const string GatewayHeader = "Connectivity between VPCs connected by TGW ";

    /// <summary>Reads a golden; one it cannot read throws <see cref="GoldenFormatException"/> with the place and the reason.</summary>
    public static ConnectivityFacts Parse(string text, string format) => GoldenFormatException.Reading(() => format switch
    {
        "json" => ParseJson(text),
        "md" => ParseLines(text, markdown: true),
        _ => ParseLines(text, markdown: false),
    });

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

        if (!ConnectionText.TryParse(text, out var set))
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

    // The analyzer's JSON (jsonOutput.go): { "<vpc>": { "endpoints_connectivity" | "subnets_connectivity": [ { src, dst,
    // conn, unidirectional_conn? } ] } }. Nodes are endpoints (with AddressStr), subnets (ResourceType Subnet, by name),
    // abstracted load balancers (ResourceType LoadBalancer) or external blocks (ResourceType and CidrStr). conn holds what
    // is allowed with replies (or not TCP); unidirectional_conn the TCP part whose replies are blocked.
    private static ConnectivityFacts ParseJson(string text)
    {
        var facts = new ConnectivityFacts();
        using var document = JsonDocument.Parse(text);
        var root = Expect(document.RootElement, JsonValueKind.Object, "$");
        foreach (var section in root.EnumerateObject())
        {
            var sectionPath = $"$['{section.Name}']";
            var vpc = section.Name.StartsWith("combined-vpc-", StringComparison.Ordinal) ? null : section.Name;
            foreach (var list in Expect(section.Value, JsonValueKind.Object, sectionPath).EnumerateObject())
            {
                var listPath = $"{sectionPath}.{list.Name}";
                if (list.Name is not ("endpoints_connectivity" or "subnets_connectivity"))
                {
                    throw new GoldenFormatException($"{listPath}: not a connectivity list the reader knows");
                }

                if (list.Value.ValueKind == JsonValueKind.Null)
                {
                    continue; // an empty report
                }

                var index = 0;
                foreach (var entry in Expect(list.Value, JsonValueKind.Array, listPath).EnumerateArray())
                {
                    var path = $"{listPath}[{index++}]";
                    Expect(entry, JsonValueKind.Object, path);
                    var src = JsonNode(Required(entry, "src", path), vpc, path + ".src");
                    var dst = JsonNode(Required(entry, "dst", path), vpc, path + ".dst");
                    AddJson(facts, src, dst, JsonConnection(Required(entry, "conn", path), path + ".conn"), false);
                    if (entry.TryGetProperty("unidirectional_conn", out var blocked))
                    {
                        AddJson(facts, src, dst, JsonConnection(blocked, path + ".unidirectional_conn"), true);
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

    private static GoldenNames.Side JsonNode(JsonElement node, string? vpc, string path)
    {
        Expect(node, JsonValueKind.Object, path);
        var type = String(node, "ResourceType", path);
        if (type is "Public Internet" or "Service Network")
        {
            var kind = type == "Public Internet" ? ExternalKind.PublicInternet : ExternalKind.ServiceNetwork;
            return new GoldenNames.Side(null, (kind, GoldenNames.ParseRanges(String(node, "CidrStr", path))));
        }

        if (vpc is null)
        {
            // A section of VPCs joined by a transit gateway: its JSON nodes do not say which VPC they are in.
            throw new GoldenFormatException($"{path}: a node of a combined-VPC section names no VPC");
        }

        if (node.TryGetProperty("AddressStr", out var addressElement))
        {
            var address = String(node, "AddressStr", path);
            return IpAddress.TryParse(address, out var parsed)
                ? new GoldenNames.Side([new NodeKey(vpc, parsed.ToString())], null)
                : throw new GoldenFormatException($"{path}.AddressStr: '{address}' is not one address (a potential load balancer address has no key in JSON)");
        }

        return type switch
        {
            "Subnet" => new GoldenNames.Side([new NodeKey(vpc, String(node, "ResourceName", path))], null),
            "LoadBalancer" => new GoldenNames.Side([new NodeKey(vpc, "lb:" + String(node, "ResourceName", path))], null),
            _ => throw new GoldenFormatException($"{path}: a node of type '{type}' without AddressStr"),
        };
    }

    private static ConnectionSet JsonConnection(JsonElement items, string path)
    {
        var result = ConnectionSet.None;
        if (items.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        var index = 0;
        foreach (var item in Expect(items, JsonValueKind.Array, path).EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            Expect(item, JsonValueKind.Object, itemPath);
            var protocol = String(item, "protocol", itemPath);
            int? Optional(string name) => item.TryGetProperty(name, out var v)
                ? v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : throw new GoldenFormatException($"{itemPath}.{name}: not an integer")
                : null;
            result = result.Union(protocol switch
            {
                "ANY" => ConnectionSet.AllIcmpTcpUdp,
                "TCP" or "UDP" => ConnectionSet.Ports(
                    protocol == "TCP" ? IpProtocols.Tcp : IpProtocols.Udp,
                    Optional("min_source_port") ?? 1,
                    Optional("max_source_port") ?? 65535,
                    Optional("min_destination_port") ?? 1,
                    Optional("max_destination_port") ?? 65535),
                "ICMP" => Optional("type") is { } icmpType ? ConnectionSet.IcmpOf(icmpType, Optional("code")) : ConnectionSet.IcmpOf(null, null),
                _ => throw new GoldenFormatException($"{itemPath}.protocol: '{protocol}' is not a protocol the reader knows"),
            });
        }

        return result;
    }

    private static JsonElement Expect(JsonElement element, JsonValueKind kind, string path) =>
        element.ValueKind == kind ? element : throw new GoldenFormatException($"{path}: expected {kind.ToString().ToLowerInvariant()}, found {element.ValueKind.ToString().ToLowerInvariant()}");

    private static JsonElement Required(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value) ? value : throw new GoldenFormatException($"{path}: no '{name}'");

    private static string String(JsonElement element, string name, string path) =>
        Required(element, name, path) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw new GoldenFormatException($"{path}.{name}: expected a string");
}
