using Portcullis.Core.Addresses;

namespace Portcullis.Core.Topology;

/// <summary>
/// The addresses outside the VPCs that a cloud firewall analysis reports: the public internet (every routable
/// IPv4 address, without private, shared, loopback, link-local, documentation, benchmarking and multicast
/// ranges) and IBM's service network. Other addresses are not reachable from a VPC and are not nodes.
/// </summary>
public static class ExternalAddressSpace
{
    // Declared first: static fields initialise in order and the sets below are built from it.
    private static readonly string[] SpecialPurpose =
    [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
        "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3",
    ];

    /// <summary>IBM's private service network: infrastructure endpoints (161.26.0.0/16) and cloud service endpoints (166.8.0.0/14).</summary>
    public static IpAddressSet ServiceNetwork { get; } = IpAddressSet.Of(IpPrefix.Parse("161.26.0.0/16"), IpPrefix.Parse("166.8.0.0/14"));

    /// <summary>The public internet as the analysis sees it (without the service network).</summary>
    public static IpAddressSet PublicInternet { get; } = BuildPublicInternet();

    /// <summary>Both kinds together.</summary>
    public static IpAddressSet All { get; } = PublicInternet.Union(ServiceNetwork);

    /// <summary>The space of one kind.</summary>
    public static IpAddressSet Of(ExternalKind kind) => kind == ExternalKind.PublicInternet ? PublicInternet : ServiceNetwork;

    /// <summary>The addresses of the kind's space that are not in <paramref name="addresses"/>: their complement within it.</summary>
    public static IpAddressSet Complement(ExternalKind kind, IpAddressSet addresses) => Of(kind).Except(addresses);

    private static IpAddressSet BuildPublicInternet()
    {
        // The unicast space minus the special-purpose blocks of RFC 6890 (and IBM's service network).
        var excluded = IpAddressSet.Of(SpecialPurpose.Select(text => IpPrefix.Parse(text)));
        return IpAddressSet.AllIPv4.Except(excluded).Except(ServiceNetwork);
    }
}
