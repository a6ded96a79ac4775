namespace Portcullis.Core.Diagnostics;

/// <summary>How much a diagnostic matters.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something the user may want to know; the answer is complete.</summary>
    Info,

    /// <summary>Input was understood partly (an unknown protocol kept as written, a duplicate id); the answer may be incomplete.</summary>
    Warning,

    /// <summary>Input that cannot be used; no answer is given.</summary>
    Error,
}
