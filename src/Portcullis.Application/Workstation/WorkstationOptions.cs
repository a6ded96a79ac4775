using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;

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

    /// <summary>How nftables and iptables rules name their destinations: host names (the default), published addresses, or resolved ones.</summary>
    public WorkstationAddressing Addressing { get; init; } = WorkstationAddressing.Names;

    /// <summary>The file to write, or <see langword="null"/> for standard output.</summary>
    public string? Output { get; init; }
}
