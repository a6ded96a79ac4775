using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Analysis;

/// <summary>
/// Two analyses put side by side: the endpoints both have (by identity), grouped by their class in each, and the
/// external address blocks of each cut into their common parts; every joint cell compares like with like.
/// </summary>
internal sealed class ConnectivityAlignment
{
    public ConnectivityAlignment(PolicyConnectivity first, PolicyConnectivity second, Func<Endpoint, bool>? include = null)
    {
        First = first;
        Second = second;
        var secondIndex = new Dictionary<EndpointId, int>();
        for (var i = 0; i < second.Endpoints.Length; i++)
        {
            secondIndex.TryAdd(second.Endpoints[i].Id, i);
        }

        var groups = new Dictionary<(int, int), JointPeer>();
        for (var i = 0; i < first.Endpoints.Length; i++)
        {
            var endpoint = first.Endpoints[i];
            if ((include is not null && !include(endpoint)) || !secondIndex.TryGetValue(endpoint.Id, out var j))
            {
                continue;
            }

            var key = (first.EndpointClassOf(i), second.EndpointClassOf(j));
            if (!groups.TryGetValue(key, out var peer))
            {
                groups[key] = peer = new JointPeer(first.Compiled.ClassOf[i], second.Compiled.ClassOf[j], null);
            }

            peer.Endpoints.Add(endpoint);
        }

        Endpoints = [.. groups.Values];
        var blocks = new List<JointPeer>();
        for (var a = 0; a < first.ExternalBlocks.Length; a++)
        {
            for (var b = 0; b < second.ExternalBlocks.Length; b++)
            {
                var part = first.ExternalBlocks[a].Intersect(second.ExternalBlocks[b]);
                if (!part.IsEmpty)
                {
                    blocks.Add(new JointPeer(first.Compiled.AddressPeer(a), second.Compiled.AddressPeer(b), part));
                }
            }
        }

        Blocks = blocks;
    }

    public PolicyConnectivity First { get; }

    public PolicyConnectivity Second { get; }

    public IReadOnlyList<JointPeer> Endpoints { get; }

    public IReadOnlyList<JointPeer> Blocks { get; }

    /// <summary>Every ordered pair of joint peers but block to block.</summary>
    public IEnumerable<(JointPeer Source, JointPeer Destination)> Pairs()
    {
        foreach (var source in Endpoints)
        {
            foreach (var destination in Endpoints)
            {
                yield return (source, destination);
            }

            foreach (var block in Blocks)
            {
                yield return (source, block);
            }
        }

        foreach (var block in Blocks)
        {
            foreach (var destination in Endpoints)
            {
                yield return (block, destination);
            }
        }
    }
}
