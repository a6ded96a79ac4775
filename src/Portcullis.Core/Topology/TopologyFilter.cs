using System.Collections.Immutable;

namespace Portcullis.Core.Topology;

/// <summary>Which VPCs (and transit gateways) to analyse. Empty lists mean no restriction.</summary>
/// <param name="Vpcs">VPC names, ids or CRNs to keep.</param>
/// <param name="Regions">Regions to keep.</param>
/// <param name="ResourceGroup">A resource group id or name to keep.</param>
public sealed record TopologyFilter(ImmutableArray<string> Vpcs, ImmutableArray<string> Regions, string? ResourceGroup)
{
    /// <summary>No restriction.</summary>
    public static TopologyFilter None { get; } = new([], [], null);
}
