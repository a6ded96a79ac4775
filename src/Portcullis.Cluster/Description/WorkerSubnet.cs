using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Description;

/// <summary>A VPC subnet a worker pool places workers in.</summary>
/// <param name="Id">The subnet's id, if known.</param>
/// <param name="Name">The subnet's name, if known.</param>
/// <param name="Zone">Its zone.</param>
/// <param name="Cidr">Its block.</param>
/// <param name="PublicGatewayIp">The floating IP of the zone's public gateway, when the subnet has one (what other services allowlist).</param>
public sealed record WorkerSubnet(string? Id, string? Name, string Zone, IpPrefix Cidr, IpAddress? PublicGatewayIp = null)
{
    /// <summary>The name, or the id, or the block.</summary>
    public string DisplayName => Name ?? Id ?? Cidr.ToString();
}
