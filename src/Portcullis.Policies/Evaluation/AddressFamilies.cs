using Portcullis.Core.Addresses;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// The IPv4 and IPv6 address spaces as sets of one 128-bit space (IPv4 in the IPv4-mapped block), and the address
/// set a prefix stands for in a policy: an IPv6 prefix never includes the IPv4-mapped block, so <c>::/0</c> means
/// every IPv6 address and no IPv4 one.
/// </summary>
public static class AddressFamilies
{
    /// <summary>Every IPv4 address.</summary>
    public static IpAddressSet IPv4 => IpAddressSet.AllIPv4;

    /// <summary>Every IPv6 address (outside the IPv4-mapped block).</summary>
    public static IpAddressSet IPv6 { get; } = IpAddressSet.Range(new IpAddress(UInt128.Zero), new IpAddress(UInt128.MaxValue)).Except(IpAddressSet.AllIPv4);

    /// <summary>The addresses a policy prefix stands for.</summary>
    public static IpAddressSet ToSet(IpPrefix prefix) =>
        prefix.IsDefault ? IpAddressSet.Empty : prefix.IsIPv4 ? prefix.ToAddressSet() : prefix.ToAddressSet().Except(IpAddressSet.AllIPv4);

    /// <summary>The union of the addresses several prefixes stand for.</summary>
    public static IpAddressSet ToSet(IEnumerable<IpPrefix> prefixes)
    {
        var set = IpAddressSet.Empty;
        foreach (var prefix in prefixes ?? [])
        {
            set = set.Union(ToSet(prefix));
        }

        return set;
    }

    /// <summary>The addresses of one IP version (4 or 6).</summary>
    public static IpAddressSet Of(int ipVersion) => ipVersion == 6 ? IPv6 : IPv4;
}
