using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>What an endpoint class's traffic in one direction goes through: failsafe ports, stages of tiers of policies, then profiles or the default.</summary>
internal sealed class Pipeline
{
    public required bool IsHost { get; init; }

    /// <summary>Whether a policy selects the endpoint in this direction.</summary>
    public required bool Captured { get; init; }

    public required ImmutableArray<FailsafePort> Failsafe { get; init; }

    public required ImmutableArray<PipelineStage> Stages { get; init; }

    /// <summary>The profiles to evaluate after policy, or <see langword="null"/> for the plain default (workloads allow, host endpoints deny).</summary>
    public ImmutableArray<PipelineProfile>? Profiles { get; init; }
}

/// <summary>A stage of a pipeline: its tiers of policies, and whether unmatched traffic ends there (normal policy) or goes on (untracked, pre-DNAT).</summary>
/// <param name="Kind">The stage.</param>
/// <param name="EndOfTierDecides">Whether a tier's default action applies to what its policies leave undecided.</param>
/// <param name="Tiers">The tiers with the policies that select the endpoint, in order.</param>
internal sealed record PipelineStage(EnforcementStage Kind, bool EndOfTierDecides, ImmutableArray<(Tier Tier, ImmutableArray<CompiledPolicy> Policies)> Tiers);

/// <summary>A profile of an endpoint: its compiled rules, or allow-all for Calico's generated namespace profile.</summary>
/// <param name="Name">The profile name.</param>
/// <param name="Rules">The compiled rules of the direction.</param>
/// <param name="AllowsAll">Whether this is Calico's generated <c>kns.*</c> profile (not in the configuration): allow everything.</param>
internal sealed record PipelineProfile(string Name, ImmutableArray<CompiledRule> Rules, bool AllowsAll);
