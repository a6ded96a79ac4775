using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Replay;

/// <summary>One direction of a network ACL, compiled: the first-match classifier, and for each rule position its catalog number and action.</summary>
internal sealed class AclLane(FirstMatchClassifier classifier, int[] ruleIds, bool[] allows)
{
    public FirstMatchClassifier Classifier { get; } = classifier;

    /// <summary>Catalog numbers by rule position.</summary>
    public int[] RuleIds { get; } = ruleIds;

    /// <summary>Whether the rule at each position allows.</summary>
    public bool[] Allows { get; } = allows;
}
