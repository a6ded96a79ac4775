namespace Portcullis.Cluster.Check;

/// <summary>The VPC quotas a fix must respect (IBM Cloud VPC quotas page).</summary>
public static class VpcQuotas
{
    /// <summary>Rules per network ACL, inbound and outbound together.</summary>
    public const int RulesPerAcl = 200;

    /// <summary>Rules per security group.</summary>
    public const int RulesPerSecurityGroup = 250;

    /// <summary>Security groups per network interface (and per IKS worker); not adjustable.</summary>
    public const int GroupsPerInterface = 5;
}
