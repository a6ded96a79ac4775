namespace Portcullis.Cluster.Allowlist;

/// <summary>Which traffic another service's firewall must admit.</summary>
public enum AllowlistDirection
{
    /// <summary>Traffic from the cluster to the service: it leaves through the public gateways, so their floating IPs are allowed as sources.</summary>
    FromCluster,

    /// <summary>Traffic from the service to the cluster: the worker subnets (or the workers' IPs) are allowed as destinations.</summary>
    ToCluster,
}
