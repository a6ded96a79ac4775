using System.Net;
using System.Text.Json.Nodes;

namespace Portcullis.Formats.TerraformShow;

internal sealed partial class TerraformTranslator
{
    private const string RouteType = "ibm_is_vpc_routing_table_route";
    private const string EveryDestination = "0.0.0.0/0";

    // The API's priority when none is given, and the ends of its range (smaller wins).
    private const int DefaultRoutePriority = 2;
    private const int FirstRoutePriority = 0;
    private const int LastRoutePriority = 4;

    /// <summary>
    /// Routing tables and their routes, as the collector lists them under <c>routing_tables</c>. Routes are resources of
    /// their own that name their table: one this file holds, a VPC's default table (which the VPC made), or one only a
    /// collected configuration holds, to which the routes are carried. Which table serves a subnet is the subnet's
    /// (see <see cref="SubnetRoutingTable"/>), not the table's list of subnets, which the state records as it was.
    /// </summary>
    private void TranslateRoutingTables()
    {
        var routes = Of(RouteType)
            .Select(r => (Resource: r, Table: Reference(r, r["routing_table"], "the route is left out: the table it joins is not known, and what it drops is taken to pass", lastSegment: true)))
            .Where(r => r.Table is not null)
            .Select(r => (r.Resource, Table: r.Table!))
            .ToList();
        foreach (var (route, table) in routes)
        {
            if (route.Prior["name"].String is { } prior && prior != route["name"].String)
            {
                _result.Removed(table, prior); // renamed or replaced: the old route goes
            }
        }

        foreach (var deleted in _document.Deleted.Where(d => d.Type == RouteType))
        {
            if (deleted.Prior["routing_table"].String is { } table && deleted.Prior["name"].String is { } name)
            {
                _result.Removed(table, name);
            }
        }

        var apis = new Dictionary<string, ApiObject>(StringComparer.Ordinal);
        foreach (var table in Of("ibm_is_vpc_routing_table"))
        {
            var id = IdOf(table, "routing_table");
            var vpc = Reference(table, table["vpc"], "the routing table is left out, with its routes", lastSegment: true);
            if (vpc is null)
            {
                _leftOut.Add(id);
                continue;
            }

            var api = Add("routing_tables", table)
                .Set("id", id, table["routing_table"])
                .Set("name", NameOf(table), table["name"])
                .SetRef("vpc", vpc, table["vpc"])
                .Set("is_default", table["is_default"].Boolean is { } isDefault ? JsonValue.Create(isDefault) : null, table["is_default"]);
            foreach (var ingress in new[] { "route_direct_link_ingress", "route_internet_ingress", "route_transit_gateway_ingress", "route_vpc_zone_ingress" })
            {
                api.Set(ingress, table[ingress].Boolean is { } on ? JsonValue.Create(on) : null, table[ingress]);
            }

            apis[id] = api;
        }

        foreach (var (route, table) in routes.Where(r => !_leftOut.Contains(r.Table)))
        {
            if (!apis.TryGetValue(table, out var api))
            {
                api = apis[table] = DefaultRoutingTable(table) ?? RouteCarrier(route, table);
            }

            AppendRoute(api, route);
        }

        foreach (var (table, _) in _result.RemovedRuleIds.Where(r => !apis.ContainsKey(r.Key) && !_leftOut.Contains(r.Key)).ToList())
        {
            // Routes the plan deletes from a table it does not otherwise touch.
            if (_document.Deleted.FirstOrDefault(d => d.Type == RouteType && d.Prior["routing_table"].String == table) is { } deleted)
            {
                apis[table] = RouteCarrier(deleted, table);
            }
        }
    }

    // A VPC's default table is made by the VPC, so no resource of the file holds it: its routes make it. It is also
    // carried, since a collected copy of the table (with routes Terraform does not manage) is the fresher one.
    private ApiObject? DefaultRoutingTable(string table)
    {
        var vpc = _vpcsById.Values.FirstOrDefault(v => (v["default_routing_table"].String ?? $"{v.Address}.default_routing_table") == table);
        if (vpc is null)
        {
            return null;
        }

        _result.ObservedIds.Add(table);
        _result.CarrierRoutingTableIds.Add(table);
        _result.DefaultRoutingTableIds.Add(table);
        return Add("routing_tables", vpc, vpc["default_routing_table"])
            .Set("id", table)
            .Set("name", vpc["default_routing_table_name"].String ?? table, vpc["default_routing_table_name"])
            .SetRef("vpc", IdOf(vpc), vpc["id"])
            .Set("is_default", JsonValue.Create(true));
    }

    private ApiObject RouteCarrier(TerraformResource route, string table)
    {
        _result.CarrierRoutingTableIds.Add(table);
        return Carrier("routing_tables", route, table);
    }

    private void AppendRoute(ApiObject table, TerraformResource route)
    {
        var action = route["action"];
        // Unwritten, the action is the provider's default, deliver; unknown, it is taken to drop (below).
        var drops = action.IsUnknown || action.String == "drop";
        if (action.IsUnknown)
        {
            Unknown(route, action, "the route is taken to drop what it matches (an unknown value never adds connectivity)");
        }

        var destination = route["destination"];
        if (destination.IsUnknown && !drops)
        {
            // Only a drop route blocks traffic; leaving another out can only let a less specific drop route decide.
            Unknown(route, destination, "the route is left out, so a less specific route decides where it would have");
            return;
        }

        if (destination.IsUnknown)
        {
            Unknown(route, destination, "the drop route is taken to match every destination no more specific route matches");
        }

        var zone = route["zone"];
        if (zone.IsUnknown && !drops)
        {
            Unknown(route, zone, "the route is left out, so a less specific route decides where it would have");
            return;
        }

        if (zone.IsUnknown)
        {
            Unknown(route, zone, "the drop route is taken to apply in every zone");
        }

        var item = table.Append("routes", route.Values, route.Address)
            .Set("id", IdOf(route, "route_id"), route["route_id"])
            .Set("name", NameOf(route), route["name"])
            .Set("destination", destination.String ?? EveryDestination, destination)
            .Set("action", action.IsUnknown ? "drop" : action.String ?? "deliver", action)
            .Set("zone", zone.String is { } name ? Zone(name) : null, zone)
            .Set("priority", JsonValue.Create(RoutePriority(route, drops)), route["priority"]);

        // The provider writes the next hop as an address, or a VPN gateway connection's id; 0.0.0.0 for a route that delivers nowhere.
        var nextHop = route["next_hop"];
        if (nextHop.String is { } hop)
        {
            item.Set("next_hop", IPAddress.TryParse(hop, out _) ? new JsonObject { ["address"] = hop } : new JsonObject { ["id"] = hop }, nextHop);
        }
    }

    private int RoutePriority(TerraformResource route, bool drops)
    {
        var priority = route["priority"];
        if (priority.Integer is { } known)
        {
            return (int)Math.Clamp(known, FirstRoutePriority, LastRoutePriority);
        }

        if (!priority.IsUnknown || !_references.IsConfigured(route, "priority"))
        {
            return DefaultRoutePriority; // unwritten: the API's default
        }

        // Among routes of one destination the smaller priority wins: a drop route wins, another loses.
        Unknown(route, priority, drops ? "the drop route is taken to win over routes of the same destination" : "the route is taken to lose to routes of the same destination");
        return drops ? FirstRoutePriority : LastRoutePriority;
    }

    // A subnet follows its attachment's table, else the table it names, else (a new subnet) its VPC's default table.
    private string? SubnetRoutingTable(TerraformResource subnet, string vpcId)
    {
        var table = subnet["routing_table"];
        if (table.String is { } known)
        {
            return known;
        }

        if (!table.IsUnknown)
        {
            return null;
        }

        if (_references.IsConfigured(subnet, "routing_table"))
        {
            return Reference(subnet, table, "the subnet is taken to follow no routing table, so no route of it drops traffic", lastSegment: true);
        }

        return _vpcsById.TryGetValue(vpcId, out var vpc) ? vpc["default_routing_table"].String ?? $"{vpc.Address}.default_routing_table" : null;
    }
}
