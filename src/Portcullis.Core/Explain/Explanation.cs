using System.Collections.Immutable;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Explain;

/// <summary>The answer to an explain request: how source and destination were understood, and one explanation per pair.</summary>
/// <param name="Request">The request.</param>
/// <param name="Vpc">The VPC both sides are in, or <see langword="null"/> when the path crosses VPCs.</param>
/// <param name="Sources">The nodes the source stands for.</param>
/// <param name="Destinations">The nodes the destination stands for.</param>
/// <param name="Pairs">One explanation per source and destination (external blocks merged when alike).</param>
/// <param name="Note">A verdict for the whole request when there is no per-pair one (different VPCs without a transit gateway).</param>
public sealed record Explanation(
    ExplainRequest Request,
    VpcNetwork? Vpc,
    ImmutableArray<NetworkNode> Sources,
    ImmutableArray<NetworkNode> Destinations,
    ImmutableArray<PairExplanation> Pairs,
    ExplanationNote? Note = null);
