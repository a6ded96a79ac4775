using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// What a policy configuration allows: for every ordered pair of endpoints, and between every endpoint and every
/// block of external addresses (addresses of no endpoint, split where any rule tells them apart), the exact
/// connection set. Computed on classes of endpoints and addresses that every rule treats alike.
/// </summary>
/// <remarks>
/// A connection between endpoints is allowed when the source's egress policy and the destination's ingress policy
/// both allow it; from an address block only the destination's ingress counts, to one only the source's egress.
/// Connections between two address blocks are not analysed. For layering with the VPC, <see cref="HostTraffic"/>
/// gives a host endpoint's allowed connections per remote address range.
/// </remarks>
public sealed partial class PolicyConnectivity
{
    private readonly CompiledConfiguration _compiled;
    private readonly ConnectionSet?[] _allowed;
    private readonly ConnectionSet?[] _explicit;
    private readonly DirectionOutcome?[] _egress;
    private readonly DirectionOutcome?[] _ingress;

    private PolicyConnectivity(CompiledConfiguration compiled)
    {
        _compiled = compiled;
        var cells = compiled.PeerCount * compiled.PeerCount;
        _allowed = new ConnectionSet?[cells];
        _explicit = new ConnectionSet?[cells];
        _egress = new DirectionOutcome?[compiled.Classes.Length * compiled.PeerCount];
        _ingress = new DirectionOutcome?[compiled.Classes.Length * compiled.PeerCount];
    }

    /// <summary>The configuration analysed.</summary>
    public PolicyConfiguration Configuration => _compiled.Configuration;

    /// <summary>The semantics used.</summary>
    public EvaluationSemantics Semantics => _compiled.Semantics;

    /// <summary>The endpoints, as in the configuration.</summary>
    public ImmutableArray<Endpoint> Endpoints => _compiled.Configuration.Endpoints;

    /// <summary>The external address blocks: disjoint, covering every address of no endpoint (IPv4, and IPv6 when a policy names it).</summary>
    public ImmutableArray<IpAddressSet> ExternalBlocks => _compiled.AddressClasses;

    /// <summary>Whether IPv6 is analysed (a policy names an IPv6 address, or the caller asked for it).</summary>
    public bool IncludesIPv6 => _compiled.IncludesIPv6;

    /// <summary>The policies in the order Calico evaluates them.</summary>
    public ImmutableArray<Policy> PoliciesInOrder => [.. _compiled.Policies.Select(p => p.Model)];

    internal CompiledConfiguration Compiled => _compiled;

    /// <summary>Analyses a configuration.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="semantics">Calico's (the default) or NCA's.</param>
    /// <param name="extraNets">Address sets to keep apart besides those the configuration names (to compare with another configuration).</param>
    /// <param name="includeIPv6">Whether to analyse IPv6; by default, when a policy names an IPv6 address.</param>
    public static PolicyConnectivity Analyze(PolicyConfiguration configuration, EvaluationSemantics? semantics = null, IEnumerable<IpAddressSet>? extraNets = null, bool? includeIPv6 = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new PolicyConnectivity(new CompiledConfiguration(configuration, semantics ?? EvaluationSemantics.Calico, extraNets, includeIPv6));
    }

    /// <summary>Whether a policy selects the endpoint in the direction.</summary>
    public bool IsCaptured(int endpoint, Direction direction) =>
        _compiled.PipelineOf(_compiled.ClassOf[endpoint], direction).Captured;

    /// <summary>What the source endpoint may open to the destination endpoint.</summary>
    public ConnectionSet Allowed(int source, int destination) => Cell(_compiled.ClassOf[source], _compiled.ClassOf[destination]).Allowed;

    /// <summary>What the endpoint may open to an external block.</summary>
    public ConnectionSet AllowedToBlock(int source, int block) => Cell(_compiled.ClassOf[source], _compiled.AddressPeer(block)).Allowed;

    /// <summary>What an external block may open to the endpoint.</summary>
    public ConnectionSet AllowedFromBlock(int block, int destination) => Cell(_compiled.AddressPeer(block), _compiled.ClassOf[destination]).Allowed;

    /// <summary>What policy rules explicitly allow between two endpoints (the part that policies selecting either endpoint allow by a rule, and the other side lets through).</summary>
    public ConnectionSet ExplicitlyAllowed(int source, int destination) => Cell(_compiled.ClassOf[source], _compiled.ClassOf[destination]).Explicit;

    /// <summary>What policy rules explicitly allow from an endpoint to an external block.</summary>
    public ConnectionSet ExplicitlyAllowedToBlock(int source, int block) => Cell(_compiled.ClassOf[source], _compiled.AddressPeer(block)).Explicit;

    /// <summary>What policy rules explicitly allow from an external block to an endpoint.</summary>
    public ConnectionSet ExplicitlyAllowedFromBlock(int block, int destination) => Cell(_compiled.AddressPeer(block), _compiled.ClassOf[destination]).Explicit;

    /// <summary>The class of equivalent endpoints an endpoint belongs to (endpoints of one class have the same connectivity).</summary>
    public int EndpointClassOf(int endpoint) => _compiled.ClassOf[endpoint];

    /// <summary>The number of endpoint classes.</summary>
    public int EndpointClassCount => _compiled.Classes.Length;

    internal (ConnectionSet Allowed, ConnectionSet Explicit) Cell(int sourcePeer, int destinationPeer)
    {
        var index = (sourcePeer * _compiled.PeerCount) + destinationPeer;
        if (_allowed[index] is { } allowed)
        {
            return (allowed, _explicit[index]!);
        }

        var egress = _compiled.IsEndpointPeer(sourcePeer) ? Outcome(_egress, sourcePeer, Direction.Egress, destinationPeer) : DirectionOutcome.Unpoliced;
        var ingress = _compiled.IsEndpointPeer(destinationPeer) ? Outcome(_ingress, destinationPeer, Direction.Ingress, sourcePeer) : DirectionOutcome.Unpoliced;
        allowed = egress.Allowed.Intersect(ingress.Allowed);
        var explicitly = ingress.Explicit.Intersect(egress.Allowed).Union(egress.Explicit.Intersect(ingress.Allowed));
        _allowed[index] = allowed;
        _explicit[index] = explicitly;
        return (allowed, explicitly);
    }

    private DirectionOutcome Outcome(DirectionOutcome?[] cache, int endpointClass, Direction direction, int remote)
    {
        var index = (endpointClass * _compiled.PeerCount) + remote;
        return cache[index] ??= _compiled.Evaluate(endpointClass, direction, remote);
    }

    /// <summary>
    /// A host endpoint's own traffic for layering with other firewalls: for the direction, every remote address range
    /// (other endpoints' addresses and external blocks) with the connections Calico allows between the host
    /// endpoint and it. Remote endpoints without addresses are left out (they cannot be placed in address space).
    /// </summary>
    public ImmutableArray<(IpAddressSet Remote, ConnectionSet Allowed)> HostTraffic(int hostEndpoint, Direction direction)
    {
        var local = _compiled.ClassOf[hostEndpoint];
        var result = ImmutableArray.CreateBuilder<(IpAddressSet, ConnectionSet)>();
        for (var i = 0; i < Endpoints.Length; i++)
        {
            if (Endpoints[i].Addresses.IsEmpty)
            {
                continue;
            }

            var remote = _compiled.ClassOf[i];
            var set = direction == Direction.Ingress ? Cell(remote, local).Allowed : Cell(local, remote).Allowed;
            result.Add((Endpoints[i].Addresses, set));
        }

        for (var block = 0; block < ExternalBlocks.Length; block++)
        {
            var peer = _compiled.AddressPeer(block);
            var set = direction == Direction.Ingress ? Cell(peer, local).Allowed : Cell(local, peer).Allowed;
            result.Add((ExternalBlocks[block], set));
        }

        return result.ToImmutable();
    }
}
