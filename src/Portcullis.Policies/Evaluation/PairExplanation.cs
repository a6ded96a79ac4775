using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// Why a pair has the connectivity it has: the source's egress decisions and the destination's ingress decisions,
/// each covering part of the asked connections, in the order Calico takes them. Facts; writers word them.
/// </summary>
/// <param name="Source">The source.</param>
/// <param name="Destination">The destination.</param>
/// <param name="Asked">The connections asked about (everything when not narrowed).</param>
/// <param name="Allowed">What is allowed of them.</param>
/// <param name="Egress">The source endpoint's egress decisions (empty for an address block: nothing polices it).</param>
/// <param name="Ingress">The destination endpoint's ingress decisions (empty for an address block).</param>
public sealed record PairExplanation(
    PolicyPeer Source,
    PolicyPeer Destination,
    ConnectionSet Asked,
    ConnectionSet Allowed,
    ImmutableArray<Decision> Egress,
    ImmutableArray<Decision> Ingress)
{
    /// <summary>What of the asked connections the source's egress allows (all of it for an address block).</summary>
    public ConnectionSet EgressAllows => Source.IsEndpoint ? Union(Egress, Verdict.Allow).Intersect(Asked) : Asked;

    /// <summary>What of the asked connections the destination's ingress allows (all of it for an address block).</summary>
    public ConnectionSet IngressAllows => Destination.IsEndpoint ? Union(Ingress, Verdict.Allow).Intersect(Asked) : Asked;

    private static ConnectionSet Union(ImmutableArray<Decision> decisions, Verdict verdict) =>
        decisions.Where(d => d.Verdict == verdict).Aggregate(ConnectionSet.None, (acc, d) => acc.Union(d.Connections));
}
