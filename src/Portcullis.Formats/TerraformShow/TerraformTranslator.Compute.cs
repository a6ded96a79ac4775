using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private void TranslateInstances()
    {
        var vnis = new Dictionary<string, TerraformResource>(StringComparer.Ordinal);
        foreach (var vni in Of("ibm_is_virtual_network_interface"))
        {
            vnis[IdOf(vni)] = vni;
        }

        foreach (var instance in Of("ibm_is_instance"))
        {
            var vpc = Reference(instance, instance["vpc"], "the instance is left out");
            if (vpc is null)
            {
                continue;
            }

            var api = Add("instances", instance)
                .Set("id", IdOf(instance), instance["id"])
                .Set("crn", instance["crn"].String, instance["crn"])
                .Set("name", NameOf(instance), instance["name"])
                .SetRef("vpc", vpc, instance["vpc"])
                .Set("zone", instance["zone"].String is { } zone ? Zone(zone) : null, instance["zone"]);
            SetResourceGroup(api, instance);
            var interfaces = new[] { instance.Values.Block("primary_network_interface") }.Where(n => n.IsObject).Concat(instance["network_interfaces"].Items());
            foreach (var nic in interfaces)
            {
                AppendInterface(api, instance, nic, vpc);
            }

            var attachments = new[] { instance.Values.Block("primary_network_attachment") }.Where(a => a.IsObject).Concat(instance["network_attachments"].Items());
            foreach (var attachment in attachments)
            {
                AppendAttachment(api, instance, attachment, vpc, vnis);
            }
        }
    }

    private void AppendInterface(ApiObject instance, TerraformResource owner, TerraformValue nic, string vpc)
    {
        var subnet = Reference(owner, nic.Child("subnet"), "the interface is left out");
        var address = Address(nic.Block("primary_ip").Child("address"), nic.Child("primary_ipv4_address"));
        if (subnet is null || _leftOut.Contains(subnet))
        {
            return;
        }

        if (address.String is null)
        {
            Unknown(owner, address, "the interface is left out of the analysis until its address is known");
            return;
        }

        instance.Append("network_interfaces", nic)
            .Set("id", nic.Child("id").String ?? $"{owner.Address}.{nic.AttributePath}", nic.Child("id"))
            .Set("name", nic.Child("name").String, nic.Child("name"))
            .SetRef("subnet", subnet, nic.Child("subnet"))
            .Set("primary_ip", new JsonObject { ["address"] = address.String }, address)
            .SetRefs("security_groups", Groups(owner, nic.Child("security_groups"), vpc), nic.Child("security_groups"));
    }

    // An instance network attachment carries a virtual network interface, written inline or as a resource of its own.
    private void AppendAttachment(ApiObject instance, TerraformResource owner, TerraformValue attachment, string vpc, Dictionary<string, TerraformResource> vnis)
    {
        var vni = attachment.Block("virtual_network_interface");
        var vniId = vni.Child("id").String
            ?? (vni.Child("id").IsUnknown && _references.IsConfigured(owner, vni.Child("id").AttributePath) ? Reference(owner, vni.Child("id"), "the attachment's interface is written inline") : null)
            ?? $"{owner.Address}.{vni.AttributePath}";
        var resource = vnis.GetValueOrDefault(vniId);
        (TerraformResource Owner, TerraformValue Value) Pick(string name) =>
            vni.Child(name).IsPresent || resource is null ? (owner, vni.Child(name)) : (resource, resource[name]);

        var (subnetOwner, subnetValue) = Pick("subnet");
        var subnet = Reference(subnetOwner, subnetValue, "the attachment is left out");
        var address = Address(attachment.Block("primary_ip").Child("address"), vni.Block("primary_ip").Child("address"), resource?.Values.Block("primary_ip").Child("address"));
        if (subnet is null || _leftOut.Contains(subnet))
        {
            return;
        }

        if (address.String is null)
        {
            Unknown(owner, address, "the attachment is left out of the analysis until its address is known");
            return;
        }

        var (groupsOwner, groupsValue) = Pick("security_groups");
        var (_, nameValue) = Pick("name");
        var item = instance.Append("network_attachments", attachment)
            .Set("id", attachment.Child("id").String ?? $"{owner.Address}.{attachment.AttributePath}", attachment.Child("id"))
            .Set("name", attachment.Child("name").String, attachment.Child("name"))
            .SetRef("subnet", subnet, subnetValue)
            .Set("primary_ip", new JsonObject { ["address"] = address.String }, address);
        item.Nested("virtual_network_interface", vni)
            .Set("id", vniId, vni.Child("id"))
            .Set("name", nameValue.String, nameValue)
            .SetRefs("security_groups", Groups(groupsOwner, groupsValue, vpc), groupsValue);
    }

    /// <summary>The first known address of several places the provider may hold it, or the first unknown one.</summary>
    private static TerraformValue Address(params TerraformValue?[] candidates)
    {
        var present = candidates.OfType<TerraformValue>().ToList();
        return present.FirstOrDefault(c => c.String is not null, present.FirstOrDefault(c => c.IsUnknown, present[0]));
    }

    /// <summary>The security groups of an interface or gateway; written without any, it gets its VPC's default group from the API.</summary>
    private List<string> Groups(TerraformResource owner, TerraformValue groups, string vpc)
    {
        if (groups.IsUnknown && !_references.IsConfigured(owner, groups.AttributePath))
        {
            if (_vpcsById.TryGetValue(vpc, out var vpcResource))
            {
                return [vpcResource["default_security_group"].String ?? $"{vpcResource.Address}.default_security_group"];
            }

            Unknown(owner, groups, "it will be the default group of a VPC this file does not hold; it is taken to be in no group");
            return [];
        }

        return References(owner, groups, "it is taken to be in no group it does not name");
    }

    private void TranslateEndpointGateways()
    {
        var ipResources = Of("ibm_is_virtual_endpoint_gateway_ip")
            .Select(ip => (Resource: ip, Gateway: Reference(ip, ip["gateway"], "the reserved IP is ignored"))).ToList();
        foreach (var gateway in Of("ibm_is_virtual_endpoint_gateway").Concat(DataOf("ibm_is_virtual_endpoint_gateway")))
        {
            var id = IdOf(gateway);
            var vpc = Reference(gateway, gateway["vpc"], "the gateway is left out");
            if (vpc is null)
            {
                continue;
            }

            if (gateway.IsData)
            {
                _result.ObservedIds.Add(id);
            }

            var api = Add("endpoint_gateways", gateway)
                .Set("id", id, gateway["id"])
                .Set("crn", gateway["crn"].String, gateway["crn"])
                .Set("name", NameOf(gateway), gateway["name"])
                .SetRef("vpc", vpc, gateway["vpc"])
                .SetRefs("security_groups", Groups(gateway, gateway["security_groups"], vpc), gateway["security_groups"]);
            SetResourceGroup(api, gateway);
            var target = gateway.Values.Block("target");
            if (target.IsObject)
            {
                api.Set("target", new JsonObject { ["name"] = target.Child("name").String, ["crn"] = target.Child("crn").String }, target);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ip in gateway["ips"].Items())
            {
                var ipId = ip.Child("id").String ?? $"{gateway.Address}.{ip.AttributePath}";
                if (seen.Add(ipId))
                {
                    AppendGatewayIp(api, gateway, ip, ipId, id, ip.Child("subnet"));
                }
            }

            foreach (var (resource, _) in ipResources.Where(i => i.Gateway == id))
            {
                var ipId = IdOf(resource, "reserved_ip");
                if (seen.Add(ipId))
                {
                    AppendGatewayIp(api, resource, resource.Values, ipId, id, null);
                }
            }
        }
    }

    private void AppendGatewayIp(ApiObject gateway, TerraformResource owner, TerraformValue ip, string ipId, string gatewayId, TerraformValue? subnet)
    {
        var address = ip.Child("address");
        if (address.String is null)
        {
            Unknown(owner, address, "the reserved IP is left out of the analysis until its address is known");
            return;
        }

        gateway.Append("ips", ip, owner.Address)
            .Set("id", ipId, ip.Child("id"))
            .Set("name", ip.Child("name").String, ip.Child("name"))
            .Set("address", address.String, address);

        // The subnet's reserved IPs record which subnet holds the address, as the API lists them.
        if (subnet is { } s && s.String is { } subnetId && _subnetsById.TryGetValue(subnetId, out var subnetApi))
        {
            subnetApi.Append("reserved_ips", ip, owner.Address)
                .Set("id", ipId)
                .Set("address", address.String, address)
                .Set("name", ip.Child("name").String)
                .Set("target", new JsonObject { ["id"] = gatewayId, ["resource_type"] = "endpoint_gateway" });
        }
    }
}
