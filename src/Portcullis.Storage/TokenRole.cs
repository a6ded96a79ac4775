namespace Portcullis.Storage;

/// <summary>What a bearer token may do.</summary>
public enum TokenRole
{
    /// <summary>Read snapshots, ask questions, see alerts; change nothing.</summary>
    ReadOnly,

    /// <summary>Everything a read-only token may, and upload snapshots, trigger collections and manage tokens.</summary>
    Admin,
}
