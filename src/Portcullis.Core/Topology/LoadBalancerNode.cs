using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Core.Topology;

/// <summary>A load balancer seen as one node: all its private IPs (real and potential) together.</summary>
public sealed class LoadBalancerNode : NetworkNode
{
    internal LoadBalancerNode(string id, string name, ImmutableArray<Endpoint> privateIps)
    {
        Id = id;
        Name = name;
        PrivateIps = privateIps;
        Addresses = privateIps.Aggregate(IpAddressSet.Empty, (all, ip) => all.Union(ip.Addresses));
    }

    /// <summary>The load balancer's id.</summary>
    public string Id { get; }

    /// <summary>The load balancer's name.</summary>
    public string Name { get; }

    /// <summary>Its private-IP endpoints.</summary>
    public ImmutableArray<Endpoint> PrivateIps { get; }

    /// <inheritdoc />
    public override IpAddressSet Addresses { get; }

    /// <inheritdoc />
    public override VpcNetwork Vpc => PrivateIps[0].Vpc;
}
