using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>An instance's network interface (or virtual network interface): one address in one subnet.</summary>
/// <param name="Id">The interface's id (security-group targets and floating IPs refer to it).</param>
/// <param name="Name">The interface's name.</param>
/// <param name="Address">Its primary address.</param>
/// <param name="SubnetId">The id of its subnet.</param>
/// <param name="SecurityGroupIds">The groups the interface itself lists (targets listed by the groups are added by the engine).</param>
/// <param name="IsVirtual">Whether it is a virtual network interface of a network attachment.</param>
/// <param name="AttachmentId">For a virtual network interface, the id of the attachment that carries it.</param>
public sealed record NetworkInterface(
    string Id,
    string Name,
    IpAddress Address,
    string SubnetId,
    ImmutableArray<string> SecurityGroupIds,
    bool IsVirtual = false,
    string? AttachmentId = null);
