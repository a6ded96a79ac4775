namespace Portcullis.Storage;

/// <summary>What saving a snapshot did.</summary>
/// <param name="Snapshot">The snapshot the content is now on the timeline as.</param>
/// <param name="Created">Whether it is new; <see langword="false"/> when the account's latest snapshot had the same content.</param>
public sealed record SnapshotSaveResult(SnapshotRecord Snapshot, bool Created);
