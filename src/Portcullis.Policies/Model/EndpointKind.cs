namespace Portcullis.Policies.Model;

/// <summary>What kind of resource an endpoint is.</summary>
public enum EndpointKind
{
    /// <summary>A Kubernetes pod (or a pod a workload resource implies).</summary>
    Pod,

    /// <summary>A Calico WorkloadEndpoint.</summary>
    WorkloadEndpoint,

    /// <summary>A Calico HostEndpoint: a host's interface, policed for traffic to and from the host itself.</summary>
    HostEndpoint,
}
