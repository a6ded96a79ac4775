using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portcullis.Testing.IbmCloud;

public sealed partial class FakeAccount
{
    private void Load(JsonObject config)
    {
        // Each VPC's region: its own field, its CRN, the zone of an address prefix or subnet; the rest follow their VPC.
        var vpcs = Items(config, "vpcs").ToList();
        var subnets = Items(config, "subnets").ToList();
        var vpcRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var vpc in vpcs)
        {
            var id = Text(vpc, "id") ?? string.Empty;
            var zone = Text(Items(vpc, "address_prefixes").FirstOrDefault()?["zone"], "name")
                ?? Text(subnets.FirstOrDefault(s => RefId(s, "vpc") == id)?["zone"], "name");
            vpcRegion[id] = Text(vpc, "region") ?? RegionOfCrn(Text(vpc, "crn")) ?? RegionOfZone(zone) ?? DefaultRegion;
        }

        string RegionOf(JsonObject item) =>
            RefId(item, "vpc") is { } vpc && vpcRegion.TryGetValue(vpc, out var region) ? region : RegionOfZone(Text(item["zone"], "name")) ?? DefaultRegion;

        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var vpc in vpcs)
        {
            var id = Text(vpc, "id")!;
            var region = vpcRegion[id];
            Add(region, $"vpcs/{id}/address_prefixes", Items(vpc, "address_prefixes"));
            List(region, $"vpcs/{id}/routing_tables");
            vpc.Remove("address_prefixes");
            vpc.Remove("region");
            Add(region, "vpcs", vpc);
        }

        var subnetRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var subnet in subnets)
        {
            var region = RegionOf(subnet);
            subnetRegion[Text(subnet, "id") ?? string.Empty] = region;
            Add(region, $"subnets/{Segment(Text(subnet, "id"))}/reserved_ips", Items(subnet, "reserved_ips"));
            subnet.Remove("reserved_ips");
            Add(region, "subnets", subnet);
        }

        foreach (var gateway in Items(config, "public_gateways"))
        {
            owners[Text(gateway, "id") ?? string.Empty] = RegionOf(gateway);
            Add(RegionOf(gateway), "public_gateways", gateway);
        }

        foreach (var acl in Items(config, "network_acls"))
        {
            Add(RegionOf(acl), $"network_acls/{Segment(Text(acl, "id"))}/rules", Items(acl, "rules"));
            Add(RegionOf(acl), "network_acls", acl);
        }

        foreach (var group in Items(config, "security_groups"))
        {
            Add(RegionOf(group), $"security_groups/{Segment(Text(group, "id"))}/targets", Items(group, "targets"));
            Add(RegionOf(group), "security_groups", group);
        }

        foreach (var gateway in Items(config, "endpoint_gateways"))
        {
            Add(RegionOf(gateway), $"endpoint_gateways/{Segment(Text(gateway, "id"))}/ips", Items(gateway, "ips"));
            Add(RegionOf(gateway), "endpoint_gateways", gateway);
        }

        LoadServers(config, "instances", "instances", RegionOf, owners);
        LoadServers(config, "bare_metal_servers", "bare_metal_servers", RegionOf, owners);
        foreach (var vni in Items(config, "virtual_nis"))
        {
            owners[Text(vni, "id") ?? string.Empty] = RegionOf(vni);
            Add(RegionOf(vni), "virtual_network_interfaces", vni);
        }

        foreach (var ip in Items(config, "floating_ips"))
        {
            var region = RefId(ip, "target") is { } target && owners.TryGetValue(target, out var owner) ? owner : RegionOf(ip);
            Add(region, "floating_ips", ip);
        }

        LoadRoutingTables(config, vpcs, subnets);
        foreach (var lb in Items(config, "load_balancers"))
        {
            var region = Items(lb, "subnets").Select(s => subnetRegion.GetValueOrDefault(Text(s, "id") ?? string.Empty)).FirstOrDefault(r => r is not null) ?? DefaultRegion;
            LoadBalancer(region, lb);
        }

        LoadTransit(config);
        foreach (var cluster in Items(config, "iks_clusters"))
        {
            _workers[Text(cluster, "id") ?? string.Empty] = [.. Items(cluster, "WorkerNodes")];
            cluster.Remove("WorkerNodes");
            _clusters.Add(cluster);
        }
    }

    // The listing names interfaces by reference (no security groups); the details are their own collection.
    private void LoadServers(JsonObject config, string key, string path, Func<JsonObject, string> regionOf, Dictionary<string, string> owners)
    {
        foreach (var server in Items(config, key))
        {
            var region = regionOf(server);
            var id = Segment(Text(server, "id"));
            var interfaces = Items(server, "network_interfaces").ToList();
            var attachments = Items(server, "network_attachments").ToList();
            foreach (var nic in interfaces.Concat(attachments))
            {
                owners[Text(nic, "id") ?? string.Empty] = region;
                if (RefId(nic, "virtual_network_interface") is { } vni)
                {
                    owners[vni] = region;
                }
            }

            Add(region, $"{path}/{id}/network_interfaces", interfaces);
            Add(region, $"{path}/{id}/network_attachments", attachments);
            server["network_interfaces"] = new JsonArray([.. interfaces.Select(n => (JsonNode)Reference(n, "primary_ip", "subnet"))]);
            server["network_attachments"] = new JsonArray([.. attachments.Select(a => (JsonNode)Reference(a, "primary_ip", "subnet", "virtual_network_interface"))]);
            Add(region, path, server);
        }
    }

    // Routing tables are listed per VPC: a table names its VPC, or is a VPC's default, or serves a VPC's subnets.
    private void LoadRoutingTables(JsonObject config, List<JsonObject> vpcs, List<JsonObject> subnets)
    {
        foreach (var table in Items(config, "routing_tables"))
        {
            var id = Text(table, "id");
            var vpc = RefId(table, "vpc")
                ?? vpcs.Select(v => RefId(v, "default_routing_table") == id ? Text(v, "id") : null).FirstOrDefault(v => v is not null)
                ?? Items(table, "subnets").Select(s => RefId(subnets.FirstOrDefault(x => Text(x, "id") == Text(s, "id")), "vpc")).FirstOrDefault(v => v is not null)
                ?? vpcs.Select(v => Text(v, "id")).FirstOrDefault()
                ?? "vpc";
            var region = _vpc.FirstOrDefault(r => r.Value.TryGetValue("vpcs", out var list) && list.Any(v => Text(v, "id") == vpc)).Key ?? DefaultRegion;
            var routes = Items(table, "routes").ToList();
            Add(region, $"vpcs/{vpc}/routing_tables/{Segment(id)}/routes", routes);
            table["routes"] = new JsonArray([.. routes.Select(r => (JsonNode)Reference(r))]);
            table.Remove("vpc");
            Add(region, $"vpcs/{vpc}/routing_tables", table);
        }
    }

    // The listing names listeners and pools by reference; a listener's policies and a pool's members are their own collections.
    private void LoadBalancer(string region, JsonObject lb)
    {
        var id = Segment(Text(lb, "id"));
        var listeners = Items(lb, "listeners").ToList();
        var pools = Items(lb, "pools").ToList();
        foreach (var listener in listeners)
        {
            var policies = Items(listener, "policies").ToList();
            foreach (var policy in policies)
            {
                var rules = Items(policy, "rules").ToList();
                Add(region, $"load_balancers/{id}/listeners/{Segment(Text(listener, "id"))}/policies/{Segment(Text(policy, "id"))}/rules", rules);
                policy["rules"] = new JsonArray([.. rules.Select(r => (JsonNode)Reference(r))]);
            }

            Add(region, $"load_balancers/{id}/listeners/{Segment(Text(listener, "id"))}/policies", policies);
            listener["policies"] = new JsonArray([.. policies.Select(p => (JsonNode)Reference(p))]);
        }

        foreach (var pool in pools)
        {
            var members = Items(pool, "members").ToList();
            Add(region, $"load_balancers/{id}/pools/{Segment(Text(pool, "id"))}/members", members);
            pool["members"] = new JsonArray([.. members.Select(m => (JsonNode)Reference(m))]);
        }

        Add(region, $"load_balancers/{id}/listeners", listeners);
        Add(region, $"load_balancers/{id}/pools", pools);
        lb["listeners"] = new JsonArray([.. listeners.Select(l => (JsonNode)Reference(l))]);
        lb["pools"] = new JsonArray([.. pools.Select(p => (JsonNode)Reference(p))]);
        Add(region, "load_balancers", lb);
    }

    // Transit gateways are global. A file with connections but no gateways gets gateways made from the connections' references.
    private void LoadTransit(JsonObject config)
    {
        var connections = Items(config, "transit_connections").ToList();
        var gateways = Items(config, "transit_gateways").ToList();
        foreach (var reference in connections.Select(c => c["transit_gateway"]).OfType<JsonObject>())
        {
            if (Text(reference, "id") is { } id && gateways.All(g => Text(g, "id") != id))
            {
                var made = Reference(reference);
                made["created_at"] = "2024-01-01T00:00:00Z";
                made["global"] = false;
                made["status"] = "available";
                gateways.Add(made);
            }
        }

        _transit["transit_gateways"] = gateways;
        _transit["connections"] = connections;
        foreach (var connection in connections)
        {
            _transit[$"transit_gateways/{Segment(RefId(connection, "transit_gateway"))}/connections/{Segment(Text(connection, "id"))}/prefix_filters"] = [.. Items(connection, "prefix_filters")];
        }
    }

    private void Add(string region, string path, IEnumerable<JsonObject> items) => List(region, path).AddRange(items);

    // crn:v1:bluemix:public:is:us-south:a/... (a zone such as us-south-1 in the region field means its region).
    private static string? RegionOfCrn(string? crn)
    {
        var fields = crn?.Split(':');
        return fields is { Length: > 5 } && fields[0] == "crn" && fields[1] == "v1" && fields[5].Length > 0 ? RegionOfZone(fields[5]) : null;
    }

    private static string? RegionOfZone(string? zone) => zone is null ? null : ZoneSuffix().Replace(zone, string.Empty);

    [GeneratedRegex("-[0-9]+$")]
    private static partial Regex ZoneSuffix();
}
