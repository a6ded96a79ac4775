using System.Collections.Concurrent;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Flows.Classification;

namespace Portcullis.Flows.Replay;

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
        /// <summary>Group remotes with up to this many member blocks are matched by the classifier itself.</summary>
        private const int ClassifiedRemoteBlocks = 4;

        private readonly ConcurrentDictionary<(VpcNetwork, SecurityGroupRemote), RemoteBlocks> _groupRemotes = new();

        public FlowReplayEngine Compile(NetworkTopology topology)
        {
            var paths = new List<ReplayPath>();
            foreach (var vpc in topology.Vpcs)
            {
                foreach (var endpoint in vpc.Endpoints.Where(e => e.Address.IsIPv4 && e.Subnet.Subnet.Cidr.IsIPv4))
                {
                    var (aclIn, aclOut) = Acl(vpc, endpoint.Subnet.Acl);
                    var cidr = endpoint.Subnet.Subnet.Cidr;
                    paths.Add(new ReplayPath(paths.Count, endpoint, cidr.First.IPv4Value, cidr.Last.IPv4Value, aclIn, aclOut,
                        [.. endpoint.SecurityGroups.Select(g => Group(vpc, g, TrafficDirection.Inbound))],
                        [.. endpoint.SecurityGroups.Select(g => Group(vpc, g, TrafficDirection.Outbound))]));
                }
            }

            return new FlowReplayEngine(_catalog, [.. paths]);
        }

        private (Lane<AclLane>, Lane<AclLane>) Acl(VpcNetwork vpc, NetworkAcl acl)
        {
            if (!_acls.TryGetValue(acl, out var lanes))
            {
                lanes = (AclLaneOf(vpc, acl, TrafficDirection.Inbound), AclLaneOf(vpc, acl, TrafficDirection.Outbound));
                _acls.Add(acl, lanes);
            }

            return lanes;
        }

        private Lane<AclLane> AclLaneOf(VpcNetwork vpc, NetworkAcl acl, TrafficDirection direction)
        {
            var id = _catalog.AddLane();
            var rules = acl.RulesOf(direction).ToArray();
            int[] ids = [.. rules.Select(r => _catalog.AddRule(acl, r, vpc, id))];
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
                lane = new Lane<GroupLane>(id, ids, compiled =>
                {
                    var members = new MemberAddresses?[rules.Length];
                    var entries = new List<ClassifierRule>();
                    for (var index = 0; index < rules.Length; index++)
                    {
                        var remote = Remote(vpc, rules[index].Remote);
                        members[index] = remote.Members;
                        entries.AddRange(ClassifierRules.OfSecurityGroupRule(index, rules[index], remote.Blocks));
                    }

                    return new GroupLane(AnyMatchClassifier.Build(entries), compiled.RuleIds, members);
                });
                _groups.Add((group, direction), lane);
            }

            return lane;
        }

        // A group remote's members, worked out once per group however many rules name it. A few blocks go into the
        // classifier; more leave the remote open there and are checked after a match, so that a large group costs
        // one classifier entry per rule instead of one per member block.
        private RemoteBlocks Remote(VpcNetwork vpc, RuleRemote remote) => remote switch
        {
            CidrRemote cidr => new RemoteBlocks([cidr.Prefix], null),
            SecurityGroupRemote group => _groupRemotes.GetOrAdd((vpc, group), key =>
            {
                var members = key.Item1.RemoteAddresses(key.Item2);
                var blocks = members.ToPrefixes();
                return blocks.Count <= ClassifiedRemoteBlocks ? new RemoteBlocks(blocks, null) : new RemoteBlocks([IpPrefix.AllIPv4], MemberAddresses.Of(members));
            }),
            _ => new RemoteBlocks([], null),
        };

        /// <summary>The remote blocks a rule's classifier entries get, and the members to check when those leave the remote open.</summary>
        private sealed record RemoteBlocks(IReadOnlyList<IpPrefix> Blocks, MemberAddresses? Members);
    }
}
