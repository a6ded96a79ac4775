namespace Portcullis.Storage;

/// <summary>Which snapshots to list, newest first.</summary>
/// <param name="Account">Only this account's, or <see langword="null"/> for all.</param>
/// <param name="BeforeId">Only those older than this id (the next page), or <see langword="null"/>.</param>
/// <param name="Limit">At most this many.</param>
public sealed record SnapshotQuery(string? Account = null, long? BeforeId = null, int Limit = 50);
