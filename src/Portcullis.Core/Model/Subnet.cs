using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A subnet: one zone, one CIDR block, exactly one network ACL, optionally a public gateway.</summary>
/// <param name="Id">The subnet's id.</param>
/// <param name="Crn">The subnet's CRN, if known.</param>
/// <param name="Name">The subnet's name.</param>
/// <param name="VpcId">The id of its VPC.</param>
/// <param name="Zone">Its zone.</param>
/// <param name="Cidr">Its IPv4 block.</param>
/// <param name="NetworkAclId">The id of its ACL.</param>
/// <param name="PublicGatewayId">The id of its public gateway, if attached.</param>
/// <param name="RoutingTableId">The id of its routing table, if known.</param>
/// <param name="ReservedIps">The subnet's reserved addresses, as the input lists them.</param>
/// <param name="ResourceGroup">The resource group.</param>
/// <param name="Location">Where the subnet was read, if from a file.</param>
public sealed record Subnet(
    string Id,
    string? Crn,
    string Name,
    string VpcId,
    string Zone,
    IpPrefix Cidr,
    string NetworkAclId,
    string? PublicGatewayId,
    string? RoutingTableId,
    ImmutableArray<ReservedIp> ReservedIps,
    ResourceGroupRef? ResourceGroup = null,
    SourceLocation? Location = null);
