using Portcullis.Core.Sets;

namespace Portcullis.Core.Analysis;

/// <summary>
/// What each firewall layer between an endpoint and a peer allows, for traffic in one direction: the endpoint's
/// own side always, the peer's side when the peer is an endpoint too. A <see langword="null"/> ACL part means the
/// traffic does not cross that ACL (both ends in one subnet, or an external peer's side).
/// </summary>
/// <param name="LocalGroups">What the endpoint's security groups allow (outbound rules for outbound traffic, inbound for inbound).</param>
/// <param name="LocalAcl">What the endpoint's subnet ACL allows in the same direction, or <see langword="null"/> when it is not crossed.</param>
/// <param name="LocalReplies">The TCP packets of the traffic whose replies the endpoint's subnet ACL lets back, or <see langword="null"/> when it is not crossed.</param>
/// <param name="PeerGroups">What the peer endpoint's security groups allow in the opposite direction, or <see langword="null"/> when the peer is not an endpoint.</param>
/// <param name="PeerAcl">What the peer subnet's ACL allows, or <see langword="null"/> when it is not crossed or the peer is not an endpoint.</param>
/// <param name="PeerReplies">The TCP packets whose replies the peer subnet's ACL lets back, or <see langword="null"/>.</param>
public sealed record LayerConnections(
    ConnectionSet LocalGroups,
    ConnectionSet? LocalAcl,
    ConnectionSet? LocalReplies,
    ConnectionSet? PeerGroups = null,
    ConnectionSet? PeerAcl = null,
    ConnectionSet? PeerReplies = null)
{
    /// <summary>What the security groups on both sides allow together.</summary>
    public ConnectionSet Groups => PeerGroups is { } peer ? LocalGroups.Intersect(peer) : LocalGroups;

    /// <summary>What the ACLs crossed allow together (everything when none is crossed).</summary>
    public ConnectionSet Acls => (LocalAcl ?? ConnectionSet.All).Intersect(PeerAcl ?? ConnectionSet.All);

    /// <summary>The TCP packets whose replies every ACL crossed lets back (every TCP packet when none is crossed).</summary>
    public ConnectionSet Replies => (LocalReplies ?? ConnectionSet.AllTcp).Intersect(PeerReplies ?? ConnectionSet.AllTcp);

    /// <summary>What all layers allow together.</summary>
    public ConnectionSet Allowed => Groups.Intersect(Acls);

    /// <summary>The TCP part of <paramref name="connection"/> whose replies some ACL drops.</summary>
    public ConnectionSet BlockedReplies(ConnectionSet connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.TcpOnly().Except(Replies);
    }
}
