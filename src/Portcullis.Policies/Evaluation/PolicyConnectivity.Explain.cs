using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

public sealed partial class PolicyConnectivity
{
    /// <summary>The index of an endpoint in <see cref="Endpoints"/> by identity, or -1.</summary>
    public int IndexOf(EndpointId id)
    {
        for (var i = 0; i < Endpoints.Length; i++)
        {
            if (Endpoints[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Explains what passes from <paramref name="source"/> to <paramref name="destination"/> (narrowed to
    /// <paramref name="asked"/>): one explanation per external block an address side spans.
    /// </summary>
    public ImmutableArray<PairExplanation> Explain(PolicyPeer source, PolicyPeer destination, ConnectionSet? asked = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var query = asked ?? ConnectionSet.All;
        var result = ImmutableArray.CreateBuilder<PairExplanation>();
        foreach (var (sourcePeer, sourceView) in Resolve(source))
        {
            foreach (var (destinationPeer, destinationView) in Resolve(destination))
            {
                if (!_compiled.IsEndpointPeer(sourcePeer) && !_compiled.IsEndpointPeer(destinationPeer))
                {
                    continue;
                }

                var egress = new List<Decision>();
                var ingress = new List<Decision>();
                if (_compiled.IsEndpointPeer(sourcePeer))
                {
                    _compiled.Evaluate(sourcePeer, Direction.Egress, destinationPeer, egress);
                }

                if (_compiled.IsEndpointPeer(destinationPeer))
                {
                    _compiled.Evaluate(destinationPeer, Direction.Ingress, sourcePeer, ingress);
                }

                result.Add(new PairExplanation(
                    sourceView,
                    destinationView,
                    query,
                    Cell(sourcePeer, destinationPeer).Allowed.Intersect(query),
                    Narrow(egress, query),
                    Narrow(ingress, query)));
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<Decision> Narrow(List<Decision> decisions, ConnectionSet query) =>
        [.. decisions.Select(d => d with { Connections = d.Connections.Intersect(query) }).Where(d => !d.Connections.IsEmpty)];

    /// <summary>The peers a side stands for: an endpoint's class, or the endpoints and external blocks an address range covers.</summary>
    private IEnumerable<(int Peer, PolicyPeer View)> Resolve(PolicyPeer peer)
    {
        if (peer.Endpoint is { } endpoint)
        {
            var index = IndexOf(endpoint.Id);
            if (index >= 0)
            {
                yield return (_compiled.ClassOf[index], PolicyPeer.Of(Endpoints[index]));
            }

            yield break;
        }

        var rest = peer.Addresses;
        for (var i = 0; i < Endpoints.Length && !rest.IsEmpty; i++)
        {
            if (!Endpoints[i].Addresses.IsEmpty && Endpoints[i].Addresses.Overlaps(rest))
            {
                rest = rest.Except(Endpoints[i].Addresses);
                yield return (_compiled.ClassOf[i], PolicyPeer.Of(Endpoints[i]));
            }
        }

        for (var block = 0; block < ExternalBlocks.Length && !rest.IsEmpty; block++)
        {
            var part = ExternalBlocks[block].Intersect(rest);
            if (!part.IsEmpty)
            {
                yield return (_compiled.AddressPeer(block), PolicyPeer.Of(part));
            }
        }
    }

    /// <summary>The external block index that contains an address, or -1.</summary>
    public int BlockOf(IpAddress address)
    {
        for (var block = 0; block < ExternalBlocks.Length; block++)
        {
            if (ExternalBlocks[block].Contains(address))
            {
                return block;
            }
        }

        return -1;
    }
}
