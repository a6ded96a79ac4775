using System.Collections.Immutable;

namespace Portcullis.Application.Cluster;

/// <summary>What <c>cluster explain</c> is asked: which connections between two addresses of the clusters' network, through every layer.</summary>
public sealed record ClusterExplainOptions
{
    /// <summary>The cluster description files (one or more clusters in one VPC).</summary>
    public required ImmutableArray<string> Descriptions { get; init; }

    /// <summary>VPC configuration files instead of those the descriptions list (none: theirs).</summary>
    public ImmutableArray<string> Configs { get; init; } = [];

    /// <summary>The source address: a worker's private IP, a pod IP or an external address.</summary>
    public required string Source { get; init; }

    /// <summary>The destination address, likewise.</summary>
    public required string Destination { get; init; }

    /// <summary>A protocol name or number, or <see langword="null"/> for every protocol.</summary>
    public string? Protocol { get; init; }

    /// <summary>Destination ports (<c>N</c> or <c>N-M</c>).</summary>
    public string? Ports { get; init; }

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
