namespace Portcullis.Core.Diff;

/// <summary>How a pair's connection differs between two configurations.</summary>
public enum DiffKind
{
    /// <summary>Allowed after, not before.</summary>
    Added,

    /// <summary>Allowed before, not after.</summary>
    Removed,

    /// <summary>Allowed in both, but not the same (including only its TCP replies).</summary>
    Changed,
}
