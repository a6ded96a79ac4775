using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Replay;

/// <summary>
/// One direction of one security group, compiled: the any-match classifier over its rules, each rule's catalog
/// number, and for rules whose group remote the classifier leaves open, the members to check the remote against.
/// </summary>
internal sealed class GroupLane(AnyMatchClassifier classifier, int[] ruleIds, MemberAddresses?[] remoteMembers)
{
    public AnyMatchClassifier Classifier { get; } = classifier;

    /// <summary>Catalog numbers by classifier index.</summary>
    public int[] RuleIds { get; } = ruleIds;

    /// <summary>By classifier index: the members the remote address must be one of, or null when the classifier checks the remote itself.</summary>
    public MemberAddresses?[] RemoteMembers { get; } = remoteMembers;
}
