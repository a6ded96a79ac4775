using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Testing;

/// <summary>Builds small VPC configurations for tests, in the domain's terms: subnets, ACL rules, groups, instances.</summary>
public sealed class ConfigBuilder
{
    private readonly List<Subnet> _subnets = [];
    private readonly Dictionary<string, List<NetworkAclRule>> _aclRules = [];
    private readonly Dictionary<string, List<SecurityGroupRule>> _groupRules = [];
    private readonly List<Instance> _instances = [];
    private readonly List<FloatingIp> _floatingIps = [];
    private readonly List<PublicGateway> _publicGateways = [];
    private readonly List<EndpointGateway> _endpointGateways = [];
    private readonly List<RoutingTable> _routingTables = [];
    private readonly List<AddressPrefix> _prefixes = [];
    private readonly List<IksCluster> _clusters = [];
    private string? _defaultGroup;

    public string VpcId { get; } = "vpc-1";

    /// <summary>Adds a subnet with its own ACL (named <c>acl-{name}</c> unless given).</summary>
    public ConfigBuilder Subnet(string name, string cidr, string? acl = null, string zone = "us-south-1", bool publicGateway = false)
    {
        acl ??= $"acl-{name}";
        _aclRules.TryAdd(acl, []);
        string? gatewayId = null;
        if (publicGateway)
        {
            gatewayId = $"pgw-{zone}";
            if (_publicGateways.All(g => g.Id != gatewayId))
            {
                _publicGateways.Add(new PublicGateway(gatewayId, null, gatewayId, VpcId, zone, IpAddress.Parse("52.0.0.1")));
            }
        }

        _subnets.Add(new Subnet(name, null, name, VpcId, zone, IpPrefix.Parse(cidr), acl, gatewayId, null, []));
        return this;
    }

    /// <summary>Creates an ACL with no rules and no subnet (or does nothing if it exists).</summary>
    public ConfigBuilder Acl(string acl)
    {
        _aclRules.TryAdd(acl, []);
        return this;
    }

    /// <summary>Appends an ACL rule (rules keep the order they are added in).</summary>
    public ConfigBuilder AclRule(string acl, AclAction action, TrafficDirection direction, string source, string destination, ConnectionSet connection, string? name = null)
    {
        if (!_aclRules.TryGetValue(acl, out var rules))
        {
            _aclRules[acl] = rules = [];
        }

        var priority = rules.Count(r => r.Direction == direction) + 1;
        rules.Add(new NetworkAclRule($"{acl}-r{rules.Count}", name ?? $"{acl}-{direction}-{priority}".ToLowerInvariant(), action, direction,
            IpPrefix.Parse(source), IpPrefix.Parse(destination), ProtocolOf(connection), connection, priority));
        return this;
    }

    /// <summary>Allows everything both ways on an ACL.</summary>
    public ConfigBuilder AllowAll(string acl) =>
        AclRule(acl, AclAction.Allow, TrafficDirection.Inbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All)
            .AclRule(acl, AclAction.Allow, TrafficDirection.Outbound, "0.0.0.0/0", "0.0.0.0/0", ConnectionSet.All);

    /// <summary>Adds a security-group rule with a CIDR remote (creating the group).</summary>
    public ConfigBuilder GroupRule(string group, TrafficDirection direction, string remoteCidr, ConnectionSet connection, string? local = null) =>
        GroupRule(group, direction, new CidrRemote(IpPrefix.Parse(remoteCidr)), connection, local);

    /// <summary>Adds a security-group rule whose remote is another group, optionally narrowed to a local block.</summary>
    public ConfigBuilder GroupRuleFromGroup(string group, TrafficDirection direction, string remoteGroup, ConnectionSet connection, string? local = null) =>
        GroupRule(group, direction, new SecurityGroupRemote(remoteGroup, remoteGroup), connection, local);

    /// <summary>Adds a security-group rule with the remote exactly as given (a group reference by id, name or both, as a file may carry it).</summary>
    public ConfigBuilder GroupRuleWithRemote(string group, TrafficDirection direction, RuleRemote remote, ConnectionSet connection) =>
        GroupRule(group, direction, remote, connection, null);

    /// <summary>Creates a group with no rules (or does nothing if it exists).</summary>
    public ConfigBuilder Group(string group)
    {
        _groupRules.TryAdd(group, []);
        return this;
    }

    /// <summary>Adds an instance with one interface in a subnet, in the given groups.</summary>
    public ConfigBuilder Instance(string name, string subnet, string address, params string[] groups)
    {
        foreach (var group in groups)
        {
            _groupRules.TryAdd(group, []);
        }

        _instances.Add(new Instance($"i-{name}", null, name, VpcId, "us-south-1",
            [new NetworkInterface($"nic-{name}", $"{name}-eth0", IpAddress.Parse(address), subnet, [.. groups])]));
        return this;
    }

    /// <summary>Binds a floating IP to an instance's interface.</summary>
    public ConfigBuilder FloatingIp(string instance, string address)
    {
        _floatingIps.Add(new FloatingIp($"fip-{instance}", $"fip-{instance}", IpAddress.Parse(address), $"nic-{instance}", "us-south-1"));
        return this;
    }

    /// <summary>Adds an address prefix of the VPC (without any, the VPC has 10.0.0.0/8).</summary>
    public ConfigBuilder AddressPrefix(string cidr, string zone = "us-south-1")
    {
        _prefixes.Add(new AddressPrefix($"prefix-{_prefixes.Count + 1}", IpPrefix.Parse(cidr), zone));
        return this;
    }

    /// <summary>Makes a group the VPC's default group (IKS workers are in it besides <c>kube-&lt;clusterID&gt;</c>).</summary>
    public ConfigBuilder DefaultGroup(string group)
    {
        _groupRules.TryAdd(group, []);
        _defaultGroup = group;
        return this;
    }

    /// <summary>Adds an IKS cluster with workers given as (address, subnet name); workers get the groups <c>kube-&lt;id&gt;</c> and the VPC default.</summary>
    public ConfigBuilder IksCluster(string id, string version, params (string Address, string Subnet)[] workers)
    {
        _groupRules.TryAdd($"kube-{id}", []);
        _clusters.Add(new IksCluster(id, $"cluster-{id}", "us-south", version, IpPrefix.Parse("172.17.0.0/18"), IpPrefix.Parse("172.21.0.0/16"), null,
            [.. workers.Select((w, i) => new IksWorkerNode($"kube-{id}-w{i + 1}", IpAddress.Parse(w.Address), w.Subnet,
                _subnets.First(s => s.Id == w.Subnet).Cidr, _subnets.First(s => s.Id == w.Subnet).Zone, "default"))]));
        return this;
    }

    /// <summary>Adds an endpoint gateway (VPE) with addresses, in the given groups.</summary>
    public ConfigBuilder EndpointGateway(string name, string[] addresses, params string[] groups)
    {
        foreach (var group in groups)
        {
            _groupRules.TryAdd(group, []);
        }

        _endpointGateways.Add(new EndpointGateway($"vpe-{name}", null, name, VpcId,
            [.. addresses.Select((a, i) => new ReservedIp($"vpe-{name}-ip{i}", $"{name}-ip{i}", IpAddress.Parse(a), null, null))], [.. groups]));
        return this;
    }

    /// <summary>Adds a route to the subnet's own routing table (created on first use).</summary>
    public ConfigBuilder Route(string subnet, string destination, string action, string? nextHop = null, int priority = 2)
    {
        var id = $"rt-{subnet}";
        var table = _routingTables.FirstOrDefault(t => t.Id == id) ?? new RoutingTable(id, id, VpcId, false, [subnet], [], []);
        _routingTables.Remove(table);
        var route = new Route($"route-{table.Routes.Length}", IpPrefix.Parse(destination), action, nextHop is null ? null : IpAddress.Parse(nextHop), null, priority);
        _routingTables.Add(table with { Routes = table.Routes.Add(route) });
        return this;
    }

    public VpcConfiguration Build() => new()
    {
        Vpcs = [new Vpc(VpcId, "crn:vpc-1", "test-vpc", "us-south", _prefixes.Count > 0 ? [.. _prefixes] : [new AddressPrefix("all", IpPrefix.Parse("10.0.0.0/8"), null)], DefaultSecurityGroupId: _defaultGroup)],
        Subnets = [.. _subnets],
        NetworkAcls = [.. _aclRules.Select(p => new NetworkAcl(p.Key, null, p.Key, VpcId, [.. p.Value], [.. _subnets.Where(s => s.NetworkAclId == p.Key).Select(s => s.Id)]))],
        SecurityGroups = [.. _groupRules.Select(p => new SecurityGroup(p.Key, null, p.Key, VpcId, [.. p.Value], []))],
        Instances = [.. _instances],
        FloatingIps = [.. _floatingIps],
        PublicGateways = [.. _publicGateways],
        EndpointGateways = [.. _endpointGateways],
        RoutingTables = [.. _routingTables],
        IksClusters = [.. _clusters],
    };

    private ConfigBuilder GroupRule(string group, TrafficDirection direction, RuleRemote remote, ConnectionSet connection, string? local)
    {
        if (!_groupRules.TryGetValue(group, out var rules))
        {
            _groupRules[group] = rules = [];
        }

        rules.Add(new SecurityGroupRule($"{group}-r{rules.Count}", null, direction, remote, local is null ? default : IpPrefix.Parse(local), ProtocolOf(connection), connection, rules.Count));
        return this;
    }

    private static RuleProtocol ProtocolOf(ConnectionSet connection) =>
        connection.IsAll ? RuleProtocol.FromApiName("any")
        : connection.Equals(ConnectionSet.AllIcmpTcpUdp) ? RuleProtocol.FromApiName("icmp_tcp_udp")
        : !connection.Tcp.IsEmpty && connection.Udp.IsEmpty && connection.Icmp.IsEmpty ? RuleProtocol.FromApiName("tcp")
        : !connection.Udp.IsEmpty && connection.Tcp.IsEmpty && connection.Icmp.IsEmpty ? RuleProtocol.FromApiName("udp")
        : !connection.Icmp.IsEmpty && connection.Tcp.IsEmpty && connection.Udp.IsEmpty ? RuleProtocol.FromApiName("icmp")
        : RuleProtocol.FromApiName("any");
}
