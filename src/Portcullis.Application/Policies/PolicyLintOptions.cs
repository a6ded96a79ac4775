using System.Collections.Immutable;
using Portcullis.Policies.Analysis.Lint;
using Portcullis.Policies.Formats.Lint;

namespace Portcullis.Application.Policies;

/// <summary>What <c>policy lint</c> is asked: which linters to run on which policies, and what fails the run.</summary>
public sealed record PolicyLintOptions
{
    /// <summary>What to read.</summary>
    public required PolicyInput Input { get; init; }

    /// <summary>Linter ids to run besides the default ones.</summary>
    public ImmutableArray<string> Enable { get; init; } = [];

    /// <summary>Linter ids not to run (wins over <see cref="Enable"/>).</summary>
    public ImmutableArray<string> Disable { get; init; } = [];

    /// <summary>The least severity that makes the run exit 1.</summary>
    public PolicyFindingSeverity FailOn { get; init; } = PolicyFindingSeverity.Error;

    /// <summary>The format.</summary>
    public PolicyLintFormat Format { get; init; } = PolicyLintFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
