using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>Why a request cannot be explained.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Side">The side of the request it concerns, if one.</param>
/// <param name="Text">What the user wrote for that side (or for the source, when both are concerned).</param>
public sealed record ExplainProblem(ExplainProblemKind Kind, ExplainSide? Side, string Text)
{
    /// <summary>For <see cref="ExplainProblemKind.BothExternal"/> and <see cref="ExplainProblemKind.SeveralVpcs"/>: what the user wrote for the destination.</summary>
    public string? OtherText { get; init; }

    /// <summary>For <see cref="ExplainProblemKind.Ambiguous"/>: the resources the name matches, each with its VPC.</summary>
    public ImmutableArray<(VpcNetwork Vpc, string Resource)> Candidates { get; init; } = [];

    /// <summary>For <see cref="ExplainProblemKind.SeveralVpcs"/>: the VPCs both sides are found in.</summary>
    public ImmutableArray<VpcNetwork> Vpcs { get; init; } = [];
}
