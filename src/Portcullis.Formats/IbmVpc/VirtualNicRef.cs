using System.Collections.Immutable;

namespace Portcullis.Formats.IbmVpc;

/// <summary>A virtual network interface from the top-level <c>virtual_nis</c> list, found by the attachment it serves.</summary>
/// <param name="Id">The virtual interface's id (floating IPs and security-group targets name it).</param>
/// <param name="Name">Its name.</param>
/// <param name="SecurityGroupIds">The groups it lists.</param>
internal sealed record VirtualNicRef(string Id, string? Name, ImmutableArray<string> SecurityGroupIds);
