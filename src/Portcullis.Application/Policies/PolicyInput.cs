using System.Collections.Immutable;

namespace Portcullis.Application.Policies;

/// <summary>Where a policy command reads from: policy files and directories, and resource files (pods, workloads, endpoints, namespaces).</summary>
public sealed record PolicyInput
{
    /// <summary>Policy files or directories (what <c>kubectl get networkpolicy -o yaml</c> and <c>calicoctl get ... -o yaml</c> print).</summary>
    public required ImmutableArray<string> Policies { get; init; }

    /// <summary>Resource files or directories (pods, workloads, WorkloadEndpoints, HostEndpoints, namespaces, nodes).</summary>
    public ImmutableArray<string> Resources { get; init; } = [];

    /// <summary>Whether to evaluate with NCA's simplifications instead of Calico's behaviour.</summary>
    public bool Nca { get; init; }

    /// <summary>Every path read, which an output file must not replace.</summary>
    public IEnumerable<string> Paths => Policies.Concat(Resources);
}
