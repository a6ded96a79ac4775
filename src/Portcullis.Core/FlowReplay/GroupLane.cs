using Portcullis.Core.Classification;

namespace Portcullis.Core.FlowReplay;

/// <summary>One direction of one security group, compiled: the any-match classifier over its rules, each rule's catalog number, and its lane.</summary>
internal sealed class GroupLane(AnyMatchClassifier classifier, int[] ruleIds, int lane)
{
    public AnyMatchClassifier Classifier { get; } = classifier;

    /// <summary>Catalog numbers by classifier index.</summary>
    public int[] RuleIds { get; } = ruleIds;

    /// <summary>The lane's number in the catalog.</summary>
    public int Lane { get; } = lane;
}
