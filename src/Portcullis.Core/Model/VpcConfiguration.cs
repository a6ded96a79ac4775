using System.Collections.Immutable;

namespace Portcullis.Core.Model;

/// <summary>
/// Everything read about an account's VPC networks: the firewalls as they are, and the resources they protect.
/// Immutable; several inputs combine with <see cref="Merge"/>.
/// </summary>
public sealed record VpcConfiguration
{
    /// <summary>A configuration with nothing in it.</summary>
    public static VpcConfiguration Empty { get; } = new();

    /// <summary>The VPCs.</summary>
    public ImmutableArray<Vpc> Vpcs { get; init; } = [];

    /// <summary>The subnets.</summary>
    public ImmutableArray<Subnet> Subnets { get; init; } = [];

    /// <summary>The network ACLs.</summary>
    public ImmutableArray<NetworkAcl> NetworkAcls { get; init; } = [];

    /// <summary>The security groups.</summary>
    public ImmutableArray<SecurityGroup> SecurityGroups { get; init; } = [];

    /// <summary>The virtual server instances.</summary>
    public ImmutableArray<Instance> Instances { get; init; } = [];

    /// <summary>The endpoint gateways (VPEs).</summary>
    public ImmutableArray<EndpointGateway> EndpointGateways { get; init; } = [];

    /// <summary>The floating IPs.</summary>
    public ImmutableArray<FloatingIp> FloatingIps { get; init; } = [];

    /// <summary>The public gateways.</summary>
    public ImmutableArray<PublicGateway> PublicGateways { get; init; } = [];

    /// <summary>The load balancers.</summary>
    public ImmutableArray<LoadBalancer> LoadBalancers { get; init; } = [];

    /// <summary>The transit gateways.</summary>
    public ImmutableArray<TransitGateway> TransitGateways { get; init; } = [];

    /// <summary>The transit gateway connections.</summary>
    public ImmutableArray<TransitConnection> TransitConnections { get; init; } = [];

    /// <summary>The routing tables.</summary>
    public ImmutableArray<RoutingTable> RoutingTables { get; init; } = [];

    /// <summary>The Kubernetes clusters.</summary>
    public ImmutableArray<IksCluster> IksClusters { get; init; } = [];

    /// <summary>
    /// This configuration with another's resources added. A resource whose id this configuration already holds is
    /// kept once (the first one), so the same collector output given twice does not double anything; duplicates
    /// inside <paramref name="other"/> are kept, for the topology to warn about.
    /// </summary>
    public VpcConfiguration Merge(VpcConfiguration other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new VpcConfiguration
        {
            Vpcs = Concat(Vpcs, other.Vpcs, v => v.Crn),
            Subnets = Concat(Subnets, other.Subnets, s => s.Id),
            NetworkAcls = Concat(NetworkAcls, other.NetworkAcls, a => a.Id),
            SecurityGroups = Concat(SecurityGroups, other.SecurityGroups, g => g.Id),
            Instances = Concat(Instances, other.Instances, i => i.Id),
            EndpointGateways = Concat(EndpointGateways, other.EndpointGateways, e => e.Id),
            FloatingIps = Concat(FloatingIps, other.FloatingIps, f => f.Id),
            PublicGateways = Concat(PublicGateways, other.PublicGateways, p => p.Id),
            LoadBalancers = Concat(LoadBalancers, other.LoadBalancers, l => l.Id),
            TransitGateways = Concat(TransitGateways, other.TransitGateways, t => t.Crn),
            TransitConnections = Concat(TransitConnections, other.TransitConnections, t => t.Id + "|" + t.TransitGatewayCrn),
            RoutingTables = Concat(RoutingTables, other.RoutingTables, r => r.Id),
            IksClusters = Concat(IksClusters, other.IksClusters, c => c.Id),
        };
    }

    private static ImmutableArray<T> Concat<T>(ImmutableArray<T> first, ImmutableArray<T> second, Func<T, string> key)
    {
        if (second.IsEmpty)
        {
            return first;
        }

        // Only what the first already holds is dropped: two resources with one id inside one input stay, so that the
        // topology warns about them where they are (PC2002) instead of one vanishing without a word.
        var held = first.Select(key).ToHashSet(StringComparer.Ordinal);
        return first.AddRange(second.Where(item => !held.Contains(key(item))));
    }
}
