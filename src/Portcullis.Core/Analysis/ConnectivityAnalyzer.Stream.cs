using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Core.Analysis;

public sealed partial class ConnectivityAnalyzer
{
    // Classes analysed ahead of the writer, in parallel: enough to keep every core busy, few enough that the lines
    // waiting to be written stay small.
    private static readonly int Lookahead = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>
    /// Every ordered pair of nodes with a non-empty connection, as a stream: one section per transit gateway and per
    /// VPC, each section's lines computed class by class as they are enumerated. Lines hold endpoints and, for
    /// external peers, the addresses an endpoint treats alike merged into one <see cref="ExternalAddresses"/> node.
    /// </summary>
    /// <param name="order">The order sources and destinations are listed in (a report's reading order).</param>
    /// <param name="loadBalancersAsNodes">Whether each load balancer is one node (its private IPs merged, lines marked over-approximated where they differ).</param>
    public ConnectivityStream StreamEndpoints(IComparer<NetworkNode> order, bool loadBalancersAsNodes = true) => Stream(order, loadBalancersAsNodes, externalOnly: false);

    /// <summary>
    /// The lines of <see cref="StreamEndpoints"/> that have an external peer, and only those: what the public internet
    /// and the service network may open to each endpoint, and what it may open to them, one section per VPC. Pairs of
    /// endpoints are never evaluated, so the cost grows with the classes and the external blocks, not with endpoint pairs.
    /// </summary>
    /// <param name="order">The order endpoints are listed in.</param>
    /// <param name="loadBalancersAsNodes">Whether each load balancer is one node (as in <see cref="StreamEndpoints"/>).</param>
    public ConnectivityStream StreamExternal(IComparer<NetworkNode> order, bool loadBalancersAsNodes = true) => Stream(order, loadBalancersAsNodes, externalOnly: true);

    private ConnectivityStream Stream(IComparer<NetworkNode> order, bool loadBalancersAsNodes, bool externalOnly)
    {
        ArgumentNullException.ThrowIfNull(order);

        // One node per load balancer for the whole report, so that every section names the same node.
        var loadBalancers = loadBalancersAsNodes
            ? Topology.Endpoints.Where(e => e.Kind == EndpointKind.LoadBalancerPrivateIp).GroupBy(e => e.OwnerId)
                .ToDictionary(g => g.Key, g => new LoadBalancerNode(g.Key, g.First().Name, [.. g]))
            : null;
        return new ConnectivityStream(ConnectivityLevel.Endpoints, Sections());

        IEnumerable<ConnectivitySectionStream> Sections()
        {
            // Cross-VPC sections hold no external peers.
            foreach (var gateway in externalOnly ? [] : Topology.TransitGateways)
            {
                var endpoints = gateway.Vpcs.SelectMany(v => v.Endpoints).ToList();
                yield return new ConnectivitySectionStream(new TransitGatewayScope(gateway), new SectionWork(this, endpoints, gateway, order, loadBalancers, externalOnly).Lines());
            }

            foreach (var vpc in Topology.Vpcs)
            {
                yield return new ConnectivitySectionStream(new VpcScope(vpc), new SectionWork(this, [.. vpc.Endpoints], null, order, loadBalancers, externalOnly).Lines());
            }
        }
    }

    /// <summary>The analysis of one section: its endpoints in reading order, analysed class by class.</summary>
    private sealed class SectionWork
    {
        private readonly ConnectivityAnalyzer _analyzer;
        private readonly TransitGatewayNetwork? _gateway;
        private readonly bool _loadBalancersAsNodes;
        private readonly Endpoint[] _endpoints;
        private readonly EndpointClass[] _classes;
        private readonly int[] _classOfEndpoint;
        private readonly Dictionary<string, LoadBalancerNode> _loadBalancers;
        private readonly bool _externalOnly;

        public SectionWork(ConnectivityAnalyzer analyzer, List<Endpoint> endpoints, TransitGatewayNetwork? gateway, IComparer<NetworkNode> order, Dictionary<string, LoadBalancerNode>? loadBalancers, bool externalOnly)
        {
            _analyzer = analyzer;
            _externalOnly = externalOnly;
            _gateway = gateway;
            _loadBalancersAsNodes = loadBalancers is not null;
            _endpoints = [.. endpoints.OrderBy(e => e, order)];
            var indexOf = new Dictionary<EndpointClass, int>();
            var classes = new List<EndpointClass>();
            _classOfEndpoint = new int[_endpoints.Length];
            for (var i = 0; i < _endpoints.Length; i++)
            {
                var endpointClass = analyzer._classOf[_endpoints[i]];
                if (!indexOf.TryGetValue(endpointClass, out var index))
                {
                    indexOf[endpointClass] = index = classes.Count;
                    classes.Add(endpointClass); // classes in the order of their first member
                }

                _classOfEndpoint[i] = index;
            }

            _classes = [.. classes];
            // The section's load balancers, in the order their addresses come.
            _loadBalancers = loadBalancers is null ? [] : _endpoints.Where(e => e.Kind == EndpointKind.LoadBalancerPrivateIp)
                .Select(e => e.OwnerId).Distinct().ToDictionary(id => id, id => loadBalancers[id]);
        }

        public IEnumerable<ConnectivityLine> Lines()
        {
            for (var start = 0; start < _classes.Length; start += Lookahead)
            {
                var count = Math.Min(Lookahead, _classes.Length - start);
                var batch = new List<ConnectivityLine>[count];
                Parallel.For(0, count, k => batch[k] = ClassLines(start + k));
                foreach (var lines in batch)
                {
                    foreach (var line in lines)
                    {
                        yield return line;
                    }
                }
            }

            foreach (var loadBalancer in _loadBalancers.Values)
            {
                foreach (var line in LoadBalancerLines(loadBalancer))
                {
                    yield return line;
                }
            }
        }

        // The lines of every member of one class: towards endpoints, towards external addresses, and from them.
        private List<ConnectivityLine> ClassLines(int classIndex)
        {
            var source = _classes[classIndex];
            var lines = new List<ConnectivityLine>();
            if (_loadBalancersAsNodes && source.Representative.Kind == EndpointKind.LoadBalancerPrivateIp)
            {
                return lines; // its load balancer's node speaks for it
            }

            var (connections, blocked) = _externalOnly ? (Array.Empty<ConnectionSet>(), Array.Empty<ConnectionSet>()) : Vector(source);
            var outbound = _gateway is null ? OutboundExternal(source) : [];
            var inbound = _gateway is null ? InboundExternal(source) : [];
            for (var i = 0; i < _endpoints.Length; i++)
            {
                if (_classOfEndpoint[i] != classIndex)
                {
                    continue;
                }

                var member = _endpoints[i];
                if (!_externalOnly)
                {
                    AddTowardsEndpoints(lines, member, member, connections, blocked);
                }

                foreach (var (addresses, connection, replies) in outbound)
                {
                    lines.Add(new ConnectivityLine(member, addresses, connection, replies));
                }

                foreach (var (addresses, connection, replies) in inbound)
                {
                    lines.Add(new ConnectivityLine(addresses, member, connection, replies));
                }
            }

            return lines;
        }

        // What the class's representative may open to each class of the section.
        private (ConnectionSet[] Connections, ConnectionSet[] Blocked) Vector(EndpointClass source)
        {
            var connections = new ConnectionSet[_classes.Length];
            var blocked = new ConnectionSet[_classes.Length];
            for (var d = 0; d < _classes.Length; d++)
            {
                var destination = _classes[d];
                (connections[d], blocked[d]) = _gateway is not null && source.Subnet.Vpc == destination.Subnet.Vpc
                    ? (ConnectionSet.None, ConnectionSet.None)
                    : EvaluateClasses(source, source.Representative, destination, destination.Representative, _gateway);
            }

            return (connections, blocked);
        }

        // The lines from one source (an endpoint, or a load balancer node through one of its addresses) to every
        // endpoint in reading order; a load balancer's addresses merge into its node, listed after the endpoints.
        private void AddTowardsEndpoints(List<ConnectivityLine> lines, NetworkNode source, Endpoint address, ConnectionSet[] connections, ConnectionSet[] blocked)
        {
            var pool = address.Kind == EndpointKind.LoadBalancerPrivateIp ? _analyzer._poolMembers.GetValueOrDefault(address.OwnerId) : (IpAddressSet?)null;
            Dictionary<LoadBalancerNode, Merge>? merged = null;
            for (var j = 0; j < _endpoints.Length; j++)
            {
                var destination = _endpoints[j];
                var connection = connections[_classOfEndpoint[j]];
                if (ReferenceEquals(destination, address) || (pool is { } members && !members.Contains(destination.Address)))
                {
                    continue;
                }

                if (_loadBalancersAsNodes && destination.Kind == EndpointKind.LoadBalancerPrivateIp)
                {
                    var node = _loadBalancers[destination.OwnerId];
                    if (ReferenceEquals(node, source))
                    {
                        continue; // between a load balancer's own addresses
                    }

                    merged ??= [];
                    if (!merged.TryGetValue(node, out var merge))
                    {
                        merged[node] = merge = new Merge();
                    }

                    merge.Add(connection, blocked[_classOfEndpoint[j]]);
                    continue;
                }

                if (!connection.IsEmpty)
                {
                    lines.Add(new ConnectivityLine(source, destination, connection, blocked[_classOfEndpoint[j]]));
                }
            }

            foreach (var (node, merge) in merged ?? [])
            {
                if (merge.Line(source, node, node.PrivateIps.Length) is { } line)
                {
                    lines.Add(line);
                }
            }
        }

        // A load balancer as one node: each of its addresses' lines, merged per peer.
        private IEnumerable<ConnectivityLine> LoadBalancerLines(LoadBalancerNode node)
        {
            var towards = new Dictionary<NetworkNode, Merge>();
            var order = new List<NetworkNode>();
            foreach (var address in _externalOnly ? [] : node.PrivateIps)
            {
                var sourceClass = _analyzer._classOf[address];
                var (connections, blocked) = Vector(sourceClass);
                var lines = new List<ConnectivityLine>();
                AddTowardsEndpoints(lines, node, address, connections, blocked);
                foreach (var line in lines)
                {
                    if (!towards.TryGetValue(line.Destination, out var merge))
                    {
                        towards[line.Destination] = merge = new Merge();
                        order.Add(line.Destination);
                    }

                    merge.Add(line.Connection, line.ResponseBlocked, line.OverApproximated);
                }
            }

            foreach (var destination in order)
            {
                // Complete when every one of our addresses has the same connection (a merged destination says for its own).
                if (towards[destination].Line(node, destination, node.PrivateIps.Length) is { } line)
                {
                    yield return line;
                }
            }

            if (_gateway is null)
            {
                foreach (var line in InboundToLoadBalancer(node))
                {
                    yield return line;
                }
            }
        }

        // External peers that reach some private IP of the load balancer, per range: the union over its addresses.
        private IEnumerable<ConnectivityLine> InboundToLoadBalancer(LoadBalancerNode node)
        {
            var perAddress = node.PrivateIps.Select(ip => InboundMaps(_analyzer._classOf[ip])).ToArray();
            foreach (var kind in new[] { ExternalKind.PublicInternet, ExternalKind.ServiceNetwork })
            {
                var groups = new Dictionary<(ConnectionSet Connection, ConnectionSet Blocked, bool Over), List<(IpAddress, IpAddress)>>();
                var order = new List<(ConnectionSet, ConnectionSet, bool)>();
                foreach (var (first, last, values) in Segments(ExternalAddressSpace.Of(kind), [.. perAddress.SelectMany(m => new[] { m.Ingress, m.Reply })]))
                {
                    var merge = new Merge();
                    for (var a = 0; a < perAddress.Length; a++)
                    {
                        if (kind == ExternalKind.PublicInternet && !perAddress[a].Public)
                        {
                            merge.Add(ConnectionSet.None, ConnectionSet.None);
                            continue;
                        }

                        var connection = values[2 * a];
                        merge.Add(connection, BlockedReplies(connection, values[(2 * a) + 1]));
                    }

                    if (merge.Merged(node.PrivateIps.Length) is not { } result)
                    {
                        continue;
                    }

                    if (!groups.TryGetValue(result, out var ranges))
                    {
                        groups[result] = ranges = [];
                        order.Add(result);
                    }

                    ranges.Add((first, last));
                }

                foreach (var key in order)
                {
                    yield return new ConnectivityLine(new ExternalAddresses(kind, IpAddressSet.OfRanges(groups[key])), node, key.Item1, key.Item2) { OverApproximated = key.Item3 };
                }
            }
        }

        private static (AddressMap Ingress, AddressMap Reply, bool Public) InboundMaps(EndpointClass endpointClass) =>
            (endpointClass.Ingress, endpointClass.ReplyOut, endpointClass.Representative.FloatingIp is not null);

        // The external addresses the class may open connections to, merged per connection and reply verdict.
        private static List<(ExternalAddresses Addresses, ConnectionSet Connection, ConnectionSet Blocked)> OutboundExternal(EndpointClass endpointClass)
        {
            var endpoint = endpointClass.Representative;
            if (endpoint.Kind == EndpointKind.LoadBalancerPrivateIp)
            {
                return [];
            }

            var toInternet = endpoint.FloatingIp is not null || endpoint.UsesPublicGateway;
            return External(endpointClass.Egress, endpointClass.AclIn, toInternet);
        }

        // The external addresses that may open connections to the class, merged per connection and reply verdict.
        private static List<(ExternalAddresses Addresses, ConnectionSet Connection, ConnectionSet Blocked)> InboundExternal(EndpointClass endpointClass) =>
            External(endpointClass.Ingress, endpointClass.ReplyOut, endpointClass.Representative.FloatingIp is not null);

        private static List<(ExternalAddresses Addresses, ConnectionSet Connection, ConnectionSet Blocked)> External(AddressMap requests, AddressMap replies, bool internet)
        {
            var result = new List<(ExternalAddresses, ConnectionSet, ConnectionSet)>();
            foreach (var kind in internet ? new[] { ExternalKind.PublicInternet, ExternalKind.ServiceNetwork } : [ExternalKind.ServiceNetwork])
            {
                var groups = new Dictionary<(ConnectionSet Connection, ConnectionSet Blocked), List<(IpAddress, IpAddress)>>();
                var order = new List<(ConnectionSet, ConnectionSet)>();
                foreach (var (first, last, values) in Segments(ExternalAddressSpace.Of(kind), [requests, replies]))
                {
                    var connection = values[0];
                    if (connection.IsEmpty)
                    {
                        continue;
                    }

                    var key = (connection, BlockedReplies(connection, values[1]));
                    if (!groups.TryGetValue(key, out var ranges))
                    {
                        groups[key] = ranges = [];
                        order.Add(key);
                    }

                    ranges.Add((first, last));
                }

                result.AddRange(order.Select(key => (new ExternalAddresses(kind, IpAddressSet.OfRanges(groups[key])), key.Item1, key.Item2)));
            }

            return result;
        }

        /// <summary>The ranges of <paramref name="space"/> cut where any of the maps changes, with each map's value there.</summary>
        private static IEnumerable<(IpAddress First, IpAddress Last, ConnectionSet[] Values)> Segments(IpAddressSet space, AddressMap[] maps)
        {
            foreach (var (first, last) in space.Ranges)
            {
                var start = first.Value;
                while (true)
                {
                    var end = last.Value;
                    var values = new ConnectionSet[maps.Length];
                    for (var m = 0; m < maps.Length; m++)
                    {
                        var (value, next) = maps[m].At(start);
                        values[m] = value;
                        if (next is { } cut && cut - 1 < end)
                        {
                            end = cut - 1;
                        }
                    }

                    yield return (new IpAddress(start), new IpAddress(end), values);
                    if (end == last.Value)
                    {
                        break;
                    }

                    start = end + 1;
                }
            }
        }

        // Lines to (or from) one merged node: the union over its addresses, over-approximated unless all agree.
        private sealed class Merge
        {
            private ConnectionSet _connection = ConnectionSet.None;
            private ConnectionSet _responsive = ConnectionSet.None;
            private ConnectionSet? _first;
            private bool _allEqual = true;
            private bool _over;
            private int _count;

            public void Add(ConnectionSet connection, ConnectionSet blocked, bool over = false)
            {
                _over |= over;
                if (connection.IsEmpty)
                {
                    _allEqual = false;
                    return;
                }

                _count++;
                _allEqual &= _first is null || _first.Equals(connection);
                _first ??= connection;
                _connection = _connection.Union(connection);
                _responsive = _responsive.Union(connection.Except(blocked));
            }

            public (ConnectionSet Connection, ConnectionSet Blocked, bool Over)? Merged(int expected) =>
                _connection.IsEmpty ? null : (_connection, _connection.Except(_responsive), _over || !_allEqual || _count != expected);

            public ConnectivityLine? Line(NetworkNode source, NetworkNode destination, int expected) =>
                Merged(expected) is { } result ? new ConnectivityLine(source, destination, result.Connection, result.Blocked) { OverApproximated = result.Over } : null;
        }
    }
}
