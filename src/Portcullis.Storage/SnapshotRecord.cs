namespace Portcullis.Storage;

/// <summary>A stored snapshot: one configuration of an account at a time, its content kept once by hash.</summary>
/// <param name="Id">The snapshot's number, increasing with time.</param>
/// <param name="Account">The account whose timeline it is on.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Name">The file name it had.</param>
/// <param name="ContentHash">The SHA-256 of the content, in lower-case hexadecimal.</param>
/// <param name="Size">The content's size in bytes.</param>
/// <param name="CreatedAt">When it was first stored.</param>
/// <param name="LastSeenAt">When the same content was last uploaded or collected for the account.</param>
/// <param name="Origin">Who or what made it, or <see langword="null"/>.</param>
/// <param name="Evaluated">Whether drift, cluster checks and lint have been run on it.</param>
public sealed record SnapshotRecord(
    long Id, string Account, SnapshotSource Source, string Name, string ContentHash, long Size, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? Origin, bool Evaluated);
