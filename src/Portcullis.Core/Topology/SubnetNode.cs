using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

/// <summary>A subnet with its network ACL and public gateway resolved.</summary>
public sealed class SubnetNode : NetworkNode
{
    private VpcNetwork? _vpc;

    internal SubnetNode(Subnet subnet, NetworkAcl acl, PublicGateway? publicGateway, RoutingTable? routingTable = null)
    {
        Subnet = subnet;
        Acl = acl;
        PublicGateway = publicGateway;
        RoutingTable = routingTable;
        Addresses = subnet.Cidr.ToAddressSet();
    }

    /// <summary>The subnet as configured.</summary>
    public Subnet Subnet { get; }

    /// <summary>The subnet's name.</summary>
    public string Name => Subnet.Name;

    /// <summary>The ACL that filters traffic crossing the subnet's boundary.</summary>
    public NetworkAcl Acl { get; }

    /// <summary>The public gateway attached to the subnet, if any.</summary>
    public PublicGateway? PublicGateway { get; }

    /// <summary>The routing table for traffic leaving the subnet, if the input has one.</summary>
    public RoutingTable? RoutingTable { get; }

    /// <summary>
    /// The route that decides traffic from this subnet to <paramref name="destination"/>: the longest matching
    /// destination of the subnet's routing table (in the subnet's zone or any), then the lowest priority; none when no
    /// route matches (the VPC's own routing applies).
    /// </summary>
    public Route? RouteTo(IpAddress destination) =>
        RoutingTable?.Routes
            .Where(r => r.Destination.Contains(destination) && (r.Zone is null || r.Zone == Subnet.Zone))
            .OrderByDescending(r => r.Destination.Length).ThenBy(r => r.Priority)
            .FirstOrDefault();

    /// <inheritdoc />
    public override IpAddressSet Addresses { get; }

    /// <inheritdoc />
    public override VpcNetwork Vpc => _vpc ?? throw new InvalidOperationException("The subnet is not part of a VPC network yet.");

    internal void AttachTo(VpcNetwork vpc) => _vpc = vpc;
}
