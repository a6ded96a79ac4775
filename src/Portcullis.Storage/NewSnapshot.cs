namespace Portcullis.Storage;

/// <summary>A configuration to keep as a snapshot of an account.</summary>
/// <param name="Account">The account (or any name that groups snapshots into one timeline).</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Name">The file name it had (used in the locations of findings).</param>
/// <param name="Content">The configuration exactly as uploaded or collected.</param>
/// <param name="Origin">Who or what made it, as far as known (a token's name, the collector's run), or <see langword="null"/>.</param>
public sealed record NewSnapshot(string Account, SnapshotSource Source, string Name, ReadOnlyMemory<byte> Content, string? Origin);
