namespace Portcullis.Core.Lint;

/// <summary>How much a lint finding matters, in increasing order (the order <c>--fail-on</c> compares by).</summary>
public enum LintSeverity
{
    /// <summary>Worth knowing or cleaning up; the firewalls still do what they seem to (a redundant rule, an unused table).</summary>
    Note,

    /// <summary>Likely not what was meant: the firewalls behave differently from how they read, or a limit is close.</summary>
    Warning,

    /// <summary>A security or operational problem: an administrative port open to the internet, a deny that never applies, a quota exceeded.</summary>
    Error,
}
