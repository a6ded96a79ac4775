using Portcullis.Core.Addresses;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>One side of a connection: an endpoint, or a block of addresses that belong to no endpoint.</summary>
public sealed record PolicyPeer
{
    private PolicyPeer(Endpoint? endpoint, IpAddressSet addresses)
    {
        Endpoint = endpoint;
        Addresses = addresses;
    }

    /// <summary>The endpoint, or <see langword="null"/> for an address block.</summary>
    public Endpoint? Endpoint { get; }

    /// <summary>The block's addresses, or the endpoint's (possibly none).</summary>
    public IpAddressSet Addresses { get; }

    /// <summary>Whether this is an endpoint.</summary>
    public bool IsEndpoint => Endpoint is not null;

    /// <summary>An endpoint.</summary>
    public static PolicyPeer Of(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new PolicyPeer(endpoint, endpoint.Addresses);
    }

    /// <summary>An address block.</summary>
    public static PolicyPeer Of(IpAddressSet addresses) => new(null, addresses);

    /// <summary>The endpoint's identity or the addresses.</summary>
    public override string ToString() => Endpoint?.Id.ToString() ?? Addresses.ToString();
}
