using System.Collections.Immutable;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis.Lint;

/// <summary>A lint finding about policies: a fact, worded by the writers.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Policy">The policy concerned, if any.</param>
/// <param name="Rule">The rule concerned, if any.</param>
public sealed record PolicyFinding(PolicyFindingKind Kind, PolicyFindingSeverity Severity, PolicyId? Policy = null, RuleId? Rule = null)
{
    /// <summary>The other policy of a conflict.</summary>
    public PolicyId? Other { get; init; }

    /// <summary>The direction concerned (conflicts, uncaptured endpoints).</summary>
    public Direction? Direction { get; init; }

    /// <summary>For an empty rule, whether its source side selects nothing.</summary>
    public bool NoSource { get; init; }

    /// <summary>For an empty rule, whether its destination side selects nothing.</summary>
    public bool NoDestination { get; init; }

    /// <summary>The endpoints concerned (uncaptured ones).</summary>
    public ImmutableArray<EndpointId> Endpoints { get; init; } = [];
}
