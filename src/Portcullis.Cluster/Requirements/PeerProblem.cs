namespace Portcullis.Cluster.Requirements;

/// <summary>Why a catalog's peer text does not parse, with the text at fault.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Text">The block that is not one, or the whole (trimmed) peer text; empty for <see cref="PeerProblemKind.NoBlocks"/>.</param>
public sealed record PeerProblem(PeerProblemKind Kind, string Text);
