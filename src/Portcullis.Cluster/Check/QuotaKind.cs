namespace Portcullis.Cluster.Check;

/// <summary>Which VPC quota a use is of.</summary>
public enum QuotaKind
{
    /// <summary>Rules of a network ACL.</summary>
    AclRules,

    /// <summary>Rules of a security group.</summary>
    GroupRules,

    /// <summary>Security groups of a worker's network interface.</summary>
    WorkerGroups,
}
