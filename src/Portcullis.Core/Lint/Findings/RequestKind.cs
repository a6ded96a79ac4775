namespace Portcullis.Core.Lint.Findings;

/// <summary>A request/response protocol whose answers <c>one-way-request-response</c> checks.</summary>
public enum RequestKind
{
    /// <summary>DNS queries over UDP (port 53).</summary>
    DnsOverUdp,

    /// <summary>DNS queries over TCP (port 53).</summary>
    DnsOverTcp,

    /// <summary>Pings (ICMP echo request, type 8).</summary>
    Ping,
}
