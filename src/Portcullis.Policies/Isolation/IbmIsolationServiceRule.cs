using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Isolation;

/// <summary>One egress allowance of the optional private-services policies: a protocol, ports and the service's nets.</summary>
/// <param name="Protocol">The IP protocol number (TCP or UDP in IBM's data).</param>
/// <param name="Ports">The destination ports.</param>
/// <param name="Nets">The destination nets, in IBM's order.</param>
public sealed record IbmIsolationServiceRule(int Protocol, ImmutableArray<PortSpec> Ports, ImmutableArray<IpPrefix> Nets);
