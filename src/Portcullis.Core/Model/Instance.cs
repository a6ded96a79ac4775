using System.Collections.Immutable;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A virtual server instance and its network interfaces.</summary>
/// <param name="Id">The instance's id.</param>
/// <param name="Crn">The instance's CRN, if known.</param>
/// <param name="Name">The instance's name.</param>
/// <param name="VpcId">The id of its VPC.</param>
/// <param name="Zone">Its zone.</param>
/// <param name="Interfaces">Its network interfaces, or the virtual network interfaces of its network attachments.</param>
/// <param name="ResourceGroup">The resource group.</param>
/// <param name="Location">Where the instance was read, if from a file.</param>
public sealed record Instance(
    string Id,
    string? Crn,
    string Name,
    string VpcId,
    string Zone,
    ImmutableArray<NetworkInterface> Interfaces,
    ResourceGroupRef? ResourceGroup = null,
    SourceLocation? Location = null);
