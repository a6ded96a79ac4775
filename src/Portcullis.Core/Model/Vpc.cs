using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A virtual private cloud.</summary>
/// <param name="Id">The VPC's id.</param>
/// <param name="Crn">The VPC's CRN (transit connections refer to VPCs by it).</param>
/// <param name="Name">The VPC's name.</param>
/// <param name="Region">The region, if the input says it.</param>
/// <param name="AddressPrefixes">The address prefixes (what subnets may be carved from, and what transit gateways advertise).</param>
/// <param name="ResourceGroup">The resource group (id and name).</param>
/// <param name="DefaultNetworkAclId">The id of the default ACL, if known.</param>
/// <param name="DefaultSecurityGroupId">The id of the default security group, if known.</param>
/// <param name="Location">Where the VPC was read, if from a file.</param>
public sealed record Vpc(
    string Id,
    string Crn,
    string Name,
    string? Region,
    ImmutableArray<AddressPrefix> AddressPrefixes,
    ResourceGroupRef? ResourceGroup = null,
    string? DefaultNetworkAclId = null,
    string? DefaultSecurityGroupId = null,
    SourceLocation? Location = null);
