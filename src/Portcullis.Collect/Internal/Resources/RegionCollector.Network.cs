using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Resources;

internal sealed partial class RegionCollector
{
    /// <summary>The VPCs with their address prefixes and region (the two fields the collector adds).</summary>
    private async Task<List<JsonObject>> VpcsAsync(List<JsonObject> vpcs)
    {
        foreach (var vpc in vpcs)
        {
            vpc["region"] = _region;
        }

        return await CollectionRun.ExpandEachAsync(vpcs, vpc => ExpandAsync("VPC", vpc, "address_prefixes", () => PagedAsync($"vpcs/{Id(vpc)}/address_prefixes"))).ConfigureAwait(false);
    }

    /// <summary>Each VPC's routing tables, with their routes and a reference to the VPC (the table itself does not name it).</summary>
    private async Task<List<JsonObject>> RoutingTablesAsync(List<JsonObject> vpcs)
    {
        var perVpc = await Task.WhenAll(vpcs.Select(async vpc =>
        {
            var tables = await _run.ListOrNullAsync(_region, "routing_tables", () => PagedAsync($"vpcs/{Id(vpc)}/routing_tables")).ConfigureAwait(false) ?? [];
            foreach (var table in tables)
            {
                table["vpc"] = new JsonObject
                {
                    ["crn"] = Json.Text(vpc, "crn"),
                    ["href"] = Json.Text(vpc, "href"),
                    ["id"] = Json.Text(vpc, "id"),
                    ["name"] = Json.Text(vpc, "name"),
                    ["resource_type"] = "vpc",
                };
            }

            return await CollectionRun.ExpandEachAsync(tables, table => ExpandAsync("routing table", table, "routes", () => PagedAsync($"vpcs/{Id(vpc)}/routing_tables/{Id(table)}/routes"))).ConfigureAwait(false);
        })).ConfigureAwait(false);
        return [.. perVpc.SelectMany(tables => tables)];
    }

    /// <summary>The subnets with their reserved IPs (which place endpoint gateway and load balancer addresses).</summary>
    private async Task<List<JsonObject>> SubnetsAsync(Task<List<JsonObject>> listing)
    {
        var subnets = await listing.ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(subnets, subnet => ExpandAsync("subnet", subnet, "reserved_ips", () => PagedAsync($"subnets/{Id(subnet)}/reserved_ips"))).ConfigureAwait(false);
    }

    /// <summary>The network ACLs with every rule, in priority order (the rules list is paged).</summary>
    private async Task<List<JsonObject>> AclsAsync()
    {
        var acls = await ListAsync("network_acls").ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(acls, acl => ExpandAsync("network ACL", acl, "rules", () => PagedAsync($"network_acls/{Id(acl)}/rules"))).ConfigureAwait(false);
    }

    /// <summary>The security groups (rules come with the group) with every target (the targets list is paged).</summary>
    private async Task<List<JsonObject>> SecurityGroupsAsync()
    {
        var groups = await ListAsync("security_groups").ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(groups, group => ExpandAsync("security group", group, "targets", () => PagedAsync($"security_groups/{Id(group)}/targets"))).ConfigureAwait(false);
    }

    /// <summary>The endpoint gateways (VPEs) with their reserved IPs.</summary>
    private async Task<List<JsonObject>> EndpointGatewaysAsync()
    {
        var gateways = await ListAsync("endpoint_gateways").ConfigureAwait(false);
        return await CollectionRun.ExpandEachAsync(gateways, gateway => ExpandAsync("endpoint gateway", gateway, "ips", () => PagedAsync($"endpoint_gateways/{Id(gateway)}/ips"))).ConfigureAwait(false);
    }

    /// <summary>
    /// The floating IPs. They name no VPC: when the scope narrows the VPCs, only those bound to an interface, a
    /// virtual network interface or a public gateway of a VPC in scope are kept.
    /// </summary>
    private async Task<List<JsonObject>> FloatingIpsAsync(Task<List<JsonObject>> instances, Task<List<JsonObject>> virtualInterfaces, Task<List<JsonObject>> bareMetal, Task<List<JsonObject>> publicGateways)
    {
        var floating = await _run.ListOrNullAsync(_region, "floating_ips", () => PagedAsync("floating_ips")).ConfigureAwait(false) ?? [];
        if (!_run.Scope.NarrowsVpcs)
        {
            return floating;
        }

        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var server in (await instances.ConfigureAwait(false)).Concat(await bareMetal.ConfigureAwait(false)))
        {
            foreach (var key in new[] { "network_interfaces", "network_attachments" })
            {
                foreach (var nic in Json.Objects(server, key))
                {
                    targets.Add(Json.Text(nic, "id") ?? string.Empty);
                    targets.Add(Json.RefId(nic, "virtual_network_interface") ?? string.Empty);
                }
            }
        }

        foreach (var owner in (await virtualInterfaces.ConfigureAwait(false)).Concat(await publicGateways.ConfigureAwait(false)))
        {
            targets.Add(Json.Text(owner, "id") ?? string.Empty);
        }

        return [.. floating.Where(ip => Json.RefId(ip, "target") is { } target && targets.Contains(target))];
    }
}
