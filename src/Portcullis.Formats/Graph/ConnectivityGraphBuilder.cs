using System.Collections.Immutable;
using Portcullis.Core.Analysis;
using Portcullis.Core.Reports;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;
using Portcullis.Formats.Wording;

namespace Portcullis.Formats.Graph;

/// <summary>
/// Builds a <see cref="ConnectivityGraph"/>: places the nodes in clusters, then covers the report's facts with as few
/// edges as the cluster tree allows (see <see cref="EdgeCover"/>).
/// </summary>
internal sealed class ConnectivityGraphBuilder(ConnectivityLevel level)
{
    private readonly Dictionary<VpcNetwork, GraphCluster> _vpcs = [];
    private readonly Dictionary<(VpcNetwork Vpc, string Zone), GraphCluster> _zones = [];
    private readonly Dictionary<SubnetNode, GraphCluster> _subnets = [];
    private readonly Dictionary<ExternalKind, GraphCluster> _externalClusters = [];
    private readonly Dictionary<NetworkNode, GraphNode> _internal = [];
    private readonly Dictionary<string, GraphNode> _external = new(StringComparer.Ordinal);
    private readonly Dictionary<(ConnectionSet Connection, bool Blocked), HashSet<(GraphNode Source, GraphNode Destination)>> _facts = [];

    public ConnectivityGraph Build(ConnectivityReport report)
    {
        foreach (var section in report.Sections)
        {
            // A VPC's picture shows all of it, also endpoints that nothing reaches: a cluster's edge then really
            // stands for everything drawn inside the cluster.
            if (section.Scope is VpcScope vpc)
            {
                IEnumerable<NetworkNode> all = level == ConnectivityLevel.Subnets ? vpc.Vpc.Subnets : vpc.Vpc.Endpoints;
                foreach (var node in all)
                {
                    Internal(node);
                }
            }

            foreach (var row in ReportShaper.Rows(section, TextOrder.Report))
            {
                var sources = Nodes(row.Source);
                var destinations = Nodes(row.Destination);
                foreach (var source in sources)
                {
                    foreach (var destination in destinations)
                    {
                        if (!ReferenceEquals(source, destination))
                        {
                            source.InReport = destination.InReport = true;
                            Facts(row.Connection, row.ResponseBlocked).Add((source, destination));
                        }
                    }
                }
            }
        }

        var clusters = _vpcs.Values.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Concat(_externalClusters.OrderBy(p => p.Key).Select(p => p.Value))
            .ToImmutableArray();
        var nodes = new List<GraphNode>();
        var clusterCount = 0;
        foreach (var cluster in clusters)
        {
            cluster.Sort();
        }

        foreach (var cluster in GraphCluster.DepthFirst(clusters))
        {
            cluster.Id = $"c{++clusterCount}";
            nodes.AddRange(cluster.Nodes);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i].Id = $"n{i + 1}";
            var name = nodes[i].QualifiedName;
            for (var copy = 2; !names.Add(nodes[i].QualifiedName); copy++)
            {
                nodes[i].QualifiedName = $"{name} ({copy})";
            }
        }

        var connections = _facts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key.Blocked).ThenBy(p => ConnectionText.Of(p.Key.Connection), StringComparer.Ordinal)
            .Select(p => p.Key).ToImmutableArray();
        var (edges, groups) = EdgeCover.Cover([.. connections.Select(c => (c.Connection, c.Blocked, (IReadOnlySet<(GraphNode, GraphNode)>)_facts[c]))]);
        return new ConnectivityGraph(level, clusters, [.. nodes], groups, edges, connections, _facts.Values.Sum(f => f.Count));
    }

    private HashSet<(GraphNode, GraphNode)> Facts(ConnectionSet connection, bool blocked)
    {
        if (!_facts.TryGetValue((connection, blocked), out var facts))
        {
            _facts[(connection, blocked)] = facts = [];
        }

        return facts;
    }

    // An external group is one node, named as the text report names it; grouped internal nodes are drawn one by one.
    private List<GraphNode> Nodes(NodeGroup group) =>
        group.IsExternal ? [External(group)] : [.. group.Nodes.Select(Internal)];

    private GraphNode External(NodeGroup group)
    {
        var name = NodeText.Group(group);
        if (_external.TryGetValue(name, out var node))
        {
            return node;
        }

        var kind = ((ExternalNode)group.Nodes[0]).Kind;
        var publicInternet = kind == ExternalKind.PublicInternet;
        var heading = publicInternet ? "Public Internet" : "Service Network";
        node = new GraphNode(null, name, heading, null, publicInternet ? GraphNodeKind.PublicInternet : GraphNodeKind.ServiceNetwork, name[heading.Length..].Trim(),
        [
            new("kind", publicInternet ? "public internet addresses" : "IBM service network addresses"),
            new("addresses", AddressText.Ranges(group.Addresses)),
        ]);
        if (!_externalClusters.TryGetValue(kind, out var cluster))
        {
            _externalClusters[kind] = cluster = new GraphCluster(GraphClusterKind.External, heading, null);
        }

        cluster.Add(node);
        _external[name] = node;
        return node;
    }

    private GraphNode Internal(NetworkNode network)
    {
        if (_internal.TryGetValue(network, out var node))
        {
            return node;
        }

        switch (network)
        {
            case Endpoint endpoint:
                node = new GraphNode(endpoint, NodeText.Name(endpoint), endpoint.Name, endpoint.Vpc.Name, KindOf(endpoint.Kind), endpoint.Address.ToString(), EndpointDetails(endpoint));
                SubnetCluster(endpoint.Subnet).Add(node);
                break;
            case SubnetNode subnet:
                node = new GraphNode(subnet, subnet.Name, subnet.Name, subnet.Vpc.Name, GraphNodeKind.Subnet, subnet.Subnet.Cidr.ToString(),
                [
                    new("kind", "subnet"),
                    new("CIDR", subnet.Subnet.Cidr.ToString()),
                    new("zone", subnet.Subnet.Zone),
                    new("VPC", subnet.Vpc.Name),
                    new("network ACL", subnet.Acl.Name),
                    new("public gateway", subnet.PublicGateway?.Name ?? "none"),
                ]);
                ZoneCluster(subnet.Vpc, subnet.Subnet.Zone).Add(node);
                break;
            case LoadBalancerNode lb:
                // A load balancer spans subnets and zones: it sits in its VPC, its addresses listed in the details.
                node = new GraphNode(lb, NodeText.Name(lb), lb.Name, lb.Vpc.Name, GraphNodeKind.LoadBalancer, $"{lb.PrivateIps.Length} private IPs",
                [
                    new("kind", "load balancer (all its private IPs, real and potential)"),
                    new("private IPs", string.Join(", ", lb.PrivateIps.Select(ip => ip.PotentialBlock is { } block ? $"potential {AddressText.Ranges(block)}" : ip.Address.ToString()))),
                    new("subnets", string.Join(", ", lb.PrivateIps.Select(ip => ip.Subnet.Name).Distinct())),
                    new("VPC", lb.Vpc.Name),
                ]);
                VpcCluster(lb.Vpc).Add(node);
                break;
            default:
                throw new ArgumentException($"Unexpected node {network} in a report.", nameof(network));
        }

        _internal[network] = node;
        return node;
    }

    private static ImmutableArray<KeyValuePair<string, string>> EndpointDetails(Endpoint endpoint)
    {
        var details = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        details.Add(new("kind", endpoint.Kind switch
        {
            EndpointKind.NetworkInterface => "instance network interface",
            EndpointKind.VirtualNetworkInterface => "virtual network interface",
            EndpointKind.EndpointGatewayIp => "endpoint gateway (VPE) address",
            EndpointKind.LoadBalancerPrivateIp => "load balancer private IP",
            _ => "Kubernetes worker node",
        }));
        details.Add(new("address", endpoint.Address.ToString()));
        if (!string.Equals(endpoint.ResourceName, endpoint.Name, StringComparison.Ordinal))
        {
            details.Add(new("resource", endpoint.ResourceName));
        }

        details.Add(new("subnet", $"{endpoint.Subnet.Name} ({endpoint.Subnet.Subnet.Cidr})"));
        details.Add(new("zone", endpoint.Subnet.Subnet.Zone));
        details.Add(new("VPC", endpoint.Vpc.Name));
        details.Add(new("security groups", endpoint.SecurityGroups.IsEmpty ? "none" : string.Join(", ", endpoint.SecurityGroups.Select(g => g.Name))));
        if (endpoint.FloatingIp is { } floating)
        {
            details.Add(new("floating IP", $"{floating.Name} {floating.Address}"));
        }

        return details.ToImmutable();
    }

    private static GraphNodeKind KindOf(EndpointKind kind) => kind switch
    {
        EndpointKind.IksWorker => GraphNodeKind.Worker,
        EndpointKind.EndpointGatewayIp => GraphNodeKind.EndpointGateway,
        EndpointKind.LoadBalancerPrivateIp => GraphNodeKind.LoadBalancer,
        _ => GraphNodeKind.Instance,
    };

    private GraphCluster SubnetCluster(SubnetNode subnet)
    {
        if (!_subnets.TryGetValue(subnet, out var cluster))
        {
            _subnets[subnet] = cluster = new GraphCluster(GraphClusterKind.Subnet, subnet.Name, subnet.Subnet.Cidr.ToString());
            ZoneCluster(subnet.Vpc, subnet.Subnet.Zone).Add(cluster);
        }

        return cluster;
    }

    private GraphCluster ZoneCluster(VpcNetwork vpc, string zone)
    {
        if (!_zones.TryGetValue((vpc, zone), out var cluster))
        {
            _zones[(vpc, zone)] = cluster = new GraphCluster(GraphClusterKind.Zone, zone, null);
            VpcCluster(vpc).Add(cluster);
        }

        return cluster;
    }

    private GraphCluster VpcCluster(VpcNetwork vpc)
    {
        if (!_vpcs.TryGetValue(vpc, out var cluster))
        {
            _vpcs[vpc] = cluster = new GraphCluster(GraphClusterKind.Vpc, vpc.Name, vpc.Vpc.Region);
        }

        return cluster;
    }
}
