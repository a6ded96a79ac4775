namespace Portcullis.Core.Explain;

/// <summary>A verdict for a whole request that has no per-pair explanation.</summary>
public enum ExplanationNote
{
    /// <summary>Source and destination are in different VPCs and no transit gateway connects them: every connection is blocked.</summary>
    DifferentVpcsWithoutTransitGateway,
}
