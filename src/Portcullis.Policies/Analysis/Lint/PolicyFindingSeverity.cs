namespace Portcullis.Policies.Analysis.Lint;

/// <summary>How much a finding matters.</summary>
public enum PolicyFindingSeverity
{
    /// <summary>For information.</summary>
    Note,

    /// <summary>Likely a mistake.</summary>
    Warning,

    /// <summary>The configuration's meaning is undefined.</summary>
    Error,
}
