namespace Portcullis.Probing;

/// <summary>The verdict on one target.</summary>
public enum ProbeStatus
{
    /// <summary>Every step passed, with nothing to warn about.</summary>
    Open,

    /// <summary>Every step passed, but something is not as it should be (a certificate accepted although it is not trusted).</summary>
    Degraded,

    /// <summary>A step failed: the opening is not usable from here.</summary>
    Blocked,
}
