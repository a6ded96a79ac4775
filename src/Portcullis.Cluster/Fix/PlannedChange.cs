using System.Collections.Immutable;

namespace Portcullis.Cluster.Fix;

/// <summary>One rule a fix adds (fixes only ever add rules, so nothing open before is closed).</summary>
/// <param name="RequirementIds">The requirements the rule is for.</param>
/// <param name="Shape">The rule's protocol and ports.</param>
public abstract record PlannedChange(ImmutableArray<string> RequirementIds, RuleShape Shape);
