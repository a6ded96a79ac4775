using System.Collections.Frozen;
using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

/// <summary>Resolves a configuration's references into a <see cref="NetworkTopology"/>, reporting what does not resolve.</summary>
internal sealed partial class TopologyBuilder
{
    private readonly VpcConfiguration _config;
    private readonly TopologyFilter _filter;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Subnet> _subnets;
    private readonly Dictionary<string, NetworkAcl> _acls;
    private readonly Dictionary<string, PublicGateway> _publicGateways;
    private readonly Dictionary<string, SecurityGroup> _securityGroups;
    private readonly Dictionary<string, List<SecurityGroup>> _groupsByTarget;
    private readonly Dictionary<string, FloatingIp> _floatingIpsByTarget;
    private readonly IReadOnlySet<string> _unreadable;

    public TopologyBuilder(VpcConfiguration config, TopologyFilter filter, DiagnosticBag diagnostics, IReadOnlySet<string>? unreadable = null)
    {
        _unreadable = unreadable ?? FrozenSet<string>.Empty;
        _config = config;
        _filter = filter;
        _diagnostics = diagnostics;
        _subnets = Index(config.Subnets, s => [s.Id, s.Crn], "subnet", s => s.Location);
        _acls = Index(config.NetworkAcls, a => [a.Id, a.Crn], "network ACL", a => a.Location);
        _publicGateways = Index(config.PublicGateways, g => [g.Id, g.Crn], "public gateway", g => g.Location);
        _securityGroups = Index(config.SecurityGroups, g => [g.Id, g.Crn], "security group", g => g.Location);
        _groupsByTarget = [];
        foreach (var group in config.SecurityGroups)
        {
            foreach (var target in group.TargetIds.Distinct())
            {
                if (!_groupsByTarget.TryGetValue(target, out var groups))
                {
                    _groupsByTarget[target] = groups = [];
                }

                groups.Add(group);
            }
        }

        _floatingIpsByTarget = [];
        foreach (var floatingIp in config.FloatingIps)
        {
            if (floatingIp.TargetId is { } target)
            {
                _floatingIpsByTarget.TryAdd(target, floatingIp);
            }
        }
    }

    public NetworkTopology Build()
    {
        ValidateReferences();
        var vpcs = new List<VpcNetwork>();
        foreach (var vpc in _config.Vpcs.Where(Keeps))
        {
            var network = BuildVpc(vpc);
            if (network is not null)
            {
                vpcs.Add(network);
            }
        }

        var transitGateways = BuildTransitGateways(vpcs);
        return new NetworkTopology(_config, [.. vpcs], transitGateways);
    }

    private bool Keeps(Vpc vpc)
    {
        if (!_filter.Vpcs.IsDefaultOrEmpty && !_filter.Vpcs.Any(v => v == vpc.Crn || v == vpc.Id || v == vpc.Name))
        {
            return false;
        }

        if (!_filter.Regions.IsDefaultOrEmpty && !_filter.Regions.Contains(vpc.Region ?? string.Empty))
        {
            return false;
        }

        return _filter.ResourceGroup is null || (vpc.ResourceGroup?.Matches(_filter.ResourceGroup) ?? false);
    }

    private VpcNetwork? BuildVpc(Vpc vpc)
    {
        var subnetNodes = new List<SubnetNode>();
        foreach (var subnet in _config.Subnets.Where(s => s.VpcId == vpc.Id || s.VpcId == vpc.Crn))
        {
            if (!_acls.TryGetValue(subnet.NetworkAclId, out var acl))
            {
                continue; // reported by ValidateReferences
            }

            var gateway = subnet.PublicGatewayId is { } gatewayId ? _publicGateways.GetValueOrDefault(gatewayId) : null;
            subnetNodes.Add(new SubnetNode(subnet, acl, gateway, EgressTable(subnet)));
        }

        if (subnetNodes.Count == 0)
        {
            _diagnostics.Report(TopologyDiagnostics.VpcWithoutSubnets, vpc.Location, vpc.Name);
            return null;
        }

        var bySubnetId = new Dictionary<string, SubnetNode>();
        foreach (var node in subnetNodes)
        {
            bySubnetId[node.Subnet.Id] = node;
            if (node.Subnet.Crn is { } crn)
            {
                bySubnetId.TryAdd(crn, node);
            }
        }

        var groupsInVpc = _config.SecurityGroups.Where(g => g.VpcId == vpc.Id || g.VpcId == vpc.Crn).ToImmutableArray();
        var endpoints = BuildEndpoints(vpc, subnetNodes, bySubnetId, groupsInVpc);
        var members = groupsInVpc.ToDictionary(g => g.Id, _ => IpAddressSet.Empty);
        foreach (var endpoint in endpoints)
        {
            foreach (var group in endpoint.SecurityGroups)
            {
                members[group.Id] = members[group.Id].Union(endpoint.Addresses);
            }
        }

        // Rules may name a remote group by id, CRN or name; all three find the same members.
        var membersByAnyKey = new Dictionary<string, IpAddressSet>();
        foreach (var group in groupsInVpc)
        {
            membersByAnyKey[group.Id] = members[group.Id];
            if (group.Crn is { } crn)
            {
                membersByAnyKey.TryAdd(crn, members[group.Id]);
            }

            membersByAnyKey.TryAdd(group.Name, members[group.Id]);
        }

        var acls = _config.NetworkAcls.Where(a => a.VpcId == vpc.Id || a.VpcId == vpc.Crn).ToImmutableArray();
        var loadBalancers = _config.LoadBalancers.Where(lb => lb.SubnetIds.Any(bySubnetId.ContainsKey)).ToImmutableArray();
        var network = new VpcNetwork(vpc, [.. subnetNodes], [.. endpoints], acls, groupsInVpc, membersByAnyKey.ToFrozenDictionary(), loadBalancers);
        network.ExternalBlocks = ExternalBlocksOf(network);
        return network;
    }

    // The table a subnet's outbound traffic follows: the one it names, or one that lists it. Ingress tables (for
    // traffic arriving from transit gateways, the internet ...) route nothing a subnet sends.
    private RoutingTable? EgressTable(Subnet subnet)
    {
        var table = _config.RoutingTables.FirstOrDefault(t => t.IngressSources.IsDefaultOrEmpty && (t.Id == subnet.RoutingTableId || t.SubnetIds.Contains(subnet.Id)));
        foreach (var route in table?.Routes.Where(r => r.Action == "deliver" && r.NextHop is not null) ?? [])
        {
            _diagnostics.Report(TopologyDiagnostics.RouteToNextHop, table!.Location, table.Name, route.Destination, subnet.Name, route.NextHop);
        }

        return table;
    }

    private Dictionary<string, T> Index<T>(ImmutableArray<T> items, Func<T, string?[]> keys, string what, Func<T, SourceLocation?> location)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var itemKeys = keys(item);
            if (itemKeys[0] is { } id && index.ContainsKey(id))
            {
                _diagnostics.Report(TopologyDiagnostics.DuplicateId, location(item), what, id);
            }

            foreach (var key in itemKeys)
            {
                if (key is not null)
                {
                    index.TryAdd(key, item);
                }
            }
        }

        return index;
    }
}
