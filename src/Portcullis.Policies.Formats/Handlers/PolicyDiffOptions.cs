using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Options of <c>policy diff</c>.</summary>
/// <param name="Before">The configuration before the change.</param>
/// <param name="After">The configuration after it.</param>
/// <param name="Format">The output format.</param>
/// <param name="ExitCode">Whether a difference makes the exit code 1.</param>
public sealed record PolicyDiffOptions(PolicyInput Before, PolicyInput After, PolicyDiffFormat Format, bool ExitCode = false);
