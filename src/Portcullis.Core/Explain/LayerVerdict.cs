using System.Collections.Immutable;
using Portcullis.Core.Sets;

namespace Portcullis.Core.Explain;

/// <summary>One firewall table's verdict on a connection, with the rules that make it.</summary>
/// <param name="Kind">Security group or network ACL.</param>
/// <param name="Name">The table's name.</param>
/// <param name="Effect">What it does to the connection.</param>
/// <param name="Allowed">What the table allows between the two addresses (whatever was asked).</param>
/// <param name="Rules">The rules that decide, in priority order for ACLs.</param>
public sealed record LayerVerdict(LayerKind Kind, string Name, LayerEffect Effect, ConnectionSet Allowed, ImmutableArray<RuleCitation> Rules)
{
    /// <summary>Whether any rule allows part of the connection.</summary>
    public bool HasAllowRules => Rules.Any(r => r.Action == Model.AclAction.Allow);

    /// <summary>A short summary such as <c>network ACL acl1 blocks connection</c>.</summary>
    public string Summary => (Kind, Effect) switch
    {
        (LayerKind.SecurityGroup, LayerEffect.Blocks) => $"security group {Name} does not allow connection",
        (LayerKind.SecurityGroup, LayerEffect.PartlyAllows) => $"security group {Name} partly allows connection",
        (LayerKind.SecurityGroup, _) => $"security group {Name} allows connection",
        (_, LayerEffect.Blocks) => $"network ACL {Name} blocks connection",
        (_, LayerEffect.PartlyAllows) => $"network ACL {Name} partly allows connection",
        _ => $"network ACL {Name} allows connection",
    };
}
