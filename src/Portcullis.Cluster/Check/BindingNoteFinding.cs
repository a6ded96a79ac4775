namespace Portcullis.Cluster.Check;

/// <summary>A note on how the cluster was bound to its VPC configuration.</summary>
/// <param name="Note">The binding's note.</param>
public sealed record BindingNoteFinding(BindingNote Note) : Finding
{
    /// <inheritdoc />
    public override FindingKind Kind => FindingKind.Note;
}
