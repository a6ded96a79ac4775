using Portcullis.Cluster.Requirements;

namespace Portcullis.Application.Workstation;

/// <summary>What <c>workstation</c> is asked: the egress an admin workstation needs for a cluster.</summary>
public sealed record WorkstationOptions
{
    /// <summary>The cluster description file.</summary>
    public required string Description { get; init; }

    /// <summary>The era instead of the one the description states or its version selects.</summary>
    public DocumentationEra? Era { get; init; }

    /// <summary>The format.</summary>
    public WorkstationFormat Format { get; init; } = WorkstationFormat.Txt;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
