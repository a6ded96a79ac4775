using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Lint;

/// <summary>
/// One check over a compiled configuration, such as "network ACL rules shadowed by higher priority rules". A
/// linter has a stable name (what <c>--enable</c>, <c>--disable</c> and SARIF <c>ruleId</c> use), says whether it
/// runs by default, and turns a <see cref="LintContext"/> into findings.
/// </summary>
public abstract class Linter
{
    /// <summary>Describes the linter.</summary>
    /// <param name="name">The stable, lower-case name.</param>
    /// <param name="title">A short title for the findings (a heading).</param>
    /// <param name="description">What it checks and why it matters, in a few sentences.</param>
    /// <param name="severity">The severity of its usual finding (some findings may be more or less severe).</param>
    /// <param name="enabledByDefault">Whether it runs without <c>--enable</c>.</param>
    protected Linter(string name, string title, string description, Severity severity, bool enabledByDefault = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Title = title;
        Description = description;
        Severity = severity;
        EnabledByDefault = enabledByDefault;
    }

    /// <summary>The stable, lower-case name, such as <c>nacl-rule-shadowed</c>.</summary>
    public string Name { get; }

    /// <summary>A short title for the findings.</summary>
    public string Title { get; }

    /// <summary>What it checks and why it matters.</summary>
    public string Description { get; }

    /// <summary>The severity of its usual finding.</summary>
    public Severity Severity { get; }

    /// <summary>Whether it runs without being enabled by name.</summary>
    public bool EnabledByDefault { get; }

    /// <summary>Runs the check.</summary>
    /// <param name="context">The configuration and its analysis.</param>
    /// <returns>The findings, in any order.</returns>
    public abstract IEnumerable<LintFinding> Check(LintContext context);

    /// <inheritdoc />
    public override string ToString() => Name;
}
