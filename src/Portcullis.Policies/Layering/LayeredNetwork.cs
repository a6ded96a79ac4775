using System.Collections.Frozen;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Analysis;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using VpcEndpoint = Portcullis.Core.Topology.Endpoint;

namespace Portcullis.Policies.Layering;

/// <summary>
/// A VPC and the clusters in it, as layers of one path: a connection between two addresses is allowed when the VPC
/// firewalls on its path (security groups, ACLs) and the policies of every cluster whose endpoint either end is
/// (Calico host-endpoint policies for workers, workload policies for pods) all allow it.
/// </summary>
/// <remarks>
/// How the path is seen: a worker is its VPC endpoint and its host endpoint (by the host endpoint's expected IPs).
/// A pod's traffic to anything but another pod leaves from its node (Calico's <c>natOutgoing</c>, as IKS sets it):
/// the VPC sees the node's address, and the destination's ingress policies see the node's address too, while the
/// pod's own egress policies see the pod. Pod-to-pod traffic is the cluster's overlay: only the policies apply.
/// Routers and forwarded-traffic (<c>applyOnForward</c>) policies of the pod's own node are not considered.
/// </remarks>
public sealed class LayeredNetwork
{
    private readonly FrozenDictionary<IpAddress, VpcEndpoint> _vpcEndpoints;

    /// <summary>Layers a VPC's analysis and the clusters' policies.</summary>
    /// <param name="vpc">The VPC firewalls' analysis.</param>
    /// <param name="clusters">The clusters' policy layers.</param>
    public LayeredNetwork(ConnectivityAnalyzer vpc, IEnumerable<CalicoLayer> clusters)
    {
        ArgumentNullException.ThrowIfNull(vpc);
        ArgumentNullException.ThrowIfNull(clusters);
        Vpc = vpc;
        Clusters = [.. clusters];
        _vpcEndpoints = vpc.Topology.Endpoints
            .GroupBy(e => e.Address)
            .ToFrozenDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The VPC firewalls' analysis.</summary>
    public ConnectivityAnalyzer Vpc { get; }

    /// <summary>The clusters' policy layers.</summary>
    public ImmutableArray<CalicoLayer> Clusters { get; }

    /// <summary>Explains the connections from <paramref name="source"/> to <paramref name="destination"/>, narrowed to <paramref name="asked"/>.</summary>
    public LayeredExplanation Explain(IpAddress source, IpAddress destination, ConnectionSet? asked = null)
    {
        var query = asked ?? ConnectionSet.All;
        var sourcePod = PodNode(source);
        var destinationPod = PodNode(destination);
        var overlay = sourcePod is not null && destinationPod is not null;

        // What the wire carries between nodes: a pod's node address, unless both ends are pods.
        var wireSource = overlay ? source : sourcePod ?? source;
        var wireDestination = overlay ? destination : destinationPod ?? destination;
        var vpc = overlay ? null : VpcVerdict(wireSource, wireDestination);

        var calico = ImmutableArray.CreateBuilder<CalicoLayerVerdict>();
        foreach (var layer in Clusters)
        {
            if (CalicoVerdict(layer, source, wireSource, destination, query) is { } verdict)
            {
                calico.Add(verdict);
            }
        }

        return new LayeredExplanation(source, destination, query, vpc, calico.ToImmutable());
    }

    /// <summary>The VPC endpoint at an address, if any.</summary>
    public VpcEndpoint? VpcEndpointAt(IpAddress address) => _vpcEndpoints.GetValueOrDefault(address);

    private VpcLayerVerdict? VpcVerdict(IpAddress source, IpAddress destination)
    {
        var from = VpcEndpointAt(source);
        var to = VpcEndpointAt(destination);
        if (from is not null && to is not null)
        {
            if (ReferenceEquals(from, to))
            {
                return null;
            }

            var layers = Vpc.EvaluateLayers(from, TrafficDirection.Outbound, to);
            return new VpcLayerVerdict(from, to, layers.Groups, layers.LocalAcl is null ? null : layers.Acls);
        }

        var (local, direction, peer) = from is not null ? (from, TrafficDirection.Outbound, destination)
            : to is not null ? (to, TrafficDirection.Inbound, source)
            : (null, TrafficDirection.Inbound, source);
        if (local is null)
        {
            return null;
        }

        // One address: one segment.
        var segment = Vpc.EvaluateLayers(local, direction, IpAddressSet.Single(peer))[0].Layers;
        return new VpcLayerVerdict(from, to, segment.LocalGroups, segment.LocalAcl);
    }

    private static CalicoLayerVerdict? CalicoVerdict(CalicoLayer layer, IpAddress source, IpAddress wireSource, IpAddress destination, ConnectionSet query)
    {
        var connectivity = layer.Connectivity;
        var direct = First(connectivity.Explain(PolicyPeer.Of(IpAddressSet.Single(source)), PolicyPeer.Of(IpAddressSet.Single(destination)), query));
        if (direct is null)
        {
            return null;
        }

        if (wireSource == source || !direct.Destination.IsEndpoint)
        {
            return new CalicoLayerVerdict(layer.Cluster, direct, connectivity.PoliciesInOrder);
        }

        // The destination's ingress policies see the node the pod's traffic leaves from.
        var wire = First(connectivity.Explain(PolicyPeer.Of(IpAddressSet.Single(wireSource)), PolicyPeer.Of(IpAddressSet.Single(destination)), query));
        var ingress = wire?.Ingress ?? [];
        var ingressAllows = wire?.IngressAllows ?? query;
        var combined = direct with
        {
            Allowed = direct.EgressAllows.Intersect(ingressAllows),
            Ingress = ingress,
        };
        return new CalicoLayerVerdict(layer.Cluster, combined, connectivity.PoliciesInOrder);
    }

    private static PairExplanation? First(ImmutableArray<PairExplanation> explanations) => explanations.IsEmpty ? null : explanations[0];

    /// <summary>The node address of the pod at <paramref name="address"/>, if a cluster has a pod there whose node it knows.</summary>
    private IpAddress? PodNode(IpAddress address)
    {
        foreach (var layer in Clusters)
        {
            var endpoints = layer.Connectivity.Endpoints;
            var pod = endpoints.FirstOrDefault(e => !e.IsHost && e.Addresses.Contains(address));
            if (pod?.Node is not { } node)
            {
                continue;
            }

            if (IpAddress.TryParse(node, out var nodeAddress))
            {
                return nodeAddress;
            }

            var host = endpoints.FirstOrDefault(e => e.IsHost && e.Node == node && !e.Addresses.IsEmpty);
            if (host is not null)
            {
                return host.Addresses.First;
            }
        }

        return null;
    }
}
