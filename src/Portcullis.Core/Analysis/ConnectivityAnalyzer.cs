using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

/// <summary>
/// Computes exactly which connections a compiled topology allows: between endpoints, between subnets, and to and
/// from the external blocks, with the TCP part whose replies the stateless layers drop.
/// </summary>
/// <remarks>
/// Endpoints are grouped into classes that every rule treats alike (<see cref="EndpointClass"/>), so the cost
/// grows with the number of distinct classes rather than with raw endpoint pairs. Instances are thread-safe.
/// </remarks>
public sealed partial class ConnectivityAnalyzer
{
    private readonly AclEvaluator _acls = new();
    private readonly SecurityGroupEvaluator _groups = new();
    private readonly UInt128[] _partition;
    private readonly FrozenDictionary<Endpoint, EndpointClass> _classOf;
    private readonly FrozenDictionary<VpcNetwork, ImmutableArray<EndpointClass>> _classesByVpc;
    private readonly FrozenDictionary<string, IpAddressSet> _poolMembers;

    /// <summary>Prepares the analysis of a topology.</summary>
    public ConnectivityAnalyzer(NetworkTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        Topology = topology;
        _partition = BuildPartition(topology);
        var classOf = new Dictionary<Endpoint, EndpointClass>();
        var byVpc = new Dictionary<VpcNetwork, ImmutableArray<EndpointClass>>();
        foreach (var vpc in topology.Vpcs)
        {
            var classes = new Dictionary<string, EndpointClass>();
            var ordered = new List<EndpointClass>();
            foreach (var endpoint in vpc.Endpoints)
            {
                var key = ClassKey(endpoint);
                if (!classes.TryGetValue(key, out var endpointClass))
                {
                    classes[key] = endpointClass = new EndpointClass(endpoint, _acls, _groups);
                    ordered.Add(endpointClass);
                }

                endpointClass.MemberList.Add(endpoint);
                classOf[endpoint] = endpointClass;
            }

            byVpc[vpc] = [.. ordered];
        }

        _classOf = classOf.ToFrozenDictionary();
        _classesByVpc = byVpc.ToFrozenDictionary();
        _poolMembers = BuildPoolMembers(topology);
    }

    /// <summary>The topology analysed.</summary>
    public NetworkTopology Topology { get; }

    /// <summary>The number of endpoint classes (for diagnostics and benchmarks).</summary>
    public int ClassCount => _classesByVpc.Values.Sum(c => c.Length);

    /// <summary>Every ordered pair of nodes with a non-empty connection: one section per VPC and one per transit gateway.</summary>
    public ConnectivityReport AnalyzeEndpoints()
    {
        var sections = ImmutableArray.CreateBuilder<ConnectivitySection>();
        foreach (var gateway in Topology.TransitGateways)
        {
            var classes = gateway.Vpcs.SelectMany(v => _classesByVpc[v]).ToArray();
            sections.Add(new ConnectivitySection(new TransitGatewayScope(gateway), PairLines(classes, gateway)));
        }

        foreach (var vpc in Topology.Vpcs)
        {
            var classes = _classesByVpc[vpc].ToArray();
            var lines = PairLines(classes, null).AddRange(ExternalLines(vpc, classes));
            sections.Add(new ConnectivitySection(new VpcScope(vpc), lines));
        }

        return new ConnectivityReport(ConnectivityLevel.Endpoints, sections.ToImmutable());
    }

    /// <summary>
    /// What <paramref name="source"/> may open towards <paramref name="destination"/> (endpoints or external blocks),
    /// and the TCP part of it whose replies are dropped. Endpoints in different VPCs connect through the transit
    /// gateways that join them.
    /// </summary>
    public (ConnectionSet Connection, ConnectionSet ResponseBlocked) Evaluate(NetworkNode source, NetworkNode destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        switch (source, destination)
        {
            case (Endpoint src, Endpoint dst) when src.Vpc == dst.Vpc:
                return EvaluatePair(src, dst, null);
            case (Endpoint src, Endpoint dst):
                // Several gateways may join the two VPCs: a reply is fine if any of them carries it.
                var connection = ConnectionSet.None;
                var responsive = ConnectionSet.None;
                foreach (var gateway in Topology.TransitGateways.Where(g => g.Vpcs.Contains(src.Vpc) && g.Vpcs.Contains(dst.Vpc)))
                {
                    var (c, b) = EvaluatePair(src, dst, gateway);
                    connection = connection.Union(c);
                    responsive = responsive.Union(c.Except(b));
                }

                return (connection, connection.Except(responsive));
            case (Endpoint src, ExternalBlock block):
                return EvaluateToExternal(src, block);
            case (ExternalBlock block, Endpoint dst):
                return EvaluateFromExternal(block, dst);
            default:
                return (ConnectionSet.None, ConnectionSet.None);
        }
    }

    /// <summary>Whether a route exists from the endpoint to the external block (floating IP, public gateway, or the service network).</summary>
    public static bool RoutesOut(Endpoint endpoint, ExternalBlock block)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(block);
        return block.Kind == ExternalKind.ServiceNetwork || endpoint.FloatingIp is not null || endpoint.UsesPublicGateway;
    }

    /// <summary>Whether a route exists from the external block to the endpoint (floating IP, or the service network).</summary>
    public static bool RoutesIn(ExternalBlock block, Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(block);
        return block.Kind == ExternalKind.ServiceNetwork || endpoint.FloatingIp is not null;
    }

    /// <summary>The class of endpoints every rule treats alike that <paramref name="endpoint"/> belongs to.</summary>
    public EndpointClass ClassOf(Endpoint endpoint) => _classOf[endpoint];

    /// <summary>The network ACL evaluator the analysis uses (its answers are cached and shared).</summary>
    public AclEvaluator AclEvaluator => _acls;

    /// <summary>The security-group evaluator the analysis uses (its answers are cached and shared).</summary>
    public SecurityGroupEvaluator GroupEvaluator => _groups;

    private ImmutableArray<ConnectivityLine> PairLines(EndpointClass[] classes, TransitGatewayNetwork? gateway)
    {
        var results = new ConcurrentDictionary<int, List<ConnectivityLine>>();
        Parallel.For(0, classes.Length, i =>
        {
            var source = classes[i];
            var lines = new List<ConnectivityLine>();
            foreach (var destination in classes)
            {
                if (gateway is not null && source.Subnet.Vpc == destination.Subnet.Vpc)
                {
                    continue;
                }

                var (connection, blocked) = EvaluateClasses(source, source.Representative, destination, destination.Representative, gateway);
                if (connection.IsEmpty)
                {
                    continue;
                }

                foreach (var a in source.Members)
                {
                    var pool = a.Kind == EndpointKind.LoadBalancerPrivateIp ? _poolMembers.GetValueOrDefault(a.OwnerId) : (IpAddressSet?)null;
                    foreach (var b in destination.Members)
                    {
                        if (!ReferenceEquals(a, b) && (pool is not { } members || members.Contains(b.Address)))
                        {
                            lines.Add(new ConnectivityLine(a, b, connection, blocked));
                        }
                    }
                }
            }

            results[i] = lines;
        });
        return [.. Enumerable.Range(0, classes.Length).SelectMany(i => results[i])];
    }

    private static IEnumerable<ConnectivityLine> ExternalLines(VpcNetwork vpc, EndpointClass[] classes)
    {
        foreach (var endpointClass in classes)
        {
            var endpoint = endpointClass.Representative;
            foreach (var block in vpc.ExternalBlocks)
            {
                if (endpoint.Kind != EndpointKind.LoadBalancerPrivateIp && RoutesOut(endpoint, block))
                {
                    var connection = endpointClass.Egress.Lookup(block.First);
                    if (!connection.IsEmpty)
                    {
                        var blocked = BlockedReplies(connection, endpointClass.AclIn.Lookup(block.First));
                        foreach (var member in endpointClass.Members)
                        {
                            yield return new ConnectivityLine(member, block, connection, blocked);
                        }
                    }
                }

                if (RoutesIn(block, endpoint))
                {
                    var connection = endpointClass.Ingress.Lookup(block.First);
                    if (!connection.IsEmpty)
                    {
                        var blocked = BlockedReplies(connection, endpointClass.ReplyOut.Lookup(block.First));
                        foreach (var member in endpointClass.Members)
                        {
                            yield return new ConnectivityLine(block, member, connection, blocked);
                        }
                    }
                }
            }
        }
    }

    private (ConnectionSet Connection, ConnectionSet ResponseBlocked) EvaluatePair(Endpoint source, Endpoint destination, TransitGatewayNetwork? gateway)
    {
        if (source.Kind == EndpointKind.LoadBalancerPrivateIp && !_poolMembers.GetValueOrDefault(source.OwnerId).Contains(destination.Address))
        {
            return (ConnectionSet.None, ConnectionSet.None);
        }

        return ReferenceEquals(source, destination)
            ? (ConnectionSet.None, ConnectionSet.None)
            : EvaluateClasses(_classOf[source], source, _classOf[destination], destination, gateway);
    }

    private static (ConnectionSet Connection, ConnectionSet ResponseBlocked) EvaluateClasses(EndpointClass sourceClass, Endpoint source, EndpointClass destinationClass, Endpoint destination, TransitGatewayNetwork? gateway)
    {
        // Inside one subnet no ACL filters, and security groups are stateful: nothing can block a reply.
        if (gateway is null && sourceClass.Subnet == destinationClass.Subnet)
        {
            var inside = sourceClass.SgOut.Lookup(destination.Address);
            return inside.IsEmpty ? (inside, ConnectionSet.None) : (inside.Intersect(destinationClass.SgIn.Lookup(source.Address)), ConnectionSet.None);
        }

        if (gateway is not null && !gateway.RoutesTo(destination.Subnet))
        {
            return (ConnectionSet.None, ConnectionSet.None);
        }

        var outbound = sourceClass.Egress.Lookup(destination.Address);
        if (outbound.IsEmpty)
        {
            return (outbound, ConnectionSet.None);
        }

        var connection = outbound.Intersect(destinationClass.Ingress.Lookup(source.Address));
        if (connection.Tcp.IsEmpty)
        {
            return (connection, ConnectionSet.None);
        }

        var reply = gateway is not null && !gateway.RoutesTo(source.Subnet)
            ? ConnectionSet.None
            : destinationClass.ReplyOut.Lookup(source.Address).Intersect(sourceClass.AclIn.Lookup(destination.Address));
        return (connection, BlockedReplies(connection, reply));
    }

    private (ConnectionSet Connection, ConnectionSet ResponseBlocked) EvaluateToExternal(Endpoint source, ExternalBlock block)
    {
        if (source.Kind == EndpointKind.LoadBalancerPrivateIp || !RoutesOut(source, block))
        {
            return (ConnectionSet.None, ConnectionSet.None);
        }

        var sourceClass = _classOf[source];
        var connection = sourceClass.Egress.ForAll(block.First, block.Last);
        return (connection, BlockedReplies(connection, sourceClass.AclIn.ForAll(block.First, block.Last)));
    }

    private (ConnectionSet Connection, ConnectionSet ResponseBlocked) EvaluateFromExternal(ExternalBlock block, Endpoint destination)
    {
        if (!RoutesIn(block, destination))
        {
            return (ConnectionSet.None, ConnectionSet.None);
        }

        var destinationClass = _classOf[destination];
        var connection = destinationClass.Ingress.ForAll(block.First, block.Last);
        return (connection, BlockedReplies(connection, destinationClass.ReplyOut.ForAll(block.First, block.Last)));
    }

    /// <summary>
    /// The TCP part of <paramref name="connection"/> whose replies <paramref name="reply"/> (what the stateless
    /// layers allow back, in the reply's direction) does not carry: a request (s, d) needs the reply (d, s).
    /// </summary>
    internal static ConnectionSet BlockedReplies(ConnectionSet connection, ConnectionSet reply)
    {
        var tcp = connection.TcpOnly();
        return tcp.IsEmpty ? ConnectionSet.None : tcp.Except(reply.TcpOnly().SwapPorts());
    }

    private string ClassKey(Endpoint endpoint)
    {
        var atom = Array.BinarySearch(_partition, endpoint.Address.Value);
        atom = atom >= 0 ? atom : ~atom - 1;
        var groups = string.Join(',', endpoint.SecurityGroups.Select(g => g.Id));
        var owner = endpoint.Kind == EndpointKind.LoadBalancerPrivateIp ? endpoint.OwnerId : string.Empty;
        return $"{endpoint.Subnet.Subnet.Id}|{groups}|{atom}|{endpoint.FloatingIp is not null}|{endpoint.Kind}|{owner}";
    }

    // Every block any rule mentions cuts the address space; endpoints in the same piece look alike to every rule.
    private static UInt128[] BuildPartition(NetworkTopology topology)
    {
        var cuts = new SortedSet<UInt128> { UInt128.Zero };
        void Add(IpPrefix prefix)
        {
            if (prefix.IsDefault)
            {
                return;
            }

            cuts.Add(prefix.First.Value);
            if (prefix.Last.Value != UInt128.MaxValue)
            {
                cuts.Add(prefix.Last.Value + 1);
            }
        }

        foreach (var vpc in topology.Vpcs)
        {
            foreach (var rule in vpc.Acls.SelectMany(a => a.Rules))
            {
                Add(rule.Source);
                Add(rule.Destination);
            }

            foreach (var rule in vpc.SecurityGroups.SelectMany(g => g.Rules))
            {
                Add(rule.Local);
                if (rule.Remote is CidrRemote cidr)
                {
                    Add(cidr.Prefix);
                }
            }
        }

        return [.. cuts];
    }

    private static FrozenDictionary<string, IpAddressSet> BuildPoolMembers(NetworkTopology topology)
    {
        var interfaces = topology.Endpoints.ToLookup(e => e.OwnerId);
        var pools = new Dictionary<string, IpAddressSet>();
        foreach (var lb in topology.Vpcs.SelectMany(v => v.LoadBalancers).DistinctBy(lb => lb.Id))
        {
            // Only pools a listener forwards to receive traffic.
            var forwarded = lb.Listeners.SelectMany(l => l.PoolIds).ToHashSet();
            var members = IpAddressSet.Empty;
            foreach (var member in lb.Pools.Where(p => forwarded.Contains(p.Id)).SelectMany(p => p.Members))
            {
                if (member.Address is { } address)
                {
                    members = members.Union(IpAddressSet.Single(address));
                }
                else if (member.TargetId is { } target)
                {
                    foreach (var endpoint in interfaces[target])
                    {
                        members = members.Union(endpoint.Addresses);
                    }
                }
            }

            pools[lb.Id] = members;
        }

        return pools.ToFrozenDictionary();
    }
}
