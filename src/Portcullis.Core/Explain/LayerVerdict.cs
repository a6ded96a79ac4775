using System.Collections.Immutable;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Explain;

/// <summary>One firewall table's verdict on a connection, with the rules that make it.</summary>
/// <remarks>Exactly one of <see cref="Acl"/> and <see cref="SecurityGroup"/> is set.</remarks>
/// <param name="Acl">The network ACL.</param>
/// <param name="SecurityGroup">The security group.</param>
/// <param name="Effect">What it does to the connection.</param>
/// <param name="Allowed">What the table allows between the two addresses (whatever was asked).</param>
/// <param name="Rules">The rules that decide, in priority order for ACLs.</param>
public sealed record LayerVerdict(NetworkAcl? Acl, SecurityGroup? SecurityGroup, LayerEffect Effect, ConnectionSet Allowed, ImmutableArray<RuleCitation> Rules)
{
    /// <summary>Security group or network ACL.</summary>
    public LayerKind Kind => Acl is null ? LayerKind.SecurityGroup : LayerKind.NetworkAcl;

    /// <summary>The table's name.</summary>
    public string Name => Acl?.Name ?? SecurityGroup!.Name;

    /// <summary>Whether any rule allows part of the connection.</summary>
    public bool HasAllowRules => Rules.Any(r => r.Action == AclAction.Allow);
}
