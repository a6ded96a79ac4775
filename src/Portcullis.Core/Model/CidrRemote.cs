using Portcullis.Core.Addresses;

namespace Portcullis.Core.Model;

/// <summary>A remote given as a CIDR block or a single address.</summary>
/// <param name="Prefix">The block; an address is a /32.</param>
/// <param name="IsAddress">Whether the API wrote it as <c>address</c> rather than <c>cidr_block</c>.</param>
public sealed record CidrRemote(IpPrefix Prefix, bool IsAddress = false) : RuleRemote
{
    /// <summary>The block as written.</summary>
    public override string ToString() => IsAddress ? Prefix.First.ToString() : Prefix.ToString();
}
