namespace Portcullis.Cluster.Check;

/// <summary>Why a requirement has nothing to check.</summary>
public enum NotApplicableKind
{
    /// <summary>Its connection does not resolve (a parameter such as the master's port is unknown).</summary>
    ConnectionUnresolved,

    /// <summary>The control-plane CIDRs of the cluster's region are not known.</summary>
    ControlPlaneUnknown,

    /// <summary>The VPC configuration has no VPE gateway of the cluster's master.</summary>
    NoMasterVpe,

    /// <summary>The VPC configuration lists no address prefixes of the cluster's VPC.</summary>
    NoVpcPrefixes,

    /// <summary>The cluster description gives no pod subnet.</summary>
    NoPodSubnet,

    /// <summary>The peer is empty for another reason.</summary>
    NoPeer,
}
