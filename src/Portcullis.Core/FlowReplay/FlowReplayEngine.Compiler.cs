using System.Collections.Concurrent;
using Portcullis.Core.Addresses;
using Portcullis.Core.Classification;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.FlowReplay;

public sealed partial class FlowReplayEngine
{
    /// <summary>
    /// Lays out each ACL and each security group once per direction: numbers every lane and rule in a fixed order
    /// (so reports do not depend on threads) and leaves the classifiers to be compiled when records first need them.
    /// </summary>
    private sealed class Compiler
    {
        private readonly ReplayCatalog _catalog = new();
        private readonly Dictionary<NetworkAcl, (Lane<AclLane> Inbound, Lane<AclLane> Outbound)> _acls = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(SecurityGroup, TrafficDirection), Lane<GroupLane>> _groups = [];
        private readonly ConcurrentDictionary<(VpcNetwork, string), IReadOnlyList<IpPrefix>> _members = new();

        public FlowReplayEngine Compile(NetworkTopology topology)
        {
            var paths = new List<ReplayPath>();
            foreach (var vpc in topology.Vpcs)
            {
                foreach (var endpoint in vpc.Endpoints.Where(e => e.Address.IsIPv4 && e.Subnet.Subnet.Cidr.IsIPv4))
                {
                    var (aclIn, aclOut) = Acl(endpoint.Subnet.Acl);
                    var cidr = endpoint.Subnet.Subnet.Cidr;
                    paths.Add(new ReplayPath(paths.Count, endpoint, cidr.First.IPv4Value, cidr.Last.IPv4Value, endpoint.Subnet.Acl.Name, aclIn, aclOut,
                        string.Join(',', endpoint.SecurityGroups.Select(g => g.Name)),
                        [.. endpoint.SecurityGroups.Select(g => Group(vpc, g, TrafficDirection.Inbound))],
                        [.. endpoint.SecurityGroups.Select(g => Group(vpc, g, TrafficDirection.Outbound))]));
                }
            }

            return new FlowReplayEngine(_catalog, [.. paths]);
        }

        private (Lane<AclLane>, Lane<AclLane>) Acl(NetworkAcl acl)
        {
            if (!_acls.TryGetValue(acl, out var lanes))
            {
                lanes = (AclLaneOf(acl, TrafficDirection.Inbound), AclLaneOf(acl, TrafficDirection.Outbound));
                _acls.Add(acl, lanes);
            }

            return lanes;
        }

        private Lane<AclLane> AclLaneOf(NetworkAcl acl, TrafficDirection direction)
        {
            var id = _catalog.AddLane();
            var rules = acl.RulesOf(direction).ToArray();
            int[] ids = [.. rules.Select(r => _catalog.AddRule(acl, r, id))];
            return new Lane<AclLane>(id, ids, lane => new AclLane(
                FirstMatchClassifier.Build(ClassifierRules.OfAcl(acl, direction)), lane.RuleIds, [.. rules.Select(r => r.Action == AclAction.Allow)]));
        }

        // Each group is laid out once per direction, whatever endpoints it is on.
        private Lane<GroupLane> Group(VpcNetwork vpc, SecurityGroup group, TrafficDirection direction)
        {
            if (!_groups.TryGetValue((group, direction), out var lane))
            {
                var id = _catalog.AddLane();
                var rules = group.Rules.Where(r => r.Direction == direction).ToArray();
                int[] ids = [.. rules.Select(r => _catalog.AddRule(group, r, vpc, id))];
                lane = new Lane<GroupLane>(id, ids, compiled => new GroupLane(
                    AnyMatchClassifier.Build(rules.SelectMany((rule, index) => ClassifierRules.OfSecurityGroupRule(index, rule, Remote(vpc, rule.Remote)))),
                    compiled.RuleIds));
                _groups.Add((group, direction), lane);
            }

            return lane;
        }

        // A group remote's members as blocks, worked out once per group however many rules name it.
        private IReadOnlyList<IpPrefix> Remote(VpcNetwork vpc, RuleRemote remote) => remote switch
        {
            CidrRemote cidr => [cidr.Prefix],
            SecurityGroupRemote group => _members.GetOrAdd((vpc, group.SecurityGroupId), key => key.Item1.RemoteAddresses(remote).ToPrefixes()),
            _ => [],
        };
    }
}
