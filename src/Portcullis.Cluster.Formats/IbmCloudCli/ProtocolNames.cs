namespace Portcullis.Cluster.Formats.IbmCloudCli;

/// <summary>
/// Protocol names as the target tool version spells them: <c>icmp_tcp_udp</c> for API 2025-12-09 and later, CLI
/// 16.x and Terraform provider 1.87 and later; <c>all</c> for older ones (ibm-vpc-facts.md §6.1).
/// </summary>
public static class ProtocolNames
{
    /// <summary>The API version that writes <c>icmp_tcp_udp</c>.</summary>
    public const string CurrentApiVersion = "2025-12-09";

    /// <summary>The last API version that writes <c>all</c>.</summary>
    public const string LegacyApiVersion = "2025-12-08";

    /// <summary>The name to write for an API protocol name.</summary>
    /// <remarks>
    /// Older tools know neither <c>icmp_tcp_udp</c> nor <c>any</c> (the SDKs before the change fail on <c>any</c>), so
    /// in legacy form both are written <c>all</c>, the widest protocol they have: for <c>any</c> that leaves out
    /// protocols other than ICMP, TCP and UDP, which such rules could never allow.
    /// </remarks>
    public static string For(string protocol, bool legacy) => legacy && protocol is "icmp_tcp_udp" or "any" ? "all" : protocol;
}
