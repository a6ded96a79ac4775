using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Policies.Layering;

/// <summary>
/// Why a connection between two addresses of a cluster's network is allowed or not, layer by layer: the VPC's
/// security groups and ACLs, and each involved cluster's Calico policies. Facts; writers word them.
/// </summary>
/// <param name="Source">The source address (a worker, a pod or an external address).</param>
/// <param name="Destination">The destination address.</param>
/// <param name="Asked">The connections asked about (everything when not narrowed).</param>
/// <param name="Vpc">The VPC layers' verdict, or <see langword="null"/> when neither end is a VPC endpoint.</param>
/// <param name="Calico">The verdicts of the clusters whose endpoints either end is, in the order given.</param>
public sealed record LayeredExplanation(IpAddress Source, IpAddress Destination, ConnectionSet Asked, VpcLayerVerdict? Vpc, ImmutableArray<CalicoLayerVerdict> Calico)
{
    /// <summary>What every layer allows together, of the asked connections.</summary>
    public ConnectionSet Allowed =>
        Calico.Aggregate(Vpc?.Allowed.Intersect(Asked) ?? Asked, (allowed, layer) => allowed.Intersect(layer.Allowed));

    /// <summary>Each layer that does not allow all of the asked connections, with what it blocks, VPC first.</summary>
    public ImmutableArray<LayerBlock> Blocks
    {
        get
        {
            var blocks = ImmutableArray.CreateBuilder<LayerBlock>();
            if (Vpc is { } vpc)
            {
                Add(blocks, LayerKind.SecurityGroups, null, vpc.SecurityGroups);
                if (vpc.Acls is { } acls)
                {
                    Add(blocks, LayerKind.Acls, null, acls);
                }
            }

            foreach (var layer in Calico)
            {
                Add(blocks, LayerKind.Calico, layer.Cluster, layer.Allowed);
            }

            return blocks.ToImmutable();
        }
    }

    private void Add(ImmutableArray<LayerBlock>.Builder blocks, LayerKind kind, string? cluster, ConnectionSet allowed)
    {
        var blocked = Asked.Except(allowed);
        if (!blocked.IsEmpty)
        {
            blocks.Add(new LayerBlock(kind, cluster, blocked));
        }
    }
}
