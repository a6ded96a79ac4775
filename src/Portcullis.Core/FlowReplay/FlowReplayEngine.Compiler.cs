using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using Portcullis.Core.Addresses;
using Portcullis.Core.Classification;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;

namespace Portcullis.Core.FlowReplay;

public sealed partial class FlowReplayEngine
{
    /// <summary>
    /// Compiles each ACL and each security group once per direction: first numbers every lane and rule in a fixed
    /// order (so reports do not depend on threads), then builds the classifiers and citations on every core.
    /// </summary>
    private sealed class Compiler
    {
        private readonly ReplayCatalog _catalog = new();
        private readonly Dictionary<NetworkAcl, (Lane Inbound, Lane Outbound)> _acls = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(SecurityGroup, TrafficDirection), Lane> _groups = [];
        private readonly List<Lane> _lanes = [];
        private readonly ConcurrentDictionary<(VpcNetwork, string), IReadOnlyList<IpPrefix>> _members = new();

        public FlowReplayEngine Compile(NetworkTopology topology)
        {
            var endpoints = new List<(VpcNetwork Vpc, Endpoint Endpoint, Lane AclIn, Lane AclOut, Lane[] GroupsIn, Lane[] GroupsOut)>();
            foreach (var vpc in topology.Vpcs)
            {
                foreach (var endpoint in vpc.Endpoints.Where(e => e.Address.IsIPv4 && e.Subnet.Subnet.Cidr.IsIPv4))
                {
                    var (aclIn, aclOut) = Acl(vpc, endpoint.Subnet.Acl);
                    endpoints.Add((vpc, endpoint, aclIn, aclOut,
                        [.. endpoint.SecurityGroups.Select(g => Group(vpc, g, TrafficDirection.Inbound))],
                        [.. endpoint.SecurityGroups.Select(g => Group(vpc, g, TrafficDirection.Outbound))]));
                }
            }

            Parallel.ForEach(_lanes, Build);
            var paths = endpoints.Select((e, id) =>
            {
                var cidr = e.Endpoint.Subnet.Subnet.Cidr;
                return new ReplayPath(id, e.Endpoint, cidr.First.IPv4Value, cidr.Last.IPv4Value, e.Endpoint.Subnet.Acl.Name, e.AclIn.AclLane!, e.AclOut.AclLane!,
                    string.Join(',', e.Endpoint.SecurityGroups.Select(g => g.Name)), [.. e.GroupsIn.Select(l => l.GroupLane!)], [.. e.GroupsOut.Select(l => l.GroupLane!)]);
            });
            return new FlowReplayEngine(_catalog, [.. paths]);
        }

        private (Lane, Lane) Acl(VpcNetwork vpc, NetworkAcl acl)
        {
            if (!_acls.TryGetValue(acl, out var lanes))
            {
                lanes = (Number(new Lane(vpc, acl, null, TrafficDirection.Inbound)), Number(new Lane(vpc, acl, null, TrafficDirection.Outbound)));
                _acls.Add(acl, lanes);
            }

            return lanes;
        }

        private Lane Group(VpcNetwork vpc, SecurityGroup group, TrafficDirection direction)
        {
            if (!_groups.TryGetValue((group, direction), out var lane))
            {
                lane = Number(new Lane(vpc, null, group, direction));
                _groups.Add((group, direction), lane);
            }

            return lane;
        }

        private Lane Number(Lane lane)
        {
            var (kind, name) = lane.Acl is { } acl ? (LayerKind.NetworkAcl, acl.Name) : (LayerKind.SecurityGroup, lane.Group!.Name);
            lane.Id = _catalog.AddLane($"{(kind == LayerKind.NetworkAcl ? "acl" : "security group")} {name} {lane.Direction}");
            var locations = lane.Acl is { } a ? a.RulesOf(lane.Direction).Select(r => r.Location) : lane.Group!.Rules.Where(r => r.Direction == lane.Direction).Select(r => r.Location);
            lane.RuleIds = [.. locations.Select(location => _catalog.AddRule(kind, name, lane.Direction, location, lane.Id))];
            _lanes.Add(lane);
            return lane;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Build(Lane lane)
        {
            if (lane.Acl is { } acl)
            {
                var rules = acl.RulesOf(lane.Direction).ToArray();
                for (var i = 0; i < rules.Length; i++)
                {
                    _catalog.SetCitation(lane.RuleIds[i], RuleText.Of(rules[i]));
                }

                lane.AclLane = new AclLane(FirstMatchClassifier.Build(ClassifierRules.OfAcl(acl, lane.Direction)), lane.RuleIds,
                    [.. rules.Select(r => r.Action == AclAction.Allow)], lane.Id);
                return;
            }

            var groupRules = lane.Group!.Rules.Where(r => r.Direction == lane.Direction).ToArray();
            var classifierRules = new List<ClassifierRule>();
            for (var i = 0; i < groupRules.Length; i++)
            {
                _catalog.SetCitation(lane.RuleIds[i], RuleText.Of(groupRules[i], lane.Vpc));
                classifierRules.AddRange(ClassifierRules.OfSecurityGroupRule(i, groupRules[i], Remote(lane.Vpc, groupRules[i].Remote)));
            }

            lane.GroupLane = new GroupLane(AnyMatchClassifier.Build(classifierRules), lane.RuleIds, lane.Id);
        }

        // A group remote's members as blocks, worked out once per group however many rules name it.
        private IReadOnlyList<IpPrefix> Remote(VpcNetwork vpc, RuleRemote remote) => remote switch
        {
            CidrRemote cidr => [cidr.Prefix],
            SecurityGroupRemote group => _members.GetOrAdd((vpc, group.SecurityGroupId), key => key.Item1.RemoteAddresses(remote).ToPrefixes()),
            _ => [],
        };

        /// <summary>One ACL or group direction to compile, with its numbers and, once built, its compiled lane.</summary>
        private sealed class Lane(VpcNetwork vpc, NetworkAcl? acl, SecurityGroup? group, TrafficDirection direction)
        {
            public VpcNetwork Vpc { get; } = vpc;

            public NetworkAcl? Acl { get; } = acl;

            public SecurityGroup? Group { get; } = group;

            public TrafficDirection Direction { get; } = direction;

            public int Id { get; set; }

            public int[] RuleIds { get; set; } = [];

            public AclLane? AclLane { get; set; }

            public GroupLane? GroupLane { get; set; }
        }
    }
}
