namespace Portcullis.Cluster.Workstation;

/// <summary>Why an admin workstation must reach a host.</summary>
public enum EgressPurpose
{
    /// <summary><c>ibmcloud login</c> and the IBM Cloud API.</summary>
    IbmCloudApi,

    /// <summary>The IBM Cloud Kubernetes Service API (<c>ibmcloud ks</c>).</summary>
    KubernetesServiceApi,

    /// <summary>A region's IBM Cloud Container Registry (<c>ibmcloud cr</c>, docker push and pull; 2020: image signing).</summary>
    Registry,

    /// <summary><c>kubectl</c> to the cluster master's public cloud service endpoint.</summary>
    PublicMaster,

    /// <summary><c>kubectl</c> to the cluster master's private cloud service endpoint (from the IBM private network).</summary>
    PrivateMaster,

    /// <summary><c>calicoctl</c> to the cluster's etcd.</summary>
    Etcd,
}
