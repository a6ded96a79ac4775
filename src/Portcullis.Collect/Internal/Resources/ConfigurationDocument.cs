using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Portcullis.Collect.Internal.Resources;

/// <summary>
/// Assembles the configuration JSON: the manifest, then the collections under the names np-guard's collector
/// writes (and the configuration reader reads), each region's resources in the order of the regions.
/// </summary>
internal static class ConfigurationDocument
{
    public static JsonObject Build(IReadOnlyList<RegionResult> regions, List<JsonObject> transitConnections, List<JsonObject> transitGateways, List<JsonObject> clusters, JsonObject manifest) => new()
    {
        [Collect.CollectManifest.Key] = manifest,
        ["provider"] = "ibm",
        ["vpcs"] = All(regions, r => r.Vpcs),
        ["subnets"] = All(regions, r => r.Subnets),
        ["public_gateways"] = All(regions, r => r.PublicGateways),
        ["floating_ips"] = All(regions, r => r.FloatingIps),
        ["network_acls"] = All(regions, r => r.NetworkAcls),
        ["security_groups"] = All(regions, r => r.SecurityGroups),
        ["endpoint_gateways"] = All(regions, r => r.EndpointGateways),
        ["instances"] = All(regions, r => r.Instances),
        ["virtual_nis"] = All(regions, r => r.VirtualNetworkInterfaces),
        ["bare_metal_servers"] = All(regions, r => r.BareMetalServers),
        ["routing_tables"] = All(regions, r => r.RoutingTables),
        ["load_balancers"] = All(regions, r => r.LoadBalancers),
        ["transit_connections"] = Json.Array(transitConnections),
        ["transit_gateways"] = Json.Array(transitGateways),
        ["iks_clusters"] = Json.Array(clusters),
    };

    /// <summary>How many resources of each type: the collections, and the parts the collector read for each.</summary>
    public static ImmutableSortedDictionary<string, int> Counts(IReadOnlyList<RegionResult> regions, List<JsonObject> transitConnections, List<JsonObject> transitGateways, List<JsonObject> clusters)
    {
        var counts = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        void Add(string type, IEnumerable<JsonObject> items, params (string Name, string Key)[] parts)
        {
            var list = items.ToList();
            counts[type] = list.Count;
            foreach (var (name, key) in parts)
            {
                counts[name] = list.Sum(item => Json.Objects(item, key).Count());
            }
        }

        Add("vpcs", regions.SelectMany(r => r.Vpcs), ("address_prefixes", "address_prefixes"));
        Add("subnets", regions.SelectMany(r => r.Subnets), ("subnet_reserved_ips", "reserved_ips"));
        Add("public_gateways", regions.SelectMany(r => r.PublicGateways));
        Add("floating_ips", regions.SelectMany(r => r.FloatingIps));
        Add("network_acls", regions.SelectMany(r => r.NetworkAcls), ("network_acl_rules", "rules"));
        Add("security_groups", regions.SelectMany(r => r.SecurityGroups), ("security_group_rules", "rules"), ("security_group_targets", "targets"));
        Add("endpoint_gateways", regions.SelectMany(r => r.EndpointGateways), ("endpoint_gateway_ips", "ips"));
        Add("instances", regions.SelectMany(r => r.Instances), ("instance_network_interfaces", "network_interfaces"), ("instance_network_attachments", "network_attachments"));
        Add("virtual_network_interfaces", regions.SelectMany(r => r.VirtualNetworkInterfaces));
        Add("bare_metal_servers", regions.SelectMany(r => r.BareMetalServers), ("bare_metal_server_network_interfaces", "network_interfaces"), ("bare_metal_server_network_attachments", "network_attachments"));
        Add("routing_tables", regions.SelectMany(r => r.RoutingTables), ("routes", "routes"));
        Add("load_balancers", regions.SelectMany(r => r.LoadBalancers), ("load_balancer_listeners", "listeners"), ("load_balancer_pools", "pools"));
        counts["load_balancer_pool_members"] = regions.SelectMany(r => r.LoadBalancers).SelectMany(lb => Json.Objects(lb, "pools")).Sum(pool => Json.Objects(pool, "members").Count());
        Add("transit_gateways", transitGateways);
        Add("transit_connections", transitConnections, ("transit_connection_prefix_filters", "prefix_filters"));
        Add("iks_clusters", clusters, ("iks_workers", ClusterCollector.WorkersKey));
        return counts.ToImmutable();
    }

    private static JsonArray All(IReadOnlyList<RegionResult> regions, Func<RegionResult, List<JsonObject>> select) =>
        Json.Array(regions.SelectMany(select));
}
