using System.Collections.Immutable;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// The choices where analyzers of Calico policy differ: Calico's own behaviour (<see cref="Calico"/>, the default)
/// and the simplifications of the independent analyzer NCA (<see cref="NcaCompatible"/>), which the conformance
/// runner uses to compare numbers with it.
/// </summary>
public sealed record EvaluationSemantics
{
    /// <summary>Calico as documented: profile rules apply, Calico's implicit labels exist, host endpoints go through untracked, pre-DNAT and normal policy, ties of order break by name, Felix's default failsafe ports are open.</summary>
    public static EvaluationSemantics Calico { get; } = new();

    /// <summary>
    /// NCA's model: profiles only add labels, no implicit labels, every policy selecting a host endpoint is an ordinary
    /// policy, ties of order keep reading order, no failsafe ports.
    /// </summary>
    public static EvaluationSemantics NcaCompatible { get; } = new()
    {
        ApplyProfileRules = false,
        ImplicitCalicoLabels = false,
        HostEndpointStages = false,
        TiesByName = false,
        FailsafeInbound = [],
        FailsafeOutbound = [],
    };

    /// <summary>
    /// Whether profile rules decide what no policy decides (else workloads allow it and host endpoints deny it). An
    /// endpoint's profile that the configuration lacks is Calico's generated namespace profile: it allows everything.
    /// </summary>
    public bool ApplyProfileRules { get; init; } = true;

    /// <summary>Whether pods and workload endpoints carry <c>projectcalico.org/namespace</c>, <c>/orchestrator</c> and <c>/serviceaccount</c>, and namespaces <c>projectcalico.org/name</c>.</summary>
    public bool ImplicitCalicoLabels { get; init; } = true;

    /// <summary>
    /// Whether host endpoints' own traffic goes through untracked, then pre-DNAT, then normal policies (an allow
    /// in an earlier stage skips the later ones; only normal policies deny what nothing decides), and untracked and
    /// pre-DNAT policies are ignored for workloads. When false, all are ordinary policies.
    /// </summary>
    public bool HostEndpointStages { get; init; } = true;

    /// <summary>Whether policies of equal order are evaluated by name (Calico) rather than in reading order.</summary>
    public bool TiesByName { get; init; } = true;

    /// <summary>Whether IPv6 addresses are analysed even when no policy names one (by default only IPv4 is, as in most clusters).</summary>
    public bool AlwaysIncludeIPv6 { get; init; }

    /// <summary>The failsafe ports open into host endpoints.</summary>
    public ImmutableArray<FailsafePort> FailsafeInbound { get; init; } = [.. FailsafePort.DefaultInbound];

    /// <summary>The failsafe ports open out of host endpoints.</summary>
    public ImmutableArray<FailsafePort> FailsafeOutbound { get; init; } = [.. FailsafePort.DefaultOutbound];
}
