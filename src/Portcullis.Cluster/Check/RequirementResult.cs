using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Check;

/// <summary>The verdict on one requirement: its status, per worker and peer, and why.</summary>
/// <param name="Requirement">The requirement.</param>
/// <param name="Connection">The packets it needs (parameters filled).</param>
/// <param name="Status">The overall status.</param>
/// <param name="Peers">The checks per workers and peer.</param>
/// <param name="NotApplicable">Why it is not applicable, when it is not.</param>
public sealed record RequirementResult(
    Requirement Requirement,
    ConnectionSet Connection,
    RequirementStatus Status,
    ImmutableArray<PeerCheck> Peers,
    NotApplicableReason? NotApplicable = null)
{
    /// <summary>Every gap of every peer.</summary>
    public IEnumerable<LayerGap> Gaps => Peers.SelectMany(p => p.Gaps);

    /// <summary>What blocks first: the first gap of the requests, else of the replies; <see langword="null"/> when open.</summary>
    public LayerGap? BlockingGap => Gaps.FirstOrDefault(g => !g.IsReply) ?? Gaps.FirstOrDefault();

    /// <summary>Combines per-peer statuses: open when all are, blocked when all are, partly open otherwise.</summary>
    public static RequirementStatus Combine(IEnumerable<RequirementStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var list = statuses.Where(s => s != RequirementStatus.NotApplicable).ToList();
        return list.Count == 0 ? RequirementStatus.NotApplicable
            : list.All(s => s == RequirementStatus.Open) ? RequirementStatus.Open
            : list.All(s => s == RequirementStatus.Blocked) ? RequirementStatus.Blocked
            : RequirementStatus.PartlyOpen;
    }
}
