using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

/// <summary>An address inside a VPC subnet that traffic starts from or arrives at: an interface, a VPE address, a load balancer address, a worker node.</summary>
public sealed class Endpoint : NetworkNode
{
    internal Endpoint(
        string id,
        EndpointKind kind,
        string name,
        string resourceName,
        IpAddress address,
        SubnetNode subnet,
        ImmutableArray<SecurityGroup> securityGroups,
        string ownerId,
        FloatingIp? floatingIp,
        IpAddressSet? potentialBlock = null)
    {
        Id = id;
        Kind = kind;
        Name = name;
        ResourceName = resourceName;
        Address = address;
        Subnet = subnet;
        SecurityGroups = securityGroups;
        OwnerId = ownerId;
        FloatingIp = floatingIp;
        PotentialBlock = potentialBlock;
        Addresses = IpAddressSet.Single(address);
    }

    /// <summary>The id of the interface, reserved IP or worker.</summary>
    public string Id { get; }

    /// <summary>What the endpoint is.</summary>
    public EndpointKind Kind { get; }

    /// <summary>The name reports use: the instance, endpoint gateway, load balancer or worker it belongs to.</summary>
    public string Name { get; }

    /// <summary>The name of the interface or reserved IP itself.</summary>
    public string ResourceName { get; }

    /// <summary>The endpoint's address.</summary>
    public IpAddress Address { get; }

    /// <summary>The subnet it is in.</summary>
    public SubnetNode Subnet { get; }

    /// <summary>The security groups that apply to it; none means the security-group layer allows nothing.</summary>
    public ImmutableArray<SecurityGroup> SecurityGroups { get; }

    /// <summary>The id of the instance, endpoint gateway, load balancer or cluster it belongs to.</summary>
    public string OwnerId { get; }

    /// <summary>The floating IP bound to it, if any.</summary>
    public FloatingIp? FloatingIp { get; }

    /// <summary>
    /// For a load balancer's potential private IP: the block of its subnet where the load balancer may place an
    /// address (IBM's load balancers move their addresses); <see cref="Address"/> then stands for the block.
    /// </summary>
    public IpAddressSet? PotentialBlock { get; }

    /// <summary>Whether traffic to the public internet leaves through the subnet's public gateway.</summary>
    public bool UsesPublicGateway => Subnet.PublicGateway is not null && FloatingIp is null && Kind is EndpointKind.NetworkInterface or EndpointKind.VirtualNetworkInterface or EndpointKind.IksWorker;

    /// <inheritdoc />
    public override IpAddressSet Addresses { get; }

    /// <inheritdoc />
    public override VpcNetwork Vpc => Subnet.Vpc;
}
