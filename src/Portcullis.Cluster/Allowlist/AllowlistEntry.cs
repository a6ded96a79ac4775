using Portcullis.Cluster.Description;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Allowlist;

/// <summary>One block another firewall must allow, and what it is.</summary>
/// <param name="Cidr">The block (a /32 for one address).</param>
/// <param name="Zone">The zone it belongs to, if any.</param>
/// <param name="Kind">What the block is.</param>
/// <param name="Gateway">The public gateway, for <see cref="AllowlistEntryKind.PublicGateway"/> when the VPC configuration has it.</param>
/// <param name="Subnet">The worker subnet, for <see cref="AllowlistEntryKind.WorkerSubnet"/>.</param>
/// <param name="Worker">The worker, for <see cref="AllowlistEntryKind.Worker"/> when the VPC configuration has it.</param>
/// <param name="DescribedWorker">The worker as the cluster description lists it, for <see cref="AllowlistEntryKind.Worker"/> otherwise.</param>
public sealed record AllowlistEntry(
    IpPrefix Cidr,
    string? Zone,
    AllowlistEntryKind Kind,
    PublicGateway? Gateway = null,
    WorkerSubnet? Subnet = null,
    Endpoint? Worker = null,
    ClusterWorker? DescribedWorker = null)
{
    /// <summary>A zone's public gateway floating IP; <paramref name="gateway"/> is null when only the description knows the address.</summary>
    public static AllowlistEntry OfGateway(IpAddress address, string zone, PublicGateway? gateway) =>
        new(new IpPrefix(address, 32), zone, AllowlistEntryKind.PublicGateway, Gateway: gateway);

    /// <summary>A worker subnet.</summary>
    public static AllowlistEntry OfSubnet(WorkerSubnet subnet)
    {
        ArgumentNullException.ThrowIfNull(subnet);
        return new(subnet.Cidr, subnet.Zone, AllowlistEntryKind.WorkerSubnet, Subnet: subnet);
    }

    /// <summary>A worker of the VPC configuration.</summary>
    public static AllowlistEntry OfWorker(Endpoint worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return new(new IpPrefix(worker.Address, 32), worker.Subnet.Subnet.Zone, AllowlistEntryKind.Worker, Worker: worker);
    }

    /// <summary>A worker of the cluster description.</summary>
    public static AllowlistEntry OfWorker(ClusterWorker worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return new(new IpPrefix(worker.Address, 32), worker.Zone, AllowlistEntryKind.Worker, DescribedWorker: worker);
    }
}
