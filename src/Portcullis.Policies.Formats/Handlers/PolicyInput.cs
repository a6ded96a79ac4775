namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Where a policy command reads from: policy files and directories, and resource files (pods, workloads, endpoints, namespaces).</summary>
/// <param name="Policies">Policy files or directories (what <c>kubectl get networkpolicy -o yaml</c> and <c>calicoctl get ... -o yaml</c> print).</param>
/// <param name="Resources">Resource files or directories (pods, workloads, WorkloadEndpoints, HostEndpoints, namespaces, nodes).</param>
/// <param name="Nca">Whether to evaluate with NCA's simplifications instead of Calico's behaviour.</param>
public sealed record PolicyInput(IReadOnlyList<string> Policies, IReadOnlyList<string> Resources, bool Nca = false);
