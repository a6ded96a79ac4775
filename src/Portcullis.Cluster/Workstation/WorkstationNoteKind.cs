namespace Portcullis.Cluster.Workstation;

/// <summary>What a workstation's egress could not state exactly.</summary>
public enum WorkstationNoteKind
{
    /// <summary>A registry region the cluster description names is not known.</summary>
    UnknownRegistryRegion,

    /// <summary>The cluster's service endpoint URL is not known, so only the master port range can be given.</summary>
    MasterEndpointUnknown,

    /// <summary>The etcd port (for calicoctl) is not known.</summary>
    EtcdPortUnknown,
}
