namespace Portcullis.Core.Lint;

/// <summary>What kind of object a lint finding names.</summary>
public enum LintSubjectKind
{
    /// <summary>A VPC.</summary>
    Vpc,

    /// <summary>A subnet.</summary>
    Subnet,

    /// <summary>A network ACL.</summary>
    NetworkAcl,

    /// <summary>One rule of a network ACL.</summary>
    NetworkAclRule,

    /// <summary>A security group.</summary>
    SecurityGroup,

    /// <summary>One rule of a security group.</summary>
    SecurityGroupRule,

    /// <summary>An endpoint: an interface, a VPE address, a load balancer, a worker node.</summary>
    Endpoint,

    /// <summary>Addresses outside the VPCs (public internet or service network).</summary>
    ExternalAddresses,

    /// <summary>A transit gateway.</summary>
    TransitGateway,
}
