using Portcullis.Policies.Formats.Diff;

namespace Portcullis.Application.Policies;

/// <summary>What <c>policy diff</c> is asked: the policies before and after a change.</summary>
public sealed record PolicyDiffOptions
{
    /// <summary>The configuration before the change.</summary>
    public required PolicyInput Before { get; init; }

    /// <summary>The configuration after it.</summary>
    public required PolicyInput After { get; init; }

    /// <summary>Whether a difference makes the run exit 1.</summary>
    public bool ExitCode { get; init; }

    /// <summary>The format.</summary>
    public PolicyDiffFormat Format { get; init; } = PolicyDiffFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
