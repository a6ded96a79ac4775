using Portcullis.Core.Addresses;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>A peer both analyses know: endpoints of one class in each, or a common part of their address blocks.</summary>
/// <param name="FirstPeer">The peer index in the first analysis.</param>
/// <param name="SecondPeer">The peer index in the second.</param>
/// <param name="Addresses">The common addresses, for a block.</param>
internal sealed record JointPeer(int FirstPeer, int SecondPeer, IpAddressSet? Addresses)
{
    public List<Endpoint> Endpoints { get; } = [];

    public bool IsBlock => Addresses is not null;
}
