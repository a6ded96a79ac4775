using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A transit gateway's connection to one network, with the prefix filters that decide what that network advertises.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="TransitGatewayCrn">The CRN of its gateway.</param>
/// <param name="TransitGatewayName">The name of its gateway.</param>
/// <param name="NetworkId">The connected network's CRN (a VPC's CRN for VPC connections).</param>
/// <param name="NetworkType">The network type (<c>vpc</c>, <c>classic</c>, <c>directlink</c> ...).</param>
/// <param name="Status">The status (<c>attached</c> when working).</param>
/// <param name="PrefixFiltersDefault">What happens to prefixes no filter matches.</param>
/// <param name="PrefixFilters">The filters, in the order they apply.</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record TransitConnection(
    string Id,
    string Name,
    string TransitGatewayCrn,
    string TransitGatewayName,
    string NetworkId,
    string? NetworkType,
    string? Status,
    PrefixFilterAction PrefixFiltersDefault,
    ImmutableArray<PrefixFilter> PrefixFilters,
    SourceLocation? Location = null);
