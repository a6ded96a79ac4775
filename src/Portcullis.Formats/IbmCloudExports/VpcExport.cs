using System.Collections.Immutable;
using Portcullis.Core.Model;

namespace Portcullis.Formats.IbmCloudExports;

/// <summary>What one export says: its objects, or (for the prefix list) address prefixes of VPCs listed elsewhere.</summary>
/// <param name="Configuration">The objects.</param>
/// <param name="AddressPrefixes">Address prefixes, each with its VPC's id, to join the VPCs other files list.</param>
internal sealed record VpcExport(VpcConfiguration Configuration, ImmutableArray<VpcAddressPrefix> AddressPrefixes);
