using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Model;

/// <summary>
/// A network policy in the form evaluation uses: a Kubernetes NetworkPolicy, a Calico NetworkPolicy or a Calico
/// GlobalNetworkPolicy.
/// </summary>
/// <remarks>
/// Kubernetes policies have order 1000 in the default tier, their pod selector as <see cref="Selector"/> and
/// allow-only rules. <see cref="Order"/> <see langword="null"/> is applied last. A namespaced policy selects only
/// endpoints of its namespace; a global one also selects host endpoints.
/// </remarks>
public sealed record Policy
{
    /// <summary>The order Calico gives Kubernetes NetworkPolicies.</summary>
    public const double KubernetesOrder = 1000;

    /// <summary>The identity.</summary>
    public required PolicyId Id { get; init; }

    /// <summary>The tier.</summary>
    public string Tier { get; init; } = Model.Tier.DefaultName;

    /// <summary>The order; <see langword="null"/> means last.</summary>
    public double? Order { get; init; }

    /// <summary>Which endpoints the policy applies to.</summary>
    public Selector Selector { get; init; } = Selector.All;

    /// <summary>A GlobalNetworkPolicy's namespace selector.</summary>
    public Selector? NamespaceSelector { get; init; }

    /// <summary>The service-account selector.</summary>
    public Selector? ServiceAccountSelector { get; init; }

    /// <summary>Whether the policy applies to ingress.</summary>
    public bool AppliesToIngress { get; init; }

    /// <summary>Whether the policy applies to egress.</summary>
    public bool AppliesToEgress { get; init; }

    /// <summary>The ingress rules, in order.</summary>
    public ImmutableArray<PolicyRule> IngressRules { get; init; } = [];

    /// <summary>The egress rules, in order.</summary>
    public ImmutableArray<PolicyRule> EgressRules { get; init; } = [];

    /// <summary><c>doNotTrack</c>: untracked, applied before connection tracking (host endpoints only).</summary>
    public bool DoNotTrack { get; init; }

    /// <summary><c>preDNAT</c>: applied before DNAT, ingress only (host endpoints only).</summary>
    public bool PreDnat { get; init; }

    /// <summary><c>applyOnForward</c>: also applied to traffic a host forwards.</summary>
    public bool ApplyOnForward { get; init; }

    /// <summary>The position among the policies as read (what ties of order keep when not broken by name).</summary>
    public int InputOrder { get; init; }

    /// <summary>Where the policy was read from.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>The rules of one direction.</summary>
    public ImmutableArray<PolicyRule> Rules(Direction direction) => direction == Direction.Ingress ? IngressRules : EgressRules;

    /// <summary>Whether the policy applies to the direction.</summary>
    public bool AppliesTo(Direction direction) => direction == Direction.Ingress ? AppliesToIngress : AppliesToEgress;

    /// <summary>Whether this is a Kubernetes NetworkPolicy.</summary>
    public bool IsKubernetes => Id.Kind == PolicyKind.KubernetesNetworkPolicy;

    /// <summary>The order evaluation uses: Kubernetes policies 1000, Calico ones their own.</summary>
    public double? EffectiveOrder => IsKubernetes ? KubernetesOrder : Order;
}
