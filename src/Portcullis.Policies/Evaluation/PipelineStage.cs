using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>A stage of a pipeline: its tiers of policies, and whether unmatched traffic ends there (normal policy) or goes on (untracked, pre-DNAT).</summary>
/// <param name="Kind">The stage.</param>
/// <param name="EndOfTierDecides">Whether a tier's default action applies to what its policies leave undecided.</param>
/// <param name="Tiers">The tiers with the policies that select the endpoint, in order.</param>
internal sealed record PipelineStage(EnforcementStage Kind, bool EndOfTierDecides, ImmutableArray<(Tier Tier, ImmutableArray<CompiledPolicy> Policies)> Tiers);
