using System.Collections.Immutable;

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
