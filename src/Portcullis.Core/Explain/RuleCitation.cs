using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>A rule named in an explanation (and in checks and findings): a network ACL rule or a security group rule.</summary>
/// <remarks>Exactly one of <see cref="AclRule"/> and <see cref="GroupRule"/> is set.</remarks>
/// <param name="AclRule">The network ACL rule.</param>
/// <param name="GroupRule">The security group rule.</param>
/// <param name="Vpc">The VPC of the rule (it resolves a group rule's remote group to its members).</param>
public sealed record RuleCitation(NetworkAclRule? AclRule, SecurityGroupRule? GroupRule, VpcNetwork Vpc)
{
    /// <summary>A network ACL rule.</summary>
    public static RuleCitation Of(NetworkAclRule rule, VpcNetwork vpc) => new(rule ?? throw new ArgumentNullException(nameof(rule)), null, vpc);

    /// <summary>A security group rule.</summary>
    public static RuleCitation Of(SecurityGroupRule rule, VpcNetwork vpc) => new(null, rule ?? throw new ArgumentNullException(nameof(rule)), vpc);

    /// <summary>Allow or deny (security-group rules always allow).</summary>
    public AclAction Action => AclRule?.Action ?? AclAction.Allow;

    /// <summary>The rule's place in the input, if known.</summary>
    public SourceLocation? Location => AclRule?.Location ?? GroupRule?.Location;
}
