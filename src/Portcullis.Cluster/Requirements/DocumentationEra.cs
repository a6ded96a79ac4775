namespace Portcullis.Cluster.Requirements;

/// <summary>The generation of IBM's documentation a requirements catalog follows.</summary>
public enum DocumentationEra
{
    /// <summary>The 2020 VPC firewall page and its ACL steps (clusters before 1.19).</summary>
    Vpc2020,

    /// <summary>The ACL and security-group minimums for clusters at 1.19 to 1.29.</summary>
    AclSgMinimums,

    /// <summary>Secure by Default cluster VPC networking (clusters created at 1.30 or later).</summary>
    SecureByDefault,
}
