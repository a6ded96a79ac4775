namespace Portcullis.Core.Explain;

/// <summary>What one firewall table does to the connection explained.</summary>
public enum LayerEffect
{
    /// <summary>It allows all of it.</summary>
    Allows,

    /// <summary>It allows part of what was asked.</summary>
    PartlyAllows,

    /// <summary>It allows none of it.</summary>
    Blocks,
}
