namespace Portcullis.Storage;

/// <summary>A cluster requirement's status in one snapshot, as <c>cluster check</c> found it.</summary>
/// <param name="SnapshotId">The snapshot.</param>
/// <param name="Cluster">The cluster's name in the server configuration.</param>
/// <param name="Requirement">The requirement's id, such as <c>registry-vpe-outbound</c>.</param>
/// <param name="Status">Its status as the check writes it: <c>open</c>, <c>partly open</c>, <c>blocked</c> or <c>not applicable</c>.</param>
public sealed record RequirementStatusRecord(long SnapshotId, string Cluster, string Requirement, string Status);
