using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Policies.Evaluation;

/// <summary>A Felix failsafe port: traffic to (inbound) or from (outbound) a host endpoint on it is allowed whatever the policy says.</summary>
/// <param name="Protocol">The protocol (TCP 6, UDP 17, SCTP 132).</param>
/// <param name="Port">The destination port.</param>
/// <param name="Net">The remote addresses it is limited to, or <see langword="null"/> for all.</param>
public sealed record FailsafePort(int Protocol, int Port, IpPrefix? Net = null)
{
    /// <summary>Felix's default <c>FailsafeInboundHostPorts</c>: tcp 22, udp 68, tcp 179, 2379, 2380, 5473, 6443, 6666, 6667.</summary>
    public static IReadOnlyList<FailsafePort> DefaultInbound { get; } =
    [
        new(IpProtocols.Tcp, 22), new(IpProtocols.Udp, 68), new(IpProtocols.Tcp, 179), new(IpProtocols.Tcp, 2379), new(IpProtocols.Tcp, 2380),
        new(IpProtocols.Tcp, 5473), new(IpProtocols.Tcp, 6443), new(IpProtocols.Tcp, 6666), new(IpProtocols.Tcp, 6667),
    ];

    /// <summary>Felix's default <c>FailsafeOutboundHostPorts</c>: udp 53, udp 67, tcp 179, 2379, 2380, 5473, 6443, 6666, 6667.</summary>
    public static IReadOnlyList<FailsafePort> DefaultOutbound { get; } =
    [
        new(IpProtocols.Udp, 53), new(IpProtocols.Udp, 67), new(IpProtocols.Tcp, 179), new(IpProtocols.Tcp, 2379), new(IpProtocols.Tcp, 2380),
        new(IpProtocols.Tcp, 5473), new(IpProtocols.Tcp, 6443), new(IpProtocols.Tcp, 6666), new(IpProtocols.Tcp, 6667),
    ];

    /// <summary>The packets the port lets through.</summary>
    public ConnectionSet Connections => ConnectionSet.Ports(Protocol, ConnectionSet.MinPort, ConnectionSet.MaxPort, Port, Port);
}
