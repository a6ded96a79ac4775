using System.Collections.Immutable;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Description;

/// <summary>What the admin states instead of what Portcullis would derive.</summary>
/// <param name="Era">The requirements catalog to use, instead of the one the Kubernetes version selects.</param>
/// <param name="Metro">The metro whose control-plane CIDRs apply (<c>dal</c>, <c>wdc</c>, <c>fra</c> ...), instead of the region's.</param>
/// <param name="ControlPlaneCidrs">The control-plane CIDRs, instead of the metro's published list.</param>
/// <param name="Waive">Requirement ids not to check (for example a layer the admin deliberately leaves to Calico).</param>
public sealed record ClusterOverrides(
    DocumentationEra? Era = null,
    string? Metro = null,
    ImmutableArray<IpPrefix> ControlPlaneCidrs = default,
    ImmutableArray<string> Waive = default)
{
    /// <summary>No override.</summary>
    public static ClusterOverrides None { get; } = new();
}
