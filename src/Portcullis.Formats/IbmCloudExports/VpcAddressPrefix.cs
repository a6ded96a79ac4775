using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Formats.IbmCloudExports;

/// <summary>An address prefix from <c>ibmcloud is vpc-address-prefixes</c>, with the id of its VPC.</summary>
/// <param name="VpcId">The VPC's id.</param>
/// <param name="Prefix">The prefix.</param>
/// <param name="Location">Where the export has it.</param>
internal sealed record VpcAddressPrefix(string VpcId, AddressPrefix Prefix, SourceLocation Location);
