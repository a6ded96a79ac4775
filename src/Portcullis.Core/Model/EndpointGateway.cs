using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A virtual private endpoint (VPE) gateway: reserved addresses in subnets through which a service is reached.</summary>
/// <param name="Id">The gateway's id.</param>
/// <param name="Crn">The gateway's CRN, if known.</param>
/// <param name="Name">The gateway's name.</param>
/// <param name="VpcId">The id of its VPC.</param>
/// <param name="Ips">Its reserved addresses (the subnet of each is found by address).</param>
/// <param name="SecurityGroupIds">The groups it lists.</param>
/// <param name="Target">What it leads to (a service CRN or name), if known.</param>
/// <param name="ResourceGroup">The resource group.</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record EndpointGateway(
    string Id,
    string? Crn,
    string Name,
    string VpcId,
    ImmutableArray<ReservedIp> Ips,
    ImmutableArray<string> SecurityGroupIds,
    string? Target = null,
    ResourceGroupRef? ResourceGroup = null,
    SourceLocation? Location = null);
