namespace Portcullis.Policies.Layering;

/// <summary>A firewall layer on a cluster's path.</summary>
public enum LayerKind
{
    /// <summary>The VPC security groups of the endpoints.</summary>
    SecurityGroups,

    /// <summary>The VPC network ACLs of the subnets crossed.</summary>
    Acls,

    /// <summary>A cluster's Calico and Kubernetes policies.</summary>
    Calico,
}
