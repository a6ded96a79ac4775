using System.Collections.Immutable;
using Portcullis.Core.Reports;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>The explanation of one source and destination: the verdict, the path, and the rules of every layer.</summary>
/// <param name="Source">The source (external blocks with the same explanation are merged).</param>
/// <param name="Destination">The destination.</param>
/// <param name="Connection">What is allowed (within the query, if one was given).</param>
/// <param name="ResponseBlocked">The TCP part of <paramref name="Connection"/> whose replies are dropped.</param>
/// <param name="Blocked">Why nothing is allowed, when <paramref name="Connection"/> is empty.</param>
/// <param name="Path">The path through the layers, up to where it stops.</param>
/// <param name="Egress">The verdicts of the source side's tables (security groups, then the ACL).</param>
/// <param name="Ingress">The verdicts of the destination side's tables (the ACL, then security groups).</param>
/// <param name="Router">The router to or from external addresses, if any.</param>
/// <param name="TransitGateway">The transit gateway between the VPCs, if any.</param>
/// <param name="TransitGatewayRoute">The gateway's verdicts on the route to the destination: the transit connection and prefix filter (or default) that decide.</param>
/// <param name="HasResponseSection">Whether the reply path is checked (TCP allowed across a stateless layer).</param>
/// <param name="ResponseEgress">The destination subnet's outbound ACL verdict for the replies.</param>
/// <param name="ResponseIngress">The source subnet's inbound ACL verdict for the replies.</param>
/// <param name="ResponseTransitGatewayRoute">The gateway's verdicts on the route back to the source, for the replies.</param>
/// <param name="LoadBalancer">For a load balancer source and an endpoint destination, whether it is one of its pool members.</param>
public sealed record PairExplanation(
    NodeGroup Source,
    NodeGroup Destination,
    ConnectionSet Connection,
    ConnectionSet ResponseBlocked,
    BlockReasons Blocked,
    ImmutableArray<PathStep> Path,
    ImmutableArray<LayerVerdict> Egress,
    ImmutableArray<LayerVerdict> Ingress,
    Router? Router,
    TransitGatewayNetwork? TransitGateway,
    ImmutableArray<TransitGatewayVerdict> TransitGatewayRoute,
    bool HasResponseSection,
    ImmutableArray<LayerVerdict> ResponseEgress,
    ImmutableArray<LayerVerdict> ResponseIngress,
    ImmutableArray<TransitGatewayVerdict> ResponseTransitGatewayRoute,
    LoadBalancerRelation? LoadBalancer)
{
    /// <summary>Whether anything is allowed.</summary>
    public bool IsAllowed => !Connection.IsEmpty;
}
