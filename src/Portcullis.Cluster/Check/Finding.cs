namespace Portcullis.Cluster.Check;

/// <summary>A check finding beside the requirements' statuses: one of the sealed records deriving from this one.</summary>
public abstract record Finding
{
    /// <summary>What kind of finding.</summary>
    public abstract FindingKind Kind { get; }
}
