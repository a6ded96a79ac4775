using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A VPC routing table and the subnets it serves.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="VpcId">The id of its VPC, if known.</param>
/// <param name="IsDefault">Whether it is the VPC's default table.</param>
/// <param name="SubnetIds">The subnets it serves.</param>
/// <param name="Routes">Its routes.</param>
/// <param name="IngressSources">The ingress sources it serves (<c>transit_gateway</c>, <c>direct_link</c>, <c>internet</c>, <c>vpc_zone</c>).</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record RoutingTable(
    string Id,
    string Name,
    string? VpcId,
    bool IsDefault,
    ImmutableArray<string> SubnetIds,
    ImmutableArray<Route> Routes,
    ImmutableArray<string> IngressSources,
    SourceLocation? Location = null);
