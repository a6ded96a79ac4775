using System.Collections.Immutable;

namespace Portcullis.Core.Model;

/// <summary>Rewrites every reference of a configuration through a map of ids, so that references to a replaced object reach its replacement.</summary>
internal static class ConfigurationIds
{
    public static VpcConfiguration Rewrite(VpcConfiguration configuration, IReadOnlyDictionary<string, string> map)
    {
        string Id(string id) => map.GetValueOrDefault(id, id);
        string? Maybe(string? id) => id is null ? null : Id(id);
        ImmutableArray<string> Ids(ImmutableArray<string> ids) => ids.IsDefault ? ids : [.. ids.Select(Id)];
        ReservedIp Reserved(ReservedIp ip) => ip with { TargetId = Maybe(ip.TargetId) };

        return configuration with
        {
            Vpcs = [.. configuration.Vpcs.Select(v => v with { DefaultNetworkAclId = Maybe(v.DefaultNetworkAclId), DefaultSecurityGroupId = Maybe(v.DefaultSecurityGroupId) })],
            Subnets = [.. configuration.Subnets.Select(s => s with
            {
                VpcId = Id(s.VpcId),
                NetworkAclId = Id(s.NetworkAclId),
                PublicGatewayId = Maybe(s.PublicGatewayId),
                RoutingTableId = Maybe(s.RoutingTableId),
                ReservedIps = [.. s.ReservedIps.Select(Reserved)],
            })],
            NetworkAcls = [.. configuration.NetworkAcls.Select(a => a with { VpcId = Id(a.VpcId), SubnetIds = Ids(a.SubnetIds) })],
            SecurityGroups = [.. configuration.SecurityGroups.Select(g => g with
            {
                VpcId = Id(g.VpcId),
                TargetIds = Ids(g.TargetIds),
                Rules = [.. g.Rules.Select(r => r.Remote is SecurityGroupRemote remote ? r with { Remote = remote with { SecurityGroupId = Id(remote.SecurityGroupId) } } : r)],
            })],
            Instances = [.. configuration.Instances.Select(i => i with
            {
                VpcId = Id(i.VpcId),
                Interfaces = [.. i.Interfaces.Select(n => n with { SubnetId = Id(n.SubnetId), SecurityGroupIds = Ids(n.SecurityGroupIds) })],
            })],
            EndpointGateways = [.. configuration.EndpointGateways.Select(e => e with { VpcId = Id(e.VpcId), SecurityGroupIds = Ids(e.SecurityGroupIds), Ips = [.. e.Ips.Select(Reserved)] })],
            FloatingIps = [.. configuration.FloatingIps.Select(f => f with { TargetId = Maybe(f.TargetId) })],
            PublicGateways = [.. configuration.PublicGateways.Select(p => p with { VpcId = Id(p.VpcId) })],
            LoadBalancers = [.. configuration.LoadBalancers.Select(l => l with
            {
                SubnetIds = Ids(l.SubnetIds),
                SecurityGroupIds = Ids(l.SecurityGroupIds),
                PrivateIps = [.. l.PrivateIps.Select(Reserved)],
                Pools = [.. l.Pools.Select(p => p with { Members = [.. p.Members.Select(m => m with { TargetId = Maybe(m.TargetId) })] })],
            })],
            TransitConnections = [.. configuration.TransitConnections.Select(c => c with { TransitGatewayCrn = Id(c.TransitGatewayCrn), NetworkId = Id(c.NetworkId) })],
            RoutingTables = [.. configuration.RoutingTables.Select(r => r with { VpcId = Maybe(r.VpcId), SubnetIds = Ids(r.SubnetIds) })],
            IksClusters = [.. configuration.IksClusters.Select(c => c with { Workers = [.. c.Workers.Select(w => w with { SubnetId = Maybe(w.SubnetId) })] })],
        };
    }
}
