namespace Portcullis.Storage;

/// <summary>How connectivity changed from an account's previous snapshot to this one (the connectivity diff, counted).</summary>
/// <param name="SnapshotId">The newer snapshot.</param>
/// <param name="PreviousSnapshotId">The snapshot before it on the same account.</param>
/// <param name="Added">Endpoint pairs with a connection they did not have.</param>
/// <param name="Removed">Endpoint pairs that lost every connection.</param>
/// <param name="Changed">Endpoint pairs whose connection changed otherwise.</param>
public sealed record DriftRecord(long SnapshotId, long PreviousSnapshotId, int Added, int Removed, int Changed)
{
    /// <summary>Whether anything changed.</summary>
    public bool HasChanges => Added + Removed + Changed > 0;
}
