using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

internal sealed partial class TopologyBuilder
{
    private List<Endpoint> BuildEndpoints(Vpc vpc, List<SubnetNode> subnets, Dictionary<string, SubnetNode> bySubnetId, ImmutableArray<SecurityGroup> groupsInVpc)
    {
        var endpoints = new List<Endpoint>();
        var groupOrder = groupsInVpc.Select((g, i) => (g.Id, i)).ToDictionary(p => p.Id, p => p.i);

        // A group applies to a resource when the group lists it as a target or the resource lists the group.
        ImmutableArray<SecurityGroup> GroupsOf(IEnumerable<string?> ownIds, IEnumerable<string> listedGroupIds)
        {
            var groups = new HashSet<SecurityGroup>();
            foreach (var id in ownIds)
            {
                if (id is not null && _groupsByTarget.TryGetValue(id, out var targeted))
                {
                    groups.UnionWith(targeted);
                }
            }

            foreach (var groupId in listedGroupIds)
            {
                if (_securityGroups.TryGetValue(groupId, out var group))
                {
                    groups.Add(group);
                }
            }

            return [.. groups.Where(g => groupOrder.ContainsKey(g.Id)).OrderBy(g => groupOrder[g.Id])];
        }

        // A VPE lists its reserved IPs but not their subnets. The subnet whose reserved IPs record the address is where it
        // was allocated; failing a record, the most specific subnet containing it. The two agree unless subnets of the
        // VPC overlap (a lint finding, but a file can hold it), where the first subnet in the file was an arbitrary pick.
        SubnetNode? SubnetOf(ReservedIp ip) =>
            subnets.FirstOrDefault(s => s.Subnet.Cidr.Contains(ip.Address) && s.Subnet.ReservedIps.Any(r => r.Id == ip.Id && r.Address == ip.Address))
            ?? subnets.Where(s => s.Subnet.Cidr.Contains(ip.Address)).MaxBy(s => s.Subnet.Cidr.Length);

        foreach (var instance in _config.Instances.Where(i => i.VpcId == vpc.Id || i.VpcId == vpc.Crn))
        {
            foreach (var nic in instance.Interfaces)
            {
                if (!bySubnetId.TryGetValue(nic.SubnetId, out var subnet))
                {
                    continue; // reported by ValidateReferences
                }

                var groups = GroupsOf([nic.Id, nic.AttachmentId], nic.SecurityGroupIds);
                var floatingIp = _floatingIpsByTarget.GetValueOrDefault(nic.Id) ?? (nic.AttachmentId is { } a ? _floatingIpsByTarget.GetValueOrDefault(a) : null);
                var kind = nic.IsVirtual ? EndpointKind.VirtualNetworkInterface : EndpointKind.NetworkInterface;
                endpoints.Add(new Endpoint(nic.Id, kind, instance.Name, nic.Name, nic.Address, subnet, groups, instance.Id, floatingIp));
            }
        }

        foreach (var cluster in _config.IksClusters)
        {
            var clusterGroups = groupsInVpc.Where(g => g.Name == $"kube-{cluster.Id}" || g.Id == vpc.DefaultSecurityGroupId || (g.Crn is not null && g.Crn == vpc.DefaultSecurityGroupId)).ToList();
            foreach (var worker in cluster.Workers)
            {
                var subnet = (worker.SubnetId is { } id ? bySubnetId.GetValueOrDefault(id) : null)
                    ?? subnets.FirstOrDefault(s => !worker.SubnetCidr.IsDefault && s.Subnet.Cidr == worker.SubnetCidr);
                if (subnet is null || !subnet.Subnet.Cidr.Contains(worker.Address))
                {
                    continue; // a worker of another VPC
                }

                var groups = GroupsOf([worker.Id], clusterGroups.Select(g => g.Id));
                endpoints.Add(new Endpoint(worker.Id, EndpointKind.IksWorker, worker.Id, worker.Id, worker.Address, subnet, groups, cluster.Id, null));
            }
        }

        foreach (var gateway in _config.EndpointGateways.Where(g => g.VpcId == vpc.Id || g.VpcId == vpc.Crn))
        {
            var groups = GroupsOf([gateway.Id, gateway.Crn], gateway.SecurityGroupIds);
            foreach (var ip in gateway.Ips)
            {
                if (SubnetOf(ip) is { } subnet)
                {
                    endpoints.Add(new Endpoint(ip.Id, EndpointKind.EndpointGatewayIp, gateway.Name, ip.Name, ip.Address, subnet, groups, gateway.Id, null));
                }
                else
                {
                    _diagnostics.Report(TopologyDiagnostics.EndpointGatewayAddressOutsideSubnets, gateway.Location, gateway.Name, ip.Address, vpc.Name);
                }
            }
        }

        endpoints.AddRange(LoadBalancerEndpoints(vpc, bySubnetId, GroupsOf));

        var seen = new Dictionary<IpAddress, Endpoint>();
        foreach (var endpoint in endpoints.Where(e => e.PotentialBlock is null))
        {
            if (!seen.TryAdd(endpoint.Address, endpoint))
            {
                _diagnostics.Report(TopologyDiagnostics.DuplicateAddress, vpc.Location, vpc.Name, endpoint.Address, seen[endpoint.Address].Name, endpoint.Name);
            }
        }

        return endpoints;
    }
}
