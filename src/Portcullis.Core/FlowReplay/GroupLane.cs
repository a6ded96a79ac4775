using Portcullis.Core.Classification;

namespace Portcullis.Core.FlowReplay;

/// <summary>One direction of one security group, compiled: the any-match classifier over its rules, and each rule's catalog number.</summary>
internal sealed class GroupLane(AnyMatchClassifier classifier, int[] ruleIds)
{
    public AnyMatchClassifier Classifier { get; } = classifier;

    /// <summary>Catalog numbers by classifier index.</summary>
    public int[] RuleIds { get; } = ruleIds;
}
