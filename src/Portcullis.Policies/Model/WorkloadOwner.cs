namespace Portcullis.Policies.Model;

/// <summary>The workload resource that owns a pod (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job ...).</summary>
/// <param name="Kind">The owner's kind.</param>
/// <param name="Name">The owner's name.</param>
public sealed record WorkloadOwner(string Kind, string Name);
