namespace Portcullis.Cluster.Requirements;

/// <summary>The VPC firewall layers a requirement concerns.</summary>
[Flags]
public enum FirewallLayers
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The subnets' network ACLs (stateless: replies are checked too).</summary>
    Acl = 1,

    /// <summary>The workers' security groups (stateful).</summary>
    SecurityGroup = 2,
}
