namespace Portcullis.Core.Explain;

/// <summary>A side of an explain request.</summary>
public enum ExplainSide
{
    /// <summary>The source (<c>--src</c>).</summary>
    Source,

    /// <summary>The destination (<c>--dst</c>).</summary>
    Destination,
}
