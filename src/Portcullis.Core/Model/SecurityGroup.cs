using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A stateful, allow-only firewall attached to interfaces, endpoint gateways and load balancers.</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Crn">The group's CRN, if known.</param>
/// <param name="Name">The group's name.</param>
/// <param name="VpcId">The id of the VPC it belongs to.</param>
/// <param name="Rules">The rules; their order has no meaning.</param>
/// <param name="TargetIds">The ids of the resources the group is attached to, as the group lists them.</param>
/// <param name="ResourceGroup">The resource group's name or id, if known.</param>
/// <param name="Location">Where the group was read, if from a file.</param>
public sealed record SecurityGroup(
    string Id,
    string? Crn,
    string Name,
    string VpcId,
    ImmutableArray<SecurityGroupRule> Rules,
    ImmutableArray<string> TargetIds,
    string? ResourceGroup = null,
    SourceLocation? Location = null);
