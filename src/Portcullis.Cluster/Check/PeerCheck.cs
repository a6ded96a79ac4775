using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>A requirement checked for some workers (those every rule treats alike) and one peer.</summary>
/// <param name="Peer">The peer, as printed (<c>161.26.0.0/16</c>, <c>iks-prod-workers-2 (10.240.64.0/24)</c>, a worker).</param>
/// <param name="PeerSubnet">The peer subnet, for a per-subnet requirement.</param>
/// <param name="Workers">The workers it holds for.</param>
/// <param name="Status">Whether the required packets get through.</param>
/// <param name="Allowed">The required packets that get through for every address of the peer, replies included.</param>
/// <param name="Gaps">What each table must add.</param>
public sealed record PeerCheck(
    string Peer,
    SubnetNode? PeerSubnet,
    ImmutableArray<Endpoint> Workers,
    RequirementStatus Status,
    ConnectionSet Allowed,
    ImmutableArray<LayerGap> Gaps);
