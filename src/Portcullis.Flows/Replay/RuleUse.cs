using Portcullis.Core.Diagnostics;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;

namespace Portcullis.Flows.Replay;

/// <summary>How often replayed traffic used one rule.</summary>
/// <remarks>Exactly one of <see cref="Acl"/> and <see cref="Group"/> is set, the one holding <see cref="Rule"/>.</remarks>
/// <param name="Rule">The rule.</param>
/// <param name="Acl">The network ACL that holds it, for an ACL rule.</param>
/// <param name="Group">The security group that holds it, for a group rule.</param>
/// <param name="Hits">Records the rule decided (ACL: the first match, of the request or, where the target replied, of the replies; security group: every rule that allows the request).</param>
/// <param name="Evaluated">Records evaluated against the rule's layer and direction (above zero: reports list only such rules).</param>
public sealed record RuleUse(RuleCitation Rule, NetworkAcl? Acl, SecurityGroup? Group, long Hits, long Evaluated)
{
    /// <summary>A network ACL or a security group.</summary>
    public LayerKind Layer => Acl is not null ? LayerKind.NetworkAcl : LayerKind.SecurityGroup;

    /// <summary>The rule's direction.</summary>
    public TrafficDirection Direction => Rule.AclRule?.Direction ?? Rule.GroupRule!.Direction;

    /// <summary>Where the rule was read, if from a file.</summary>
    public SourceLocation? Location => Rule.Location;
}
