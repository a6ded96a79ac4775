using System.Collections.Immutable;
using Portcullis.Cluster.Check;

namespace Portcullis.Cluster.Fix;

/// <summary>A table whose planned rules would take it over its rule quota, so none are planned for it.</summary>
/// <param name="Usage">The table, with the rules it would have in all (<see cref="QuotaUsage.Used"/>) and its quota.</param>
/// <param name="Added">How many rules the plan would have added.</param>
/// <param name="Aggregations">Wider rules that would stand for several of them, one per direction and shape.</param>
public sealed record RuleQuotaExceeded(QuotaUsage Usage, int Added, ImmutableArray<SuggestedAggregation> Aggregations) : FixProblem;
