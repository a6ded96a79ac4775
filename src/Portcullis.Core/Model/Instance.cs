using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A virtual server instance, or a bare metal server, and its network interfaces.</summary>
/// <param name="Id">The instance's id.</param>
/// <param name="Crn">The instance's CRN, if known.</param>
/// <param name="Name">The instance's name.</param>
/// <param name="VpcId">The id of its VPC.</param>
/// <param name="Zone">Its zone.</param>
/// <param name="Interfaces">Its network interfaces, or the virtual network interfaces of its network attachments.</param>
/// <param name="ResourceGroup">The resource group.</param>
/// <param name="Location">Where the instance was read, if from a file.</param>
/// <param name="IsBareMetal">
/// Whether it is a bare metal server: its interfaces (PCI, VLAN and others) and the virtual network interfaces of its
/// network attachments are endpoints just as an instance's are, each with its own security groups and floating IPs.
/// </param>
public sealed record Instance(
    string Id,
    string? Crn,
    string Name,
    string VpcId,
    string Zone,
    ImmutableArray<NetworkInterface> Interfaces,
    ResourceGroupRef? ResourceGroup = null,
    SourceLocation? Location = null,
    bool IsBareMetal = false);
