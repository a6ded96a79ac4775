using System.Text.Json;
using System.Text.Json.Nodes;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats.IbmVpc;

namespace Portcullis.Formats.IbmCloudExports;

/// <summary>
/// Reads what <c>ibmcloud is vpcs|subnets|network-acls|security-groups|instances|public-gateways|floating-ips|
/// endpoint-gateways|load-balancers --output JSON</c> prints: a list of VPC API objects, one command per file. Which
/// list it is comes from the objects themselves (their CRNs, <c>resource_type</c>, or fields); the objects are the
/// collector's, so the collector's reader reads them, and locations are the file's own JSON paths (<c>$[3].rules[2]</c>).
/// </summary>
internal static class VpcExportReader
{
    /// <summary>Whether a document's root is a list, as every export is.</summary>
    public static bool Recognizes(JsonElement root) => root.ValueKind == JsonValueKind.Array;

    /// <summary>Reads an export; <see langword="null"/> when it has errors (all reported).</summary>
    public static VpcExport? Read(JsonElement root, string file, DiagnosticBag diagnostics)
    {
        if (root.GetArrayLength() == 0)
        {
            diagnostics.Report(ConfigurationDiagnostics.EmptyExport, new SourceLocation(file, "$"));
            return new VpcExport(VpcConfiguration.Empty, []);
        }

        VpcExportKind? kind = null;
        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var at = new SourceLocation(file, $"$[{index}]");
            var (found, foreign) = Classify(item);
            if (found is null)
            {
                var what = foreign is null ? "an object of no VPC list Portcullis reads" : $"{foreign}, from a command Portcullis does not read";
                diagnostics.Report(ConfigurationDiagnostics.UnsupportedExport, at, what, VpcExportKind.Commands);
                return null;
            }

            if (kind is not null && kind != found)
            {
                diagnostics.Report(ConfigurationDiagnostics.MixedExport, at, found.Command, kind.Command);
                return null;
            }

            kind = found;
            index++;
        }

        if (kind == VpcExportKind.AddressPrefixes)
        {
            return ReadPrefixes(root, file, diagnostics);
        }

        var list = JsonNode.Parse(root.GetRawText())!.AsArray();
        if (kind!.Collection == "load_balancers")
        {
            Trim(list, file, diagnostics);
        }

        var document = JsonSerializer.SerializeToElement(new JsonObject { [kind.Collection] = list });
        var prefix = "$." + kind.Collection;
        return IbmVpcConfigReader.TryRead(document, file, diagnostics, path => new SourceLocation(file, "$" + path[prefix.Length..]), out var configuration)
            ? new VpcExport(configuration, [])
            : null;
    }

    // A prefix's href is .../vpcs/{vpc}/address_prefixes/{id}: the only place the object names its VPC.
    private static VpcExport? ReadPrefixes(JsonElement root, string file, DiagnosticBag diagnostics)
    {
        var prefixes = new List<VpcAddressPrefix>();
        var ok = true;
        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var at = $"$[{index++}]";
            var href = Text(item, "href");
            var vpc = href is null ? null : VpcOf(href);
            var cidr = Text(item, "cidr");
            if (vpc is null)
            {
                diagnostics.Report(ConfigurationDiagnostics.ExportPrefixWithoutVpc, new SourceLocation(file, $"{at}.href"));
                ok = false;
            }
            else if (cidr is null)
            {
                diagnostics.Report(FormatDiagnostics.RequiredFieldMissing, new SourceLocation(file, $"{at}.cidr"), "field 'cidr'");
                ok = false;
            }
            else if (!Core.Addresses.IpPrefix.TryParse(cidr, out var block, out var hostBitsSet))
            {
                diagnostics.Report(FormatDiagnostics.InvalidAddress, new SourceLocation(file, $"{at}.cidr"), cidr, "CIDR block");
                ok = false;
            }
            else
            {
                if (hostBitsSet)
                {
                    diagnostics.Report(FormatDiagnostics.CidrHostBitsSet, new SourceLocation(file, $"{at}.cidr"), cidr, block);
                }

                var zone = item.TryGetProperty("zone", out var z) && z.ValueKind == JsonValueKind.Object ? Text(z, "name") : null;
                prefixes.Add(new VpcAddressPrefix(vpc, new AddressPrefix(Text(item, "name"), block, zone), new SourceLocation(file, at)));
            }
        }

        return ok ? new VpcExport(VpcConfiguration.Empty, [.. prefixes]) : null;
    }

    private static string? VpcOf(string href)
    {
        var parts = href.Split('/');
        var at = Array.IndexOf(parts, "vpcs");
        return at >= 0 && at + 2 < parts.Length && parts[at + 2] == "address_prefixes" && parts[at + 1].Length > 0 ? parts[at + 1] : null;
    }

    // The load balancer list names listeners and pools by reference only: without their ports and members a
    // listener would seem to accept every port, so the analysis takes such a load balancer to forward nothing.
    private static void Trim(JsonArray list, string file, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is JsonObject lb && lb["listeners"] is JsonArray listeners
                && listeners.Any(l => l is JsonObject o && o["port"] is null && o["port_min"] is null))
            {
                lb.Remove("listeners");
                lb.Remove("pools");
                diagnostics.Report(ConfigurationDiagnostics.IncompleteExport, new SourceLocation(file, $"$[{i}].listeners"), lb["name"]?.ToString() ?? "?");
            }
        }
    }

    private static (VpcExportKind? Kind, string? Foreign) Classify(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, item.ValueKind == JsonValueKind.Array ? "a list" : "a value that is not an object");
        }

        // The object's resource_type says what it is; else its CRN's resource type; else its fields.
        var type = Text(item, "resource_type");
        if (type is not null && VpcExportKind.All.FirstOrDefault(k => k.ResourceType == type) is { } byType)
        {
            return (byType, null);
        }

        if (Text(item, "crn") is { } crn && crn.StartsWith("crn:", StringComparison.Ordinal) && crn.Split(':') is { Length: > 8 } fields)
        {
            var kind = fields[4] == "is" ? VpcExportKind.All.FirstOrDefault(k => k.CrnType == fields[8]) : null;
            return kind is not null ? (kind, null) : (null, $"objects of type '{fields[8]}' of service '{fields[4]}'");
        }

        if (type is not null)
        {
            return (null, $"objects of type '{type}'");
        }

        return (ByFields(item), null);
    }

    private static VpcExportKind? ByFields(JsonElement item)
    {
        bool Has(string name) => item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;
        string? collection = null;
        if (Has("ipv4_cidr_block"))
        {
            collection = "subnets";
        }
        else if (Has("rules"))
        {
            var rules = item.GetProperty("rules");
            var first = rules.ValueKind == JsonValueKind.Array && rules.GetArrayLength() > 0 ? rules[0] : default;
            collection = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("action", out _) ? "network_acls" : "security_groups";
        }
        else if (Has("default_network_acl") || Has("classic_access"))
        {
            collection = "vpcs";
        }
        else if (Has("primary_network_interface") || Has("network_interfaces") || Has("primary_network_attachment"))
        {
            collection = "instances";
        }
        else if (Has("service_endpoints") || (Has("ips") && Has("target")))
        {
            collection = "endpoint_gateways";
        }
        else if (Has("listeners") || Has("pools") || Has("is_public"))
        {
            collection = "load_balancers";
        }
        else if (Has("floating_ip") && Has("zone"))
        {
            collection = "public_gateways";
        }
        else if (Has("address") && (Has("target") || Has("zone")))
        {
            collection = "floating_ips";
        }
        else if (Has("cidr") && (Has("is_default") || Has("has_subnets")))
        {
            collection = "address_prefixes";
        }

        return VpcExportKind.All.FirstOrDefault(k => k.Collection == collection);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
