using Portcullis.Policies.Formats.Explain;

namespace Portcullis.Policies.Formats.Handlers;

/// <summary>Options of <c>policy explain</c>.</summary>
/// <param name="Input">What to read.</param>
/// <param name="Source">The source: <c>namespace/pod</c>, <c>namespace/workload</c>, a host endpoint's name, an IP address or a CIDR.</param>
/// <param name="Destination">The destination, likewise.</param>
/// <param name="Protocol">A protocol name (tcp, udp, sctp, icmp, icmpv6) or number, or null for every protocol.</param>
/// <param name="Ports">Destination ports (<c>N</c> or <c>N-M</c>) for TCP, UDP or SCTP.</param>
/// <param name="IcmpType">An ICMP type.</param>
/// <param name="IcmpCode">An ICMP code (with a type).</param>
/// <param name="Format">The output format.</param>
public sealed record PolicyExplainOptions(PolicyInput Input, string Source, string Destination, string? Protocol, string? Ports, int? IcmpType, int? IcmpCode, PolicyExplainFormat Format);
