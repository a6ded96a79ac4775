using System.Collections.Immutable;
using System.Text.Json;
using Portcullis.Core.Model;
using Portcullis.Formats.Json;

namespace Portcullis.Formats.IbmVpc;

/// <summary>
/// Writes a configuration as the collector's IBM Cloud VPC JSON, the format <see cref="IbmVpcConfigReader"/> reads and
/// every command takes: the VPC API's objects under <c>vpcs</c>, <c>subnets</c>, <c>network_acls</c> ... Streamed item
/// by item, so memory does not grow with the document.
/// </summary>
/// <remarks>
/// Reading the output gives the model back: ids, names, CRNs, rules in their order (an ACL's order is its priorities),
/// protocols as written, ports, ICMP types and codes, remotes, locals, routes, transit connections, load balancers and
/// clusters; only where each object was read (<see cref="Core.Diagnostics.SourceLocation"/>) is new. A rule whose
/// packets its protocol, ports and ICMP fields cannot express (no reader makes one) is refused with
/// <see cref="Output.UnrepresentableValueException"/>, before anything is written.
/// </remarks>
public static partial class IbmVpcConfigWriter
{
    /// <summary>Writes <paramref name="configuration"/> to <paramref name="output"/>.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(VpcConfiguration configuration, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);

        // Every rule is checked first, so that a refused one leaves nothing half written.
        foreach (var acl in configuration.NetworkAcls)
        {
            foreach (var rule in acl.Rules)
            {
                RuleFields.Of(acl, rule);
            }
        }

        foreach (var group in configuration.SecurityGroups)
        {
            foreach (var rule in group.Rules)
            {
                RuleFields.Of(group, rule);
            }
        }

        JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            Collection(json, "vpcs", configuration.Vpcs, WriteVpc);
            Collection(json, "subnets", configuration.Subnets, WriteSubnet);
            Collection(json, "network_acls", configuration.NetworkAcls, WriteAcl);
            Collection(json, "security_groups", configuration.SecurityGroups, WriteGroup);
            Collection(json, "instances", [.. configuration.Instances.Where(i => !i.IsBareMetal)], WriteInstance);
            Collection(json, "bare_metal_servers", [.. configuration.Instances.Where(i => i.IsBareMetal)], WriteInstance);
            Collection(json, "endpoint_gateways", configuration.EndpointGateways, WriteEndpointGateway);
            Collection(json, "floating_ips", configuration.FloatingIps, WriteFloatingIp);
            Collection(json, "public_gateways", configuration.PublicGateways, WritePublicGateway);
            Collection(json, "load_balancers", configuration.LoadBalancers, WriteLoadBalancer);
            Collection(json, "transit_gateways", configuration.TransitGateways, WriteTransitGateway);
            Collection(json, "transit_connections", configuration.TransitConnections, WriteTransitConnection);
            Collection(json, "routing_tables", configuration.RoutingTables, WriteRoutingTable);
            Collection(json, "iks_clusters", configuration.IksClusters, WriteIksCluster);
            json.WriteEndObject();
        });
    }

    private static void Collection<T>(Utf8JsonWriter json, string name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
            JsonText.FlushIfFull(json);
        }

        json.WriteEndArray();
    }

    private static void WriteVpc(Utf8JsonWriter json, Vpc vpc)
    {
        json.WriteStartObject();
        json.WriteString("id", vpc.Id);
        json.WriteString("crn", vpc.Crn);
        json.WriteString("name", vpc.Name);
        Optional(json, "region", vpc.Region);
        ResourceGroup(json, vpc.ResourceGroup);
        Reference(json, "default_network_acl", vpc.DefaultNetworkAclId);
        Reference(json, "default_security_group", vpc.DefaultSecurityGroupId);
        json.WriteStartArray("address_prefixes");
        foreach (var prefix in vpc.AddressPrefixes)
        {
            json.WriteStartObject();
            Optional(json, "name", prefix.Name);
            json.WriteString("cidr", prefix.Cidr.ToString());
            Zone(json, prefix.Zone);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSubnet(Utf8JsonWriter json, Subnet subnet)
    {
        json.WriteStartObject();
        json.WriteString("id", subnet.Id);
        Optional(json, "crn", subnet.Crn);
        json.WriteString("name", subnet.Name);
        Reference(json, "vpc", subnet.VpcId);
        Zone(json, subnet.Zone);
        json.WriteString("ipv4_cidr_block", subnet.Cidr.ToString());
        Reference(json, "network_acl", subnet.NetworkAclId);
        Reference(json, "public_gateway", subnet.PublicGatewayId);
        Reference(json, "routing_table", subnet.RoutingTableId);
        ReservedIps(json, "reserved_ips", subnet.ReservedIps);
        ResourceGroup(json, subnet.ResourceGroup);
        json.WriteEndObject();
    }

    private static void WriteAcl(Utf8JsonWriter json, NetworkAcl acl)
    {
        json.WriteStartObject();
        json.WriteString("id", acl.Id);
        Optional(json, "crn", acl.Crn);
        json.WriteString("name", acl.Name);
        Reference(json, "vpc", acl.VpcId);
        ResourceGroupName(json, acl.ResourceGroup);
        References(json, "subnets", acl.SubnetIds);

        // The array order is the priority order the reader numbers again.
        json.WriteStartArray("rules");
        foreach (var rule in acl.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteString("action", rule.Action == AclAction.Allow ? "allow" : "deny");
            json.WriteString("direction", Direction(rule.Direction));
            json.WriteString("source", rule.Source.ToString());
            json.WriteString("destination", rule.Destination.ToString());
            RuleFields.Of(acl, rule).Write(json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, SecurityGroup group)
    {
        json.WriteStartObject();
        json.WriteString("id", group.Id);
        Optional(json, "crn", group.Crn);
        json.WriteString("name", group.Name);
        Reference(json, "vpc", group.VpcId);
        ResourceGroupName(json, group.ResourceGroup);
        References(json, "targets", group.TargetIds);
        json.WriteStartArray("rules");
        foreach (var rule in group.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            Optional(json, "name", rule.Name);
            json.WriteString("direction", Direction(rule.Direction));
            RuleFields.Of(group, rule).Write(json);
            json.WriteStartObject("remote");
            switch (rule.Remote)
            {
                case CidrRemote { IsAddress: true } address:
                    json.WriteString("address", address.Prefix.First.ToString());
                    break;
                case CidrRemote cidr:
                    json.WriteString("cidr_block", cidr.Prefix.ToString());
                    break;
                case SecurityGroupRemote remoteGroup:
                    Optional(json, "id", remoteGroup.SecurityGroupId.Length > 0 ? remoteGroup.SecurityGroupId : null);
                    json.WriteString("name", remoteGroup.SecurityGroupName);
                    break;
            }

            json.WriteEndObject();
            if (rule.HasLocal)
            {
                json.WriteStartObject("local");
                json.WriteString("cidr_block", rule.Local.ToString());
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Direction(TrafficDirection direction) => direction == TrafficDirection.Inbound ? "inbound" : "outbound";
}
