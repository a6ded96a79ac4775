namespace Portcullis.Application.Cluster;

/// <summary>What <c>cluster isolate</c> is asked: the cluster, and which optional parts of IBM's set to add.</summary>
public sealed record ClusterIsolateOptions
{
    /// <summary>The cluster description file.</summary>
    public required string Description { get; init; }

    /// <summary>Whether to write private host endpoints for the description's workers (where the platform does not create them).</summary>
    public bool HostEndpoints { get; init; }

    /// <summary>Whether to add the optional private-services policies (registry, monitoring, logging).</summary>
    public bool IncludePrivateServices { get; init; }

    /// <summary>Whether to add the optional VRRP policy.</summary>
    public bool IncludeVrrp { get; init; }

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
