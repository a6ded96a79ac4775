using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>An application or network load balancer: private addresses in its subnets, listeners, and pools of members.</summary>
/// <param name="Id">The load balancer's id.</param>
/// <param name="Crn">Its CRN, if known.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsPublic">Whether it has public addresses.</param>
/// <param name="PrivateIps">Its private addresses, one or more per subnet it sits in.</param>
/// <param name="PublicIps">Its public addresses.</param>
/// <param name="SubnetIds">The subnets it may place private addresses in.</param>
/// <param name="SecurityGroupIds">The groups it lists.</param>
/// <param name="Listeners">Its listeners.</param>
/// <param name="Pools">Its pools.</param>
/// <param name="ResourceGroup">The resource group.</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record LoadBalancer(
    string Id,
    string? Crn,
    string Name,
    bool IsPublic,
    ImmutableArray<ReservedIp> PrivateIps,
    ImmutableArray<IpAddress> PublicIps,
    ImmutableArray<string> SubnetIds,
    ImmutableArray<string> SecurityGroupIds,
    ImmutableArray<LoadBalancerListener> Listeners,
    ImmutableArray<LoadBalancerPool> Pools,
    ResourceGroupRef? ResourceGroup = null,
    SourceLocation? Location = null);
