using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

internal sealed partial class TopologyBuilder
{
    /// <summary>Reports every reference that does not resolve, all at once.</summary>
    private void ValidateReferences()
    {
        var vpcKeys = _config.Vpcs.SelectMany(v => new[] { v.Id, v.Crn }).ToHashSet();
        void CheckVpc(string vpcId, string what, SourceLocation? location)
        {
            if (!vpcKeys.Contains(vpcId))
            {
                _diagnostics.Error("PC3002", $"{what} refers to VPC '{vpcId}', which is not in the configuration", At(location, ".vpc"));
            }
        }

        foreach (var subnet in _config.Subnets)
        {
            CheckVpc(subnet.VpcId, $"subnet {subnet.Name}", subnet.Location);
            if (!_acls.TryGetValue(subnet.NetworkAclId, out var acl))
            {
                _diagnostics.Error("PC3003", $"subnet {subnet.Name} refers to network ACL '{subnet.NetworkAclId}', which is not in the configuration", At(subnet.Location, ".network_acl"));
            }
            else if (!acl.SubnetIds.IsDefaultOrEmpty && !acl.SubnetIds.Contains(subnet.Id) && (subnet.Crn is null || !acl.SubnetIds.Contains(subnet.Crn)))
            {
                _diagnostics.Warning("PC2007", $"subnet {subnet.Name} names network ACL {acl.Name}, but the ACL does not list the subnet; the subnet's own reference is used", At(subnet.Location, ".network_acl"));
            }

            if (subnet.PublicGatewayId is { } gateway && !_publicGateways.ContainsKey(gateway))
            {
                _diagnostics.Error("PC3004", $"subnet {subnet.Name} refers to public gateway '{gateway}', which is not in the configuration", At(subnet.Location, ".public_gateway"));
            }
        }

        foreach (var acl in _config.NetworkAcls)
        {
            CheckVpc(acl.VpcId, $"network ACL {acl.Name}", acl.Location);
        }

        foreach (var instance in _config.Instances)
        {
            CheckVpc(instance.VpcId, $"instance {instance.Name}", instance.Location);
            for (var i = 0; i < instance.Interfaces.Length; i++)
            {
                var nic = instance.Interfaces[i];
                if (!_subnets.TryGetValue(nic.SubnetId, out var nicSubnet))
                {
                    _diagnostics.Error("PC3005", $"instance {instance.Name}: interface {nic.Name} refers to subnet '{nic.SubnetId}', which is not in the configuration", At(instance.Location, $".network_interfaces[{i}].subnet"));
                }
                else if (!nicSubnet.Cidr.Contains(nic.Address))
                {
                    _diagnostics.Error("PC3006", $"instance {instance.Name}: interface {nic.Name} has address {nic.Address}, outside its subnet {nicSubnet.Name} ({nicSubnet.Cidr})", At(instance.Location, $".network_interfaces[{i}].primary_ip"));
                }
            }
        }

        foreach (var group in _config.SecurityGroups)
        {
            CheckVpc(group.VpcId, $"security group {group.Name}", group.Location);
            foreach (var rule in group.Rules)
            {
                if (rule.Remote is SecurityGroupRemote remote && !ResolvesGroup(remote, group.VpcId))
                {
                    _diagnostics.Error("PC3007", $"security group {group.Name}: a rule's remote is security group '{remote.SecurityGroupName}', which is not in the configuration", At(rule.Location, ".remote"));
                }
                else if (rule.Remote is SecurityGroupRemote named && _securityGroups.TryGetValue(named.SecurityGroupId, out var byId) && named.SecurityGroupName != byId.Name
                    && !string.IsNullOrEmpty(named.SecurityGroupName) && named.SecurityGroupName != named.SecurityGroupId)
                {
                    // The API identifies the group by id; a different name is stale (renamed while collected) or hand-edited.
                    _diagnostics.Warning("PC2010", $"security group {group.Name}: a rule's remote names group '{named.SecurityGroupName}' but its id is group {byId.Name}'s; the id decides", At(rule.Location, ".remote"));
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
            foreach (var target in group.TargetIds.Where(t => !targets.Contains(t)))
            {
                _diagnostics.Warning("PC2008", $"security group {group.Name} lists target '{target}', which is not in the configuration; it is ignored", At(group.Location, ".targets"));
            }
        }

        var interfaceIds = _config.Instances.SelectMany(i => i.Interfaces.SelectMany(n => new[] { n.Id, n.AttachmentId })).OfType<string>().ToHashSet();
        var gatewayIds = _config.PublicGateways.Select(g => g.Id).ToHashSet();
        foreach (var floatingIp in _config.FloatingIps)
        {
            if (floatingIp.TargetId is { } target && !interfaceIds.Contains(target) && !gatewayIds.Contains(target))
            {
                _diagnostics.Warning("PC2009", $"floating IP {floatingIp.Name} is bound to '{target}', which is not in the configuration; it is ignored", At(floatingIp.Location, ".target"));
            }
        }
    }

    private bool ResolvesGroup(SecurityGroupRemote remote, string vpcId) =>
        _securityGroups.ContainsKey(remote.SecurityGroupId) ||
        _config.SecurityGroups.Any(g => g.Name == remote.SecurityGroupName && g.VpcId == vpcId);

    private static SourceLocation? At(SourceLocation? location, string suffix) =>
        location is null ? null : location with { Path = location.Path + suffix };
}
