using Portcullis.Storage;

namespace Portcullis.Server.Watching;

/// <summary>A configuration a source read.</summary>
/// <param name="Content">The configuration's bytes (the collector's JSON).</param>
/// <param name="Name">A file name for it, such as <c>prod.json</c>.</param>
/// <param name="Source">The kind of source.</param>
/// <param name="Origin">What made it, as far as the source knows (the file, the URL, the collector's run), or <see langword="null"/>.</param>
public sealed record AccountSnapshot(ReadOnlyMemory<byte> Content, string Name, SnapshotSource Source, string? Origin);
