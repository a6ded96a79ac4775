using Portcullis.Core.Explain;

namespace Portcullis.Flows.Replay;

/// <summary>A rule that decides a replayed connection, or the absence of one (<see cref="Citation"/> null).</summary>
/// <param name="Layer">A network ACL or a security group.</param>
/// <param name="LayerName">The ACL's name, or the names of the vNIC's security groups joined by commas.</param>
/// <param name="Citation">The rule as <see cref="Portcullis.Core.Explain.TransitionalRuleText"/> cites it; null when no rule matched (the ACL's implicit deny, or no security-group rule allows).</param>
public sealed record DecidingRule(LayerKind Layer, string LayerName, string? Citation)
{
    /// <summary><c>network ACL acl-1: name: deny-ssh, ...</c> or <c>security groups sg-a,sg-b: no rule allows it</c>.</summary>
    public override string ToString()
    {
        var layer = Layer == LayerKind.NetworkAcl ? $"network ACL {LayerName}" : $"security groups {LayerName}";
        return Citation is null
            ? Layer == LayerKind.NetworkAcl ? $"{layer}: no rule matches (implicit deny)" : $"{layer}: no rule allows it"
            : $"{layer}: {Citation}";
    }
}
