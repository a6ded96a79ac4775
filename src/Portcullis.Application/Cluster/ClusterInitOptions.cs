using System.Collections.Immutable;

namespace Portcullis.Application.Cluster;

/// <summary>What <c>cluster init</c> is asked: which exports to read, and where to write the cluster description.</summary>
public sealed record ClusterInitOptions
{
    /// <summary>The <see cref="Output"/> that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>Output of <c>ibmcloud ks cluster get --output json</c>, if given.</summary>
    public string? ClusterGet { get; init; }

    /// <summary>Output of <c>ibmcloud ks worker ls --output json</c>, if given.</summary>
    public string? Workers { get; init; }

    /// <summary>Outputs of <c>ibmcloud is subnets</c> or <c>ibmcloud ks subnets</c>.</summary>
    public ImmutableArray<string> Subnets { get; init; } = [];

    /// <summary>Output of <c>ibmcloud is public-gateways --output JSON</c>, if given.</summary>
    public string? PublicGateways { get; init; }

    /// <summary>The <c>cluster-info</c> ConfigMap as YAML, if given.</summary>
    public string? ClusterInfo { get; init; }

    /// <summary>VPC configuration files (the collector's output).</summary>
    public ImmutableArray<string> Configs { get; init; } = [];

    /// <summary>Which cluster of the VPC configuration (name or id), when it has several.</summary>
    public string? ClusterId { get; init; }

    /// <summary>Where to write the description, or <see cref="StandardOutput"/>.</summary>
    public string Output { get; init; } = "cluster.yaml";

    /// <summary>Whether to replace the output file if it exists.</summary>
    public bool Force { get; init; }
}
