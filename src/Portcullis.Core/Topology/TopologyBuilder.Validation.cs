using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

internal sealed partial class TopologyBuilder
{
    /// <summary>
    /// Reports every reference that does not resolve, all at once; a reference to an object that was in the input but
    /// could not be read (<see cref="_unreadable"/>) is not reported again: its own errors say what is wrong.
    /// </summary>
    public void ValidateReferences()
    {
        var vpcKeys = _config.Vpcs.SelectMany(v => new[] { v.Id, v.Crn }).ToHashSet();
        void CheckVpc(string vpcId, string kind, string name, SourceLocation? location)
        {
            if (!vpcKeys.Contains(vpcId) && !_unreadable.Contains(vpcId))
            {
                _diagnostics.Report(TopologyDiagnostics.UnknownVpc, At(location, ".vpc"), kind, name, vpcId);
            }
        }

        foreach (var subnet in _config.Subnets)
        {
            CheckVpc(subnet.VpcId, "subnet", subnet.Name, subnet.Location);
            if (!_acls.TryGetValue(subnet.NetworkAclId, out var acl))
            {
                if (_unreadable.Contains(subnet.NetworkAclId))
                {
                    continue;
                }

                _diagnostics.Report(TopologyDiagnostics.UnknownNetworkAcl, At(subnet.Location, ".network_acl"), subnet.Name, subnet.NetworkAclId);
            }
            else if (!acl.SubnetIds.IsDefaultOrEmpty && !acl.SubnetIds.Contains(subnet.Id) && (subnet.Crn is null || !acl.SubnetIds.Contains(subnet.Crn)))
            {
                _diagnostics.Report(TopologyDiagnostics.AclSubnetMismatch, At(subnet.Location, ".network_acl"), subnet.Name, acl.Name);
            }

            if (subnet.PublicGatewayId is { } gateway && !_publicGateways.ContainsKey(gateway) && !_unreadable.Contains(gateway))
            {
                _diagnostics.Report(TopologyDiagnostics.UnknownPublicGateway, At(subnet.Location, ".public_gateway"), subnet.Name, gateway);
            }
        }

        foreach (var acl in _config.NetworkAcls)
        {
            CheckVpc(acl.VpcId, "network ACL", acl.Name, acl.Location);
        }

        foreach (var instance in _config.Instances)
        {
            var kind = instance.IsBareMetal ? "bare metal server" : "instance";
            CheckVpc(instance.VpcId, kind, instance.Name, instance.Location);
            for (var i = 0; i < instance.Interfaces.Length; i++)
            {
                var nic = instance.Interfaces[i];
                if (!_subnets.TryGetValue(nic.SubnetId, out var nicSubnet))
                {
                    if (_unreadable.Contains(nic.SubnetId))
                    {
                        continue;
                    }

                    _diagnostics.Report(TopologyDiagnostics.UnknownInterfaceSubnet, At(instance.Location, $".network_interfaces[{i}].subnet"), kind, instance.Name, nic.Name, nic.SubnetId);
                }
                else if (!nicSubnet.Cidr.Contains(nic.Address))
                {
                    _diagnostics.Report(TopologyDiagnostics.InterfaceAddressOutsideSubnet, At(instance.Location, $".network_interfaces[{i}].primary_ip"), kind, instance.Name, nic.Name, nic.Address, nicSubnet.Name, nicSubnet.Cidr);
                }
            }
        }

        foreach (var group in _config.SecurityGroups)
        {
            CheckVpc(group.VpcId, "security group", group.Name, group.Location);
            foreach (var rule in group.Rules)
            {
                if (rule.Remote is SecurityGroupRemote remote && !ResolvesGroup(remote, group.VpcId))
                {
                    if (!_unreadable.Contains(remote.SecurityGroupId))
                    {
                        _diagnostics.Report(TopologyDiagnostics.UnknownRemoteSecurityGroup, At(rule.Location, ".remote"), group.Name, remote.SecurityGroupName);
                    }
                }
                else if (rule.Remote is SecurityGroupRemote named && _securityGroups.TryGetValue(named.SecurityGroupId, out var byId) && named.SecurityGroupName != byId.Name
                    && !string.IsNullOrEmpty(named.SecurityGroupName) && named.SecurityGroupName != named.SecurityGroupId)
                {
                    // The API identifies the group by id; a different name is stale (renamed while collected) or hand-edited.
                    _diagnostics.Report(TopologyDiagnostics.RemoteGroupNameMismatch, At(rule.Location, ".remote"), group.Name, named.SecurityGroupName, byId.Name);
                }
            }
        }

        var targets = _config.Instances.SelectMany(i => i.Interfaces.SelectMany(n => new[] { n.Id, n.AttachmentId }))
            .Concat(_config.EndpointGateways.SelectMany(g => new[] { g.Id, g.Crn }))
            .Concat(_config.LoadBalancers.SelectMany(l => new[] { l.Id, l.Crn }))
            .Concat(_config.IksClusters.SelectMany(c => c.Workers.Select(w => w.Id)))
            .OfType<string>().ToHashSet();
        foreach (var group in _config.SecurityGroups)
        {
            foreach (var target in group.TargetIds.Where(t => !targets.Contains(t) && !_unreadable.Contains(t)))
            {
                _diagnostics.Report(TopologyDiagnostics.SecurityGroupTargetMissing, At(group.Location, ".targets"), group.Name, target);
            }
        }

        var interfaceIds = _config.Instances.SelectMany(i => i.Interfaces.SelectMany(n => new[] { n.Id, n.AttachmentId })).OfType<string>().ToHashSet();
        var gatewayIds = _config.PublicGateways.Select(g => g.Id).ToHashSet();
        foreach (var floatingIp in _config.FloatingIps)
        {
            if (floatingIp.TargetId is { } target && !interfaceIds.Contains(target) && !gatewayIds.Contains(target) && !_unreadable.Contains(target))
            {
                _diagnostics.Report(TopologyDiagnostics.FloatingIpTargetMissing, At(floatingIp.Location, ".target"), floatingIp.Name, target);
            }
        }
    }

    private bool ResolvesGroup(SecurityGroupRemote remote, string vpcId) =>
        _securityGroups.ContainsKey(remote.SecurityGroupId) ||
        _config.SecurityGroups.Any(g => g.Name == remote.SecurityGroupName && g.VpcId == vpcId);

    private static SourceLocation? At(SourceLocation? location, string suffix) =>
        location is null ? null : location with { Path = location.Path + suffix };
}
