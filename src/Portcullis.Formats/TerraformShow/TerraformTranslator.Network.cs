using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private readonly Dictionary<string, TerraformResource> _vpcsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ApiObject> _subnetsById = new(StringComparer.Ordinal);

    private void TranslateVpcs()
    {
        var prefixes = Of("ibm_is_vpc_address_prefix").Select(p => (Resource: p, Vpc: Reference(p, p["vpc"], "the prefix is left out"))).ToList();
        var placed = new HashSet<TerraformResource>();
        foreach (var vpc in Of("ibm_is_vpc"))
        {
            var id = IdOf(vpc);
            _vpcsById[id] = vpc;
            var crn = vpc["crn"].String ?? id;
            var api = Add("vpcs", vpc)
                .Set("id", id, vpc["id"])
                .Set("crn", crn, vpc["crn"])
                .Set("name", NameOf(vpc), vpc["name"])
                .Set("region", RegionFromCrn(vpc["crn"].String) ?? _document.ProviderRegion);
            SetResourceGroup(api, vpc);
            api.SetRef("default_network_acl", vpc["default_network_acl"].String ?? $"{vpc.Address}.default_network_acl", vpc["default_network_acl"]);
            api.SetRef("default_security_group", vpc["default_security_group"].String ?? $"{vpc.Address}.default_security_group", vpc["default_security_group"]);

            // With automatic prefixes (the default) the VPC made one per zone; manual prefixes are resources of their own.
            var defaults = vpc["default_address_prefixes"];
            if (defaults.IsObject && vpc["address_prefix_management"].String != "manual")
            {
                foreach (var zone in defaults.Value.EnumerateObject().Where(z => z.Value.ValueKind == JsonValueKind.String))
                {
                    api.Append("address_prefixes", defaults.Child(zone.Name))
                        .Set("cidr", zone.Value.GetString(), defaults.Child(zone.Name))
                        .Set("zone", Zone(zone.Name));
                }
            }

            foreach (var prefix in prefixes.Where(p => p.Vpc == id).Select(p => p.Resource))
            {
                placed.Add(prefix);
                api.Append("address_prefixes", prefix.Values, prefix.Address)
                    .Set("name", prefix["name"].String, prefix["name"])
                    .Set("cidr", prefix["cidr"].String, prefix["cidr"])
                    .Set("zone", prefix["zone"].String is { } zone ? Zone(zone) : null, prefix["zone"]);
            }
        }

        foreach (var prefix in prefixes.Select(p => p.Resource).Where(p => !placed.Contains(p)))
        {
            Note(ConfigurationDiagnostics.ParentNotInFile, prefix, prefix["vpc"], "a VPC");
        }
    }

    private void TranslatePublicGateways()
    {
        foreach (var gateway in Of("ibm_is_public_gateway"))
        {
            var api = Add("public_gateways", gateway)
                .Set("id", IdOf(gateway), gateway["id"])
                .Set("crn", gateway["crn"].String, gateway["crn"])
                .Set("name", NameOf(gateway), gateway["name"])
                .SetRef("vpc", Reference(gateway, gateway["vpc"], "the gateway is left out"), gateway["vpc"])
                .Set("zone", gateway["zone"].String is { } zone ? Zone(zone) : null, gateway["zone"]);
            var floating = gateway.Values.Child("floating_ip");
            if (floating.IsObject && floating.Child("address").String is { } address)
            {
                api.Set("floating_ip", new JsonObject { ["address"] = address, ["id"] = floating.Child("id").String }, floating);
            }
        }
    }

    private void TranslateSubnets()
    {
        // Attachments are applied after the subnet, so they decide; each is one subnet's ACL or gateway.
        var aclAttachments = new Dictionary<string, (TerraformResource Resource, string? Acl)>(StringComparer.Ordinal);
        foreach (var attachment in Of("ibm_is_subnet_network_acl_attachment"))
        {
            if (Reference(attachment, attachment["subnet"], "the attachment is ignored") is { } subnet)
            {
                aclAttachments[subnet] = (attachment, Reference(attachment, attachment["network_acl"], "the subnet is left out: its network ACL is not known"));
            }
        }

        var gatewayAttachments = new Dictionary<string, (TerraformResource Resource, string? Gateway)>(StringComparer.Ordinal);
        foreach (var attachment in Of("ibm_is_subnet_public_gateway_attachment"))
        {
            if (Reference(attachment, attachment["subnet"], "the attachment is ignored") is { } subnet)
            {
                gatewayAttachments[subnet] = (attachment, Reference(attachment, attachment["public_gateway"], "the subnet is taken to have no public gateway"));
            }
        }

        var tableAttachments = new Dictionary<string, (TerraformResource Resource, string? Table)>(StringComparer.Ordinal);
        foreach (var attachment in Of("ibm_is_subnet_routing_table_attachment"))
        {
            if (Reference(attachment, attachment["subnet"], "the attachment is ignored") is { } subnet)
            {
                tableAttachments[subnet] = (attachment, Reference(attachment, attachment["routing_table"], "the subnet is taken to follow no routing table, so no route of it drops traffic", lastSegment: true));
            }
        }

        foreach (var subnet in Of("ibm_is_subnet"))
        {
            var id = IdOf(subnet);
            var vpcId = Reference(subnet, subnet["vpc"], "the subnet is left out, with what is in it");
            var cidr = subnet["ipv4_cidr_block"];
            if (cidr.IsUnknown)
            {
                // A subnet sized by total_ipv4_address_count gets its block from the API.
                Unknown(subnet, cidr, "the subnet is left out, with what is in it");
            }

            var acl = aclAttachments.TryGetValue(id, out var aclAttachment) ? aclAttachment.Acl : SubnetAcl(subnet, vpcId);
            if (vpcId is null || cidr.IsUnknown || acl is null)
            {
                // What is in it goes too, whether it names the subnet by its new id or (not yet updated) its old one.
                _leftOut.Add(id);
                if (subnet.Prior["id"].String is { } prior)
                {
                    _leftOut.Add(prior);
                }

                continue;
            }

            var api = Add("subnets", subnet)
                .Set("id", id, subnet["id"])
                .Set("crn", subnet["crn"].String, subnet["crn"])
                .Set("name", NameOf(subnet), subnet["name"])
                .SetRef("vpc", vpcId, subnet["vpc"])
                .Set("zone", subnet["zone"].String is { } zone ? Zone(zone) : null, subnet["zone"])
                .Set("ipv4_cidr_block", cidr.String, cidr)
                .SetRef("network_acl", acl, aclAttachment.Resource is { } a ? a["network_acl"] : subnet["network_acl"]);
            var gateway = gatewayAttachments.TryGetValue(id, out var gatewayAttachment)
                ? gatewayAttachment.Gateway
                : Reference(subnet, subnet["public_gateway"], "the subnet is taken to have no public gateway");
            api.SetRef("public_gateway", gateway, gatewayAttachment.Resource is { } g ? g["public_gateway"] : subnet["public_gateway"]);
            var table = tableAttachments.TryGetValue(id, out var tableAttachment) ? tableAttachment.Table : SubnetRoutingTable(subnet, vpcId);
            api.SetRef("routing_table", table, tableAttachment.Resource is { } t ? t["routing_table"] : subnet["routing_table"]);
            SetResourceGroup(api, subnet);
            _subnetsById[id] = api;
        }
    }

    // A subnet written without network_acl gets its VPC's default ACL from the API.
    private string? SubnetAcl(TerraformResource subnet, string? vpcId)
    {
        var acl = subnet["network_acl"];
        if (acl.String is not null || (acl.IsUnknown && _references.IsConfigured(subnet, "network_acl")))
        {
            return Reference(subnet, acl, "the subnet is left out, with what is in it");
        }

        if (vpcId is not null && _vpcsById.TryGetValue(vpcId, out var vpc))
        {
            return vpc["default_network_acl"].String ?? $"{vpc.Address}.default_network_acl";
        }

        Unknown(subnet, acl, "it will be the default ACL of a VPC this file does not hold; the subnet is left out, with what is in it");
        return null;
    }

    private void TranslateFloatingIps()
    {
        foreach (var floatingIp in Of("ibm_is_floating_ip"))
        {
            var address = floatingIp["address"];
            if (address.String is null)
            {
                Unknown(floatingIp, address, "the floating IP is left out, so nothing is reachable from the internet through it");
                continue;
            }

            Add("floating_ips", floatingIp)
                .Set("id", IdOf(floatingIp), floatingIp["id"])
                .Set("name", NameOf(floatingIp), floatingIp["name"])
                .Set("address", address.String, address)
                .SetRef("target", Reference(floatingIp, floatingIp["target"], "the floating IP is taken to be bound to nothing"), floatingIp["target"])
                .Set("zone", floatingIp["zone"].String is { } zone ? Zone(zone) : null, floatingIp["zone"]);
        }
    }

    private static void SetResourceGroup(ApiObject api, TerraformResource resource)
    {
        var id = resource["resource_group"].String;
        var name = resource["resource_group_name"].String;
        if (id is not null || name is not null)
        {
            api.Set("resource_group", new JsonObject { ["id"] = id, ["name"] = name }, resource["resource_group"]);
        }
    }

    // crn:v1:bluemix:public:is:us-south:a/... carries the region in its sixth field.
    private static string? RegionFromCrn(string? crn)
    {
        var fields = crn?.Split(':');
        return fields is { Length: > 5 } && fields[5].Length > 0 ? fields[5] : null;
    }
}
