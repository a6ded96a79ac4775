using Portcullis.Core.Addresses;

namespace Portcullis.Core.Analysis;

/// <summary>Peer addresses that every layer treats alike, with what the layers allow for them.</summary>
/// <param name="Peers">The addresses (one or more ranges).</param>
/// <param name="Layers">What each layer allows for every address of <paramref name="Peers"/>.</param>
public sealed record LayerSegment(IpAddressSet Peers, LayerConnections Layers);
