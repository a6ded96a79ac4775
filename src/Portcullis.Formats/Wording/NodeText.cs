using System.Runtime.CompilerServices;
using Portcullis.Core.Reports;
using Portcullis.Core.Topology;
using Portcullis.Formats.Text;

namespace Portcullis.Formats.Wording;

/// <summary>How every report, explanation and finding names a node of the connectivity graph.</summary>
public static class NodeText
{
    // Every report line names its endpoints; an endpoint's name is worked out once.
    private static readonly ConditionalWeakTable<NetworkNode, string> Names = [];

    /// <summary>
    /// The node's name: <c>vsi1[10.240.10.4]</c> for an endpoint, <c>alb[LB private IP][10.240.1.5]</c> and
    /// <c>alb[Potential LB private IP][10.240.1.0/25]</c> for a load balancer's addresses, <c>alb[LoadBalancer]</c>
    /// for a whole load balancer, the subnet's name, or <c>Public Internet 8.8.8.0/24</c> for external addresses.
    /// </summary>
    public static string Name(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node is ExternalNode external ? AddressText.External(external.Kind, external.Addresses) : Names.GetValue(node, Describe);
    }

    /// <summary>The name with its VPC for nodes inside one (<c>vpc/vsi1[10.240.10.4]</c>), as cross-VPC sections print them.</summary>
    public static string Qualified(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Vpc is { } vpc ? $"{N(vpc.Name)}/{Name(node)}" : Name(node);
    }

    /// <summary>
    /// One side of a report row: the node's name, merged external blocks as one address list, a comma list of
    /// names, or, qualified, <c>vpc/name</c> and <c>vpc/[name1,name2]</c>.
    /// </summary>
    public static string Group(NodeGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.IsExternal)
        {
            return AddressText.External(((ExternalNode)group.Nodes[0]).Kind, group.Addresses);
        }

        var names = group.Nodes.Select(Name).Order(StringComparer.Ordinal).ToArray();
        var list = string.Join(',', names);
        if (!group.QualifyWithVpc)
        {
            return list;
        }

        var vpc = N(group.Nodes[0].Vpc!.Name);
        return names.Length == 1 ? $"{vpc}/{list}" : $"{vpc}/[{list}]";
    }

    /// <summary>
    /// One side of a row as the readable reports write it: external space as the shorter of its ranges and their
    /// complement (<see cref="AddressText.Readable"/>), names separated by <c>, </c>, qualified as in <see cref="Group"/>.
    /// </summary>
    public static string ReadableGroup(NodeGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.IsExternal)
        {
            return AddressText.Readable(((ExternalNode)group.Nodes[0]).Kind, group.Addresses);
        }

        var names = group.Nodes.Select(Name).Order(StringComparer.Ordinal).ToArray();
        var list = string.Join(", ", names);
        return !group.QualifyWithVpc ? list : names.Length == 1 ? $"{N(group.Nodes[0].Vpc!.Name)}/{list}" : $"{N(group.Nodes[0].Vpc!.Name)}/[{list}]";
    }

    private static string Describe(NetworkNode node) => node switch
    {
        Endpoint { Kind: EndpointKind.LoadBalancerPrivateIp, PotentialBlock: { } block } endpoint => $"{N(endpoint.Name)}[Potential LB private IP][{AddressText.Ranges(block)}]",
        Endpoint { Kind: EndpointKind.LoadBalancerPrivateIp } endpoint => $"{N(endpoint.Name)}[LB private IP][{endpoint.Address}]",
        Endpoint endpoint => $"{N(endpoint.Name)}[{endpoint.Address}]",
        LoadBalancerNode loadBalancer => $"{N(loadBalancer.Name)}[LoadBalancer]",
        SubnetNode subnet => N(subnet.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Not a node kind reports name."),
    };

    // Names from input are shown with control characters escaped (ControlText), so that no name can forge a report line.
    private static string N(string name) => ControlText.Escape(name);
}
