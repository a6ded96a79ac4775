using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

/// <summary>
/// A configuration compiled for analysis: every reference resolved, every endpoint placed in its subnet with its
/// security groups, external space cut into blocks. Immutable; build a new one when the configuration changes.
/// </summary>
public sealed class NetworkTopology
{
    internal NetworkTopology(VpcConfiguration configuration, ImmutableArray<VpcNetwork> vpcs, ImmutableArray<TransitGatewayNetwork> transitGateways)
    {
        Configuration = configuration;
        Vpcs = vpcs;
        TransitGateways = transitGateways;
    }

    /// <summary>The configuration it was built from.</summary>
    public VpcConfiguration Configuration { get; }

    /// <summary>The analysed VPCs (those with subnets that pass the filter), in input order.</summary>
    public ImmutableArray<VpcNetwork> Vpcs { get; }

    /// <summary>The transit gateways that join at least two analysed VPCs.</summary>
    public ImmutableArray<TransitGatewayNetwork> TransitGateways { get; }

    /// <summary>Every endpoint of every analysed VPC.</summary>
    public IEnumerable<Endpoint> Endpoints => Vpcs.SelectMany(v => v.Endpoints);

    /// <summary>Every subnet of every analysed VPC.</summary>
    public IEnumerable<SubnetNode> Subnets => Vpcs.SelectMany(v => v.Subnets);

    /// <summary>
    /// Compiles a configuration. Dangling references that make the analysis impossible (a subnet's ACL, an
    /// interface's subnet, a rule's remote group) are errors; those that only lose detail are warnings.
    /// </summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="filter">Which VPCs to analyse.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <returns>The topology, or <see langword="null"/> when there were errors.</returns>
    public static NetworkTopology? Build(VpcConfiguration configuration, TopologyFilter filter, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var topology = new TopologyBuilder(configuration, filter, local).Build();
        diagnostics.AddRange(local.ToImmutable());
        return local.HasErrors ? null : topology;
    }

    /// <summary>
    /// Checks only that a configuration's references resolve, as <see cref="Build"/> does first: for a configuration read
    /// in part (some objects had errors), so that its dangling references are reported in the same run as those errors.
    /// </summary>
    /// <param name="configuration">The objects that could be read.</param>
    /// <param name="unreadable">The ids and CRNs of the objects (and of what they hold) that were in the input but could not be read: references to them are not reported.</param>
    /// <param name="diagnostics">Receives every reference that does not resolve.</param>
    public static void CheckReferences(VpcConfiguration configuration, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(unreadable);
        ArgumentNullException.ThrowIfNull(diagnostics);
        new TopologyBuilder(configuration, TopologyFilter.None, diagnostics, unreadable).ValidateReferences();
    }
}
