namespace Portcullis.Cluster.Check;

/// <summary>A remark on how a cluster was bound to its VPC configuration.</summary>
/// <param name="Kind">Where the checked workers come from.</param>
/// <param name="ClusterId">The cluster's id.</param>
/// <param name="Workers">How many workers were taken from the description (for <see cref="BindingNoteKind.WorkersFromDescription"/>).</param>
public sealed record BindingNote(BindingNoteKind Kind, string ClusterId, int Workers = 0);
