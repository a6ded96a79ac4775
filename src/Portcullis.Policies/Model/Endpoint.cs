using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Policies.Model;

/// <summary>
/// A policy endpoint: a pod, a Calico WorkloadEndpoint, or a Calico HostEndpoint (an interface of a node, whose
/// policies police traffic to and from the node itself).
/// </summary>
/// <remarks>
/// <see cref="Addresses"/> may be empty: then no <c>nets</c> or <c>ipBlock</c> criterion matches the endpoint (it
/// is known by labels only). <see cref="Labels"/> are the resource's own labels; profiles' <c>labelsToApply</c> and
/// Calico's implicit labels are added by the evaluation.
/// </remarks>
public sealed record Endpoint
{
    /// <summary>The kind.</summary>
    public required EndpointKind Kind { get; init; }

    /// <summary>The name (a WorkloadEndpoint's pod name).</summary>
    public required string Name { get; init; }

    /// <summary>The namespace; <see langword="null"/> for host endpoints.</summary>
    public string? Namespace { get; init; }

    /// <summary>The labels.</summary>
    public Labels Labels { get; init; } = Labels.Empty;

    /// <summary>The owning workload, if any.</summary>
    public WorkloadOwner? Owner { get; init; }

    /// <summary>The service account (pods; <c>default</c> when unset).</summary>
    public string? ServiceAccount { get; init; }

    /// <summary>The named ports.</summary>
    public ImmutableArray<NamedPort> NamedPorts { get; init; } = [];

    /// <summary>The Calico profiles, in order.</summary>
    public ImmutableArray<string> Profiles { get; init; } = [];

    /// <summary>The endpoint's addresses (pod IPs, a host endpoint's expected IPs); may be empty.</summary>
    public IpAddressSet Addresses { get; init; }

    /// <summary>The node the endpoint is on (a pod's <c>nodeName</c>, a host endpoint's <c>node</c>), if known.</summary>
    public string? Node { get; init; }

    /// <summary>A host endpoint's interface name, if given.</summary>
    public string? InterfaceName { get; init; }

    /// <summary>Where the endpoint was read from.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Whether this is a host endpoint.</summary>
    public bool IsHost => Kind == EndpointKind.HostEndpoint;

    /// <summary>The identity across configurations.</summary>
    public EndpointId Id => new(IsHost, Namespace ?? "", Name);
}
