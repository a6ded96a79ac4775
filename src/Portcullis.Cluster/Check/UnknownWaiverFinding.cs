using Portcullis.Cluster.Requirements;

namespace Portcullis.Cluster.Check;

/// <summary>A note that the cluster waives a requirement its era's catalog does not have.</summary>
/// <param name="WaivedId">The waived id.</param>
/// <param name="Era">The era of the catalog checked.</param>
public sealed record UnknownWaiverFinding(string WaivedId, DocumentationEra Era) : Finding
{
    /// <inheritdoc />
    public override FindingKind Kind => FindingKind.Note;
}
