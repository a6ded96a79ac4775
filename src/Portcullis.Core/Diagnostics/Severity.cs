namespace Portcullis.Core.Diagnostics;

/// <summary>How much a diagnostic (or, later, a lint finding) matters; one step for each SARIF level.</summary>
/// <remarks>
/// The order is the order of importance (a printer shows errors first by sorting descending), and each value maps
/// to the SARIF <c>level</c> of the same name, lower-cased: <c>note</c>, <c>warning</c>, <c>error</c>.
/// </remarks>
public enum Severity
{
    /// <summary>Something the user may want to know (an assumption the analysis made, a part it skipped); the answer is complete. Shown with <c>--verbose</c>.</summary>
    Note,

    /// <summary>Input was understood partly (an unknown protocol kept as written, a duplicate id); the answer may be incomplete.</summary>
    Warning,

    /// <summary>Input that cannot be used; no answer is given.</summary>
    Error,
}
