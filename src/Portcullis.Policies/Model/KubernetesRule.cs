using System.Collections.Immutable;

namespace Portcullis.Policies.Model;

/// <summary>A Kubernetes NetworkPolicy rule: it allows traffic from (ingress) or to (egress) any of its peers on any of its ports.</summary>
public sealed record KubernetesRule : PolicyRule
{
    /// <inheritdoc />
    public override RuleAction Action => RuleAction.Allow;

    /// <summary>The peers (<c>from</c> or <c>to</c>); empty means every peer.</summary>
    public ImmutableArray<KubernetesPeer> Peers { get; init; } = [];

    /// <summary>Whether <c>from</c>/<c>to</c> was given (an empty list given means every peer too).</summary>
    public bool HasPeerList { get; init; }

    /// <summary>The ports; empty means every port and protocol.</summary>
    public ImmutableArray<KubernetesPort> Ports { get; init; } = [];
}
