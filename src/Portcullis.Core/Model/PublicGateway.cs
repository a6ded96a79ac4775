using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Core.Model;

/// <summary>A zone's public gateway: outbound public internet access (source NAT) for the subnets attached to it.</summary>
/// <param name="Id">The gateway's id.</param>
/// <param name="Crn">The gateway's CRN, if known.</param>
/// <param name="Name">Its name.</param>
/// <param name="VpcId">The id of its VPC.</param>
/// <param name="Zone">Its zone.</param>
/// <param name="FloatingIpAddress">The public address its traffic leaves from, if known (what other services allowlist).</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record PublicGateway(string Id, string? Crn, string Name, string VpcId, string Zone, IpAddress? FloatingIpAddress, SourceLocation? Location = null);
