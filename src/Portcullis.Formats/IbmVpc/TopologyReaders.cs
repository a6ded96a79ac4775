using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>Reads load balancers, transit gateways and their connections, routing tables and IKS clusters.</summary>
internal static class TopologyReaders
{
    public static LoadBalancer? ReadLoadBalancer(JsonCursor lb)
    {
        var id = lb.RequiredString("id");
        var name = lb.RequiredString("name");
        var privateIps = lb.Items("private_ips").Select(ReadHelpers.ReservedIp).ToList();
        var publicIps = lb.Items("public_ips").Select(ip => ReadHelpers.RequiredAddress(ip, "address")).ToList();
        var listeners = lb.Items("listeners").Select(ReadListener).ToList();
        var pools = lb.Items("pools").Select(ReadPool).ToList();
        if (id is null || name is null || privateIps.Any(i => i is null) || publicIps.Any(i => i is null) || listeners.Any(l => l is null) || pools.Any(p => p is null))
        {
            return null;
        }

        return new LoadBalancer(
            id,
            lb.OptionalString("crn"),
            name,
            lb.OptionalBool("is_public") ?? publicIps.Count > 0,
            [.. privateIps.OfType<ReservedIp>()],
            [.. publicIps.OfType<IpAddress>()],
            ReadHelpers.RefIds(lb, "subnets"),
            ReadHelpers.RefIds(lb, "security_groups"),
            [.. listeners.OfType<LoadBalancerListener>()],
            [.. pools.OfType<LoadBalancerPool>()],
            ReadHelpers.ResourceGroup(lb),
            lb.Location);
    }

    private static LoadBalancerListener? ReadListener(JsonCursor listener)
    {
        var id = listener.RequiredString("id");
        var port = listener.OptionalInt("port", ConnectionSet.MinPort, ConnectionSet.MaxPort);
        var min = listener.OptionalInt("port_min", ConnectionSet.MinPort, ConnectionSet.MaxPort) ?? port;
        var max = listener.OptionalInt("port_max", ConnectionSet.MinPort, ConnectionSet.MaxPort) ?? port;
        if (id is null)
        {
            return null;
        }

        var policyPools = listener.Items("policies").Select(policy => policy.Child("target")).Where(t => t.IsObject).Select(t => t.OptionalString("id")).OfType<string>();
        return new LoadBalancerListener(id, listener.OptionalString("protocol") ?? "tcp", min ?? ConnectionSet.MinPort, max ?? ConnectionSet.MaxPort, ReadHelpers.OptionalRefId(listener, "default_pool"), [.. policyPools]);
    }

    private static LoadBalancerPool? ReadPool(JsonCursor pool)
    {
        var id = pool.RequiredString("id");
        var members = pool.Items("members").Select(member =>
        {
            var memberId = member.OptionalString("id") ?? member.Path;
            var port = member.OptionalInt("port", 0, ConnectionSet.MaxPort) ?? 0;
            var target = member.Child("target");
            var address = target.IsObject ? ReadHelpers.OptionalAddress(target, "address") : null;
            var targetId = target.IsObject ? target.OptionalString("id") : null;
            return new LoadBalancerPoolMember(memberId, port, address, targetId);
        }).ToList();
        return id is null ? null : new LoadBalancerPool(id, pool.OptionalString("name") ?? id, pool.OptionalString("protocol") ?? "tcp", [.. members]);
    }

    public static TransitGateway? ReadTransitGateway(JsonCursor gateway)
    {
        var id = gateway.RequiredString("id");
        var crn = gateway.OptionalString("crn") ?? id;
        var name = gateway.RequiredString("name");
        if (id is null || crn is null || name is null)
        {
            return null;
        }

        var location = gateway.Child("location");
        var region = location.Element.ValueKind == System.Text.Json.JsonValueKind.String ? location.Element.GetString() : gateway.OptionalString("location_name");
        return new TransitGateway(id, crn, name, region, gateway.OptionalBool("global") ?? false, ReadHelpers.ResourceGroup(gateway), gateway.Location);
    }

    public static TransitConnection? ReadTransitConnection(JsonCursor connection)
    {
        var id = connection.RequiredString("id");
        var name = connection.OptionalString("name") ?? id;
        var gateway = connection.Child("transit_gateway");
        var gatewayCrn = gateway.IsObject ? gateway.OptionalString("crn") ?? gateway.OptionalString("id") : null;
        var gatewayName = gateway.IsObject ? gateway.OptionalString("name") : null;
        if (gatewayCrn is null)
        {
            gateway.Report(FormatDiagnostics.RequiredFieldMissing, "reference 'transit_gateway' (with crn or id)");
        }

        var networkId = connection.RequiredString("network_id");
        var defaultAction = ReadFilterAction(connection, "prefix_filters_default", required: false) ?? PrefixFilterAction.Permit;
        var filters = connection.Items("prefix_filters").Select(filter =>
        {
            var action = ReadFilterAction(filter, "action", required: true);
            var prefix = ReadHelpers.RequiredPrefix(filter, "prefix");
            var ge = filter.OptionalInt("ge", 0, 32);
            var le = filter.OptionalInt("le", 0, 32);
            return action is { } a && prefix is { } p ? new PrefixFilter(a, p, ge, le) : null;
        }).ToList();
        if (id is null || name is null || gatewayCrn is null || networkId is null || filters.Any(f => f is null))
        {
            return null;
        }

        return new TransitConnection(
            id,
            name,
            gatewayCrn,
            gatewayName ?? gatewayCrn,
            networkId,
            connection.OptionalString("network_type"),
            connection.OptionalString("status"),
            defaultAction,
            [.. filters.OfType<PrefixFilter>()],
            connection.Location);
    }

    private static PrefixFilterAction? ReadFilterAction(JsonCursor owner, string name, bool required)
    {
        var text = required ? owner.RequiredString(name) : owner.OptionalString(name);
        switch (text)
        {
            case "permit":
                return PrefixFilterAction.Permit;
            case "deny":
                return PrefixFilterAction.Deny;
            case null:
                return null;
            default:
                owner.Child(name).Report(FormatDiagnostics.UnknownValue, $"'{name}'", "'permit' or 'deny'", text);
                return null;
        }
    }

    public static RoutingTable? ReadRoutingTable(JsonCursor table)
    {
        var id = table.RequiredString("id");
        var name = table.OptionalString("name") ?? id;
        var routes = table.Items("routes").Select(route =>
        {
            var destination = ReadHelpers.RequiredPrefix(route, "destination");
            var nextHop = route.Child("next_hop");
            var hop = nextHop.IsObject && nextHop.Has("address") ? ReadHelpers.OptionalAddress(nextHop, "address") : null;
            return destination is { } d
                ? new Route(route.OptionalString("name") ?? d.ToString(), d, route.OptionalString("action") ?? "deliver", hop, ReadHelpers.ZoneName(route), route.OptionalInt("priority", 0, 4) ?? 2)
                : null;
        }).ToList();
        if (id is null || name is null || routes.Any(r => r is null))
        {
            return null;
        }

        var ingress = new[] { ("route_direct_link_ingress", "direct_link"), ("route_internet_ingress", "internet"), ("route_transit_gateway_ingress", "transit_gateway"), ("route_vpc_zone_ingress", "vpc_zone") }
            .Where(flag => table.OptionalBool(flag.Item1) == true).Select(flag => flag.Item2);
        return new RoutingTable(id, name, ReadHelpers.OptionalRefId(table, "vpc"), table.OptionalBool("is_default") ?? false, ReadHelpers.RefIds(table, "subnets"), [.. routes.OfType<Route>()], [.. ingress], table.Location);
    }

    public static IksCluster? ReadIksCluster(JsonCursor cluster)
    {
        var id = cluster.RequiredString("id");
        var workers = cluster.Items("WorkerNodes").Select(ReadWorker).ToList();
        if (id is null || workers.Any(w => w is null))
        {
            return null;
        }

        return new IksCluster(
            id,
            cluster.OptionalString("name") ?? id,
            cluster.OptionalString("region"),
            cluster.OptionalString("masterKubeVersion"),
            OptionalPrefix(cluster, "podSubnet"),
            OptionalPrefix(cluster, "serviceSubnet"),
            cluster.OptionalString("masterURL"),
            [.. workers.OfType<IksWorkerNode>()],
            cluster.Location);
    }

    private static IksWorkerNode? ReadWorker(JsonCursor worker)
    {
        var id = worker.RequiredString("id");
        var interfaces = worker.Items("networkInterfaces").ToList();
        var primary = interfaces.FirstOrDefault(i => i.OptionalBool("primary") == true);
        if (interfaces.Count == 0)
        {
            worker.Child("networkInterfaces").Report(FormatDiagnostics.WorkerWithoutInterface);
            return null;
        }

        var nic = primary.IsObject ? primary : interfaces[0];
        var address = ReadHelpers.RequiredAddress(nic, "ipAddress");
        if (id is null || address is not { } a)
        {
            return null;
        }

        return new IksWorkerNode(id, a, nic.OptionalString("subnetID"), OptionalPrefix(nic, "cidr"), worker.OptionalString("location"), worker.OptionalString("poolName"));
    }

    private static IpPrefix OptionalPrefix(JsonCursor owner, string name)
    {
        var text = owner.OptionalString(name);
        return text is null || text.Length == 0 ? default : ReadHelpers.ParsePrefix(owner.Child(name), text) ?? default;
    }
}
