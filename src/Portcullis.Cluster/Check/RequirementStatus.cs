namespace Portcullis.Cluster.Check;

/// <summary>Whether the firewalls let a requirement's traffic through.</summary>
public enum RequirementStatus
{
    /// <summary>All of it, for every worker and every peer (TCP replies included).</summary>
    Open,

    /// <summary>Some of it: some ports, some peers or some workers are blocked.</summary>
    PartlyOpen,

    /// <summary>None of it.</summary>
    Blocked,

    /// <summary>Nothing to check: the peer does not exist in this VPC or a parameter is unknown.</summary>
    NotApplicable,
}
