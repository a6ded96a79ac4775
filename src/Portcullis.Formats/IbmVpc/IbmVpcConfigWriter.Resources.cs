using System.Collections.Immutable;
using System.Text.Json;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Formats.IbmVpc;

/// <summary>Instances, gateways, load balancers, transit gateways, routing tables and clusters; the shared field writers.</summary>
public static partial class IbmVpcConfigWriter
{
    // The ingress flags of a routing table, in the order the reader lists the sources.
    private static readonly (string Field, string Source)[] IngressFlags =
    [
        ("route_direct_link_ingress", "direct_link"), ("route_internet_ingress", "internet"), ("route_transit_gateway_ingress", "transit_gateway"), ("route_vpc_zone_ingress", "vpc_zone"),
    ];

    private static void WriteInstance(Utf8JsonWriter json, Instance instance)
    {
        json.WriteStartObject();
        json.WriteString("id", instance.Id);
        Optional(json, "crn", instance.Crn);
        json.WriteString("name", instance.Name);
        Reference(json, "vpc", instance.VpcId);
        Zone(json, instance.Zone.Length > 0 ? instance.Zone : null);
        ResourceGroup(json, instance.ResourceGroup);

        // A virtual network interface is written once, as its attachment (the API lists it under both).
        json.WriteStartArray("network_interfaces");
        foreach (var nic in instance.Interfaces.Where(n => !n.IsVirtual))
        {
            json.WriteStartObject();
            json.WriteString("id", nic.Id);
            json.WriteString("name", nic.Name);
            PrimaryIp(json, nic.Address);
            Reference(json, "subnet", nic.SubnetId);
            References(json, "security_groups", nic.SecurityGroupIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("network_attachments");
        foreach (var nic in instance.Interfaces.Where(n => n.IsVirtual))
        {
            json.WriteStartObject();
            json.WriteString("id", nic.AttachmentId ?? nic.Id);
            json.WriteStartObject("virtual_network_interface");
            json.WriteString("id", nic.Id);
            json.WriteString("name", nic.Name);
            References(json, "security_groups", nic.SecurityGroupIds);
            json.WriteEndObject();
            PrimaryIp(json, nic.Address);
            Reference(json, "subnet", nic.SubnetId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEndpointGateway(Utf8JsonWriter json, EndpointGateway gateway)
    {
        json.WriteStartObject();
        json.WriteString("id", gateway.Id);
        Optional(json, "crn", gateway.Crn);
        json.WriteString("name", gateway.Name);
        Reference(json, "vpc", gateway.VpcId);
        ReservedIps(json, "ips", gateway.Ips);
        References(json, "security_groups", gateway.SecurityGroupIds);
        if (gateway.Target is { } target)
        {
            json.WriteStartObject("target");
            json.WriteString("name", target);
            json.WriteEndObject();
        }

        ResourceGroup(json, gateway.ResourceGroup);
        json.WriteEndObject();
    }

    private static void WriteFloatingIp(Utf8JsonWriter json, FloatingIp floatingIp)
    {
        json.WriteStartObject();
        json.WriteString("id", floatingIp.Id);
        json.WriteString("name", floatingIp.Name);
        json.WriteString("address", floatingIp.Address.ToString());
        Reference(json, "target", floatingIp.TargetId);
        Zone(json, floatingIp.Zone);
        json.WriteEndObject();
    }

    private static void WritePublicGateway(Utf8JsonWriter json, PublicGateway gateway)
    {
        json.WriteStartObject();
        json.WriteString("id", gateway.Id);
        Optional(json, "crn", gateway.Crn);
        json.WriteString("name", gateway.Name);
        Reference(json, "vpc", gateway.VpcId);
        Zone(json, gateway.Zone.Length > 0 ? gateway.Zone : null);
        if (gateway.FloatingIpAddress is { } address)
        {
            json.WriteStartObject("floating_ip");
            json.WriteString("address", address.ToString());
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteLoadBalancer(Utf8JsonWriter json, LoadBalancer lb)
    {
        json.WriteStartObject();
        json.WriteString("id", lb.Id);
        Optional(json, "crn", lb.Crn);
        json.WriteString("name", lb.Name);
        json.WriteBoolean("is_public", lb.IsPublic);
        ReservedIps(json, "private_ips", lb.PrivateIps);
        json.WriteStartArray("public_ips");
        foreach (var address in lb.PublicIps)
        {
            json.WriteStartObject();
            json.WriteString("address", address.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        References(json, "subnets", lb.SubnetIds);
        References(json, "security_groups", lb.SecurityGroupIds);
        json.WriteStartArray("listeners");
        foreach (var listener in lb.Listeners)
        {
            json.WriteStartObject();
            json.WriteString("id", listener.Id);
            json.WriteString("protocol", listener.Protocol);
            json.WriteNumber("port_min", listener.PortMin);
            json.WriteNumber("port_max", listener.PortMax);
            Reference(json, "default_pool", listener.DefaultPoolId);
            json.WriteStartArray("policies");
            foreach (var pool in listener.PolicyPoolIds.IsDefault ? [] : listener.PolicyPoolIds)
            {
                json.WriteStartObject();
                Reference(json, "target", pool);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("pools");
        foreach (var pool in lb.Pools)
        {
            json.WriteStartObject();
            json.WriteString("id", pool.Id);
            json.WriteString("name", pool.Name);
            json.WriteString("protocol", pool.Protocol);
            json.WriteStartArray("members");
            foreach (var member in pool.Members)
            {
                json.WriteStartObject();
                json.WriteString("id", member.Id);
                json.WriteNumber("port", member.Port);
                json.WriteStartObject("target");
                Optional(json, "address", member.Address?.ToString());
                Optional(json, "id", member.TargetId);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        ResourceGroup(json, lb.ResourceGroup);
        json.WriteEndObject();
    }

    private static void WriteTransitGateway(Utf8JsonWriter json, TransitGateway gateway)
    {
        json.WriteStartObject();
        json.WriteString("id", gateway.Id);
        json.WriteString("crn", gateway.Crn);
        json.WriteString("name", gateway.Name);
        Optional(json, "location", gateway.Location);
        json.WriteBoolean("global", gateway.IsGlobal);
        ResourceGroup(json, gateway.ResourceGroup);
        json.WriteEndObject();
    }

    private static void WriteTransitConnection(Utf8JsonWriter json, TransitConnection connection)
    {
        json.WriteStartObject();
        json.WriteString("id", connection.Id);
        json.WriteString("name", connection.Name);
        json.WriteStartObject("transit_gateway");
        json.WriteString("crn", connection.TransitGatewayCrn);
        json.WriteString("name", connection.TransitGatewayName);
        json.WriteEndObject();
        json.WriteString("network_id", connection.NetworkId);
        Optional(json, "network_type", connection.NetworkType);
        Optional(json, "status", connection.Status);
        json.WriteString("prefix_filters_default", FilterAction(connection.PrefixFiltersDefault));
        json.WriteStartArray("prefix_filters");
        foreach (var filter in connection.PrefixFilters)
        {
            json.WriteStartObject();
            json.WriteString("action", FilterAction(filter.Action));
            json.WriteString("prefix", filter.Prefix.ToString());
            Optional(json, "ge", filter.Ge);
            Optional(json, "le", filter.Le);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRoutingTable(Utf8JsonWriter json, RoutingTable table)
    {
        json.WriteStartObject();
        json.WriteString("id", table.Id);
        json.WriteString("name", table.Name);
        Reference(json, "vpc", table.VpcId);
        json.WriteBoolean("is_default", table.IsDefault);
        References(json, "subnets", table.SubnetIds);
        json.WriteStartArray("routes");
        foreach (var route in table.Routes)
        {
            json.WriteStartObject();
            json.WriteString("name", route.Name);
            json.WriteString("destination", route.Destination.ToString());
            json.WriteString("action", route.Action);
            if (route.NextHop is { } hop)
            {
                json.WriteStartObject("next_hop");
                json.WriteString("address", hop.ToString());
                json.WriteEndObject();
            }

            Zone(json, route.Zone);
            json.WriteNumber("priority", route.Priority);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        foreach (var (field, source) in IngressFlags)
        {
            json.WriteBoolean(field, table.IngressSources.Contains(source));
        }

        json.WriteEndObject();
    }

    private static void WriteIksCluster(Utf8JsonWriter json, IksCluster cluster)
    {
        json.WriteStartObject();
        json.WriteString("id", cluster.Id);
        json.WriteString("name", cluster.Name);
        Optional(json, "region", cluster.Region);
        Optional(json, "masterKubeVersion", cluster.KubeVersion);
        Optional(json, "podSubnet", cluster.PodSubnet);
        Optional(json, "serviceSubnet", cluster.ServiceSubnet);
        Optional(json, "masterURL", cluster.MasterUrl);
        json.WriteStartArray("WorkerNodes");
        foreach (var worker in cluster.Workers)
        {
            json.WriteStartObject();
            json.WriteString("id", worker.Id);
            Optional(json, "location", worker.Zone);
            Optional(json, "poolName", worker.PoolName);
            json.WriteStartArray("networkInterfaces");
            json.WriteStartObject();
            json.WriteBoolean("primary", true);
            json.WriteString("ipAddress", worker.Address.ToString());
            Optional(json, "subnetID", worker.SubnetId);
            Optional(json, "cidr", worker.SubnetCidr);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void ReservedIps(Utf8JsonWriter json, string name, ImmutableArray<ReservedIp> ips)
    {
        json.WriteStartArray(name);
        foreach (var ip in ips)
        {
            json.WriteStartObject();
            json.WriteString("id", ip.Id);
            json.WriteString("name", ip.Name);
            json.WriteString("address", ip.Address.ToString());
            if (ip.TargetId is not null || ip.TargetType is not null)
            {
                json.WriteStartObject("target");
                Optional(json, "id", ip.TargetId);
                Optional(json, "resource_type", ip.TargetType);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void PrimaryIp(Utf8JsonWriter json, IpAddress address)
    {
        json.WriteStartObject("primary_ip");
        json.WriteString("address", address.ToString());
        json.WriteEndObject();
    }

    // A reference object, {"id": ...}, when there is one.
    private static void Reference(Utf8JsonWriter json, string name, string? id)
    {
        if (id is not null)
        {
            json.WriteStartObject(name);
            json.WriteString("id", id);
            json.WriteEndObject();
        }
    }

    private static void References(Utf8JsonWriter json, string name, ImmutableArray<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids.IsDefault ? [] : ids)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Zone(Utf8JsonWriter json, string? zone)
    {
        if (zone is not null)
        {
            json.WriteStartObject("zone");
            json.WriteString("name", zone);
            json.WriteEndObject();
        }
    }

    private static void ResourceGroup(Utf8JsonWriter json, ResourceGroupRef? group)
    {
        if (group is not null)
        {
            json.WriteStartObject("resource_group");
            Optional(json, "id", group.Id);
            Optional(json, "name", group.Name);
            json.WriteEndObject();
        }
    }

    // ACLs and groups keep their resource group's name only.
    private static void ResourceGroupName(Utf8JsonWriter json, string? name) => ResourceGroup(json, name is null ? null : new ResourceGroupRef(null, name));

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, IpPrefix prefix)
    {
        if (!prefix.IsDefault)
        {
            json.WriteString(name, prefix.ToString());
        }
    }

    private static string FilterAction(PrefixFilterAction action) => action == PrefixFilterAction.Permit ? "permit" : "deny";
}
