namespace Portcullis.Core.Model;

/// <summary>What overlaying a managed configuration did to an object of the configuration beneath.</summary>
public enum OverlayAction
{
    /// <summary>The managed configuration holds the object too, and its version replaced this one.</summary>
    Replaced,

    /// <summary>The managed configuration deletes the object (a plan destroys it).</summary>
    Removed,
}
