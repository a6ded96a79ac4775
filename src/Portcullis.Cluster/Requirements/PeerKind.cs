namespace Portcullis.Cluster.Requirements;

/// <summary>What a requirement's peer stands for; all but <see cref="Cidrs"/> are filled from the cluster and its VPC.</summary>
public enum PeerKind
{
    /// <summary>Fixed blocks given in the catalog (<c>161.26.0.0/16</c>, <c>0.0.0.0/0</c> ...).</summary>
    Cidrs,

    /// <summary>Each worker subnet of the cluster, checked one by one.</summary>
    WorkerSubnets,

    /// <summary>Each subnet of the cluster's VPC other than the worker's own.</summary>
    VpcSubnets,

    /// <summary>The VPC's address prefixes.</summary>
    VpcPrefixes,

    /// <summary>The cluster's pod subnet.</summary>
    PodSubnet,

    /// <summary>The IBM control-plane CIDRs of the cluster's metro.</summary>
    ControlPlane,

    /// <summary>The cluster's other workers (both ends' firewalls are checked).</summary>
    Workers,

    /// <summary>The reserved IPs of the cluster master's VPE gateway (both ends' firewalls are checked).</summary>
    MasterVpe,
}
