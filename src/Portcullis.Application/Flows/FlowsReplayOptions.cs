using System.Collections.Immutable;
using Portcullis.Core.Topology;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Flows;

/// <summary>What <c>flows replay</c> is asked: which flow logs to decide against which configuration.</summary>
public sealed record FlowsReplayOptions
{
    /// <summary>The default number of example connections per changed decision.</summary>
    public const int DefaultExamples = 5;

    /// <summary>The VPC configuration files, merged.</summary>
    public required ImmutableArray<string> Configs { get; init; }

    /// <summary>Which VPCs to replay against.</summary>
    public TopologyFilter Filter { get; init; } = TopologyFilter.None;

    /// <summary>Flow-log objects, or directories searched for them.</summary>
    public required ImmutableArray<string> Flows { get; init; }

    /// <summary>Worker threads; 0 for one per core.</summary>
    public int Workers { get; init; }

    /// <summary>Example connections to show per changed decision.</summary>
    public int Examples { get; init; } = DefaultExamples;

    /// <summary>The format.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
