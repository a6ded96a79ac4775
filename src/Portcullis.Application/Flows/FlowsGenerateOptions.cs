using System.Collections.Immutable;

namespace Portcullis.Application.Flows;

/// <summary>What <c>flows generate</c> is asked: how many synthetic flow-log records to write for which configuration, and where.</summary>
public sealed record FlowsGenerateOptions
{
    /// <summary>The default first capture window's start.</summary>
    public const string DefaultStart = "2025-01-06T00:00:00Z";

    /// <summary>The VPC configuration files, merged.</summary>
    public required ImmutableArray<string> Configs { get; init; }

    /// <summary>The directory to create (it must not exist, or be empty).</summary>
    public required string Output { get; init; }

    /// <summary>Records to write in all.</summary>
    public long Records { get; init; } = 100_000;

    /// <summary>Records per object.</summary>
    public int RecordsPerObject { get; init; } = 500;

    /// <summary>The random seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The first capture window's start, RFC 3339.</summary>
    public string Start { get; init; } = DefaultStart;
}
