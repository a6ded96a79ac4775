using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Topology;
using Portcullis.Formats.Lint;

namespace Portcullis.Application.Lint;

/// <summary>What <c>lint</c> is asked: which linters to run on which configuration, and what fails the run.</summary>
public sealed record LintOptions
{
    /// <summary>The VPC configuration files, merged.</summary>
    public required ImmutableArray<string> Configs { get; init; }

    /// <summary>Which VPCs to check.</summary>
    public TopologyFilter Filter { get; init; } = TopologyFilter.None;

    /// <summary>Linters to run besides those on by default.</summary>
    public ImmutableArray<string> Enable { get; init; } = [];

    /// <summary>Linters not to run (wins over <see cref="Enable"/>).</summary>
    public ImmutableArray<string> Disable { get; init; } = [];

    /// <summary>In text, whether to show every finding rather than the first few of each linter.</summary>
    public bool PrintAll { get; init; }

    /// <summary>The least severity that makes the run exit 1, or <see langword="null"/> for never.</summary>
    public Severity? FailOn { get; init; } = Severity.Error;

    /// <summary>The format.</summary>
    public LintFormat Format { get; init; } = LintFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
