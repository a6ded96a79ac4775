using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>A requirement checked for some workers (those every rule treats alike) and one peer.</summary>
/// <param name="Peer">The peer: blocks, a subnet, or an endpoint.</param>
/// <param name="Workers">The workers it holds for.</param>
/// <param name="Status">Whether the required packets get through.</param>
/// <param name="Allowed">The required packets that get through for every address of the peer, replies included.</param>
/// <param name="Gaps">What each table must add.</param>
public sealed record PeerCheck(
    CheckedPeer Peer,
    ImmutableArray<Endpoint> Workers,
    RequirementStatus Status,
    ConnectionSet Allowed,
    ImmutableArray<LayerGap> Gaps);
