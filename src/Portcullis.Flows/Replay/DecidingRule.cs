using System.Collections.Immutable;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;

namespace Portcullis.Flows.Replay;

/// <summary>A rule that decides a replayed connection, or the absence of one (<see cref="Rule"/> null) in a layer.</summary>
/// <param name="Layer">A network ACL or security groups.</param>
/// <param name="Acl">The network ACL, for <see cref="LayerKind.NetworkAcl"/>.</param>
/// <param name="Groups">
/// For <see cref="LayerKind.SecurityGroup"/>: the group that holds the rule, or when no rule allows, every group of
/// the vNIC (none when it has none); empty for an ACL.
/// </param>
/// <param name="Rule">The rule; null when no rule matched (the ACL's implicit deny, or no security-group rule allows).</param>
public sealed record DecidingRule(LayerKind Layer, NetworkAcl? Acl, ImmutableArray<SecurityGroup> Groups, RuleCitation? Rule);
