using Portcullis.Core.Classification;

namespace Portcullis.Core.FlowReplay;

/// <summary>One direction of an endpoint's set of security groups, compiled: the any-match classifier over all their rules, and each rule's catalog number.</summary>
internal sealed class GroupLane(AnyMatchClassifier classifier, int[] ruleIds, int[] lanes)
{
    public AnyMatchClassifier Classifier { get; } = classifier;

    /// <summary>Catalog numbers by classifier index.</summary>
    public int[] RuleIds { get; } = ruleIds;

    /// <summary>The catalog lanes (one per group and direction) an evaluation counts against.</summary>
    public int[] Lanes { get; } = lanes;
}
