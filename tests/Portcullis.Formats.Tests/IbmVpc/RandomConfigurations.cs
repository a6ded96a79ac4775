using System.Collections.Immutable;
using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;

namespace Portcullis.Formats.Tests.IbmVpc;

/// <summary>
/// Random configurations holding every kind of object the collector's JSON has, in the form the reader gives them
/// (ACL rules numbered in array order, deny <c>all</c> meaning every protocol, virtual interfaces after the others,
/// routing-table ingress sources in the reader's order): one or two VPCs with address prefixes, subnets with reserved
/// addresses, ACLs and groups with every protocol shape, remotes and locals, instances and bare metal servers with
/// virtual interfaces, floating IPs, public and endpoint gateways, load balancers, transit gateways with prefix
/// filters, routing tables and IKS clusters. References hold, so the configurations also analyse.
/// </summary>
/// <remarks>
/// Generated from a list of choices that CsCheck shrinks (shorter, smaller): each choice picks among a few options,
/// and choices past the end of the list pick the first (the smallest configuration).
/// </remarks>
internal static class RandomConfigurations
{
    public static readonly Gen<VpcConfiguration> Configurations = Gen.Int[0, 1 << 20].Array[0, 600].Select(choices => new Builder(choices).Build());

    private static readonly string[] RuleCidrs = ["0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/24", "10.1.1.0/26", "10.2.0.0/16", "10.1.0.4/32", "161.26.0.0/16", "8.8.8.0/24", "2001:db8::/32"];

    private sealed class Builder(int[] choices)
    {
        private int _next;

        private int Pick(int count) => _next < choices.Length ? choices[_next++] % count : 0;

        private bool Maybe() => Pick(2) == 1;

        private T One<T>(IReadOnlyList<T> options) => options[Pick(options.Count)];

        public VpcConfiguration Build()
        {
            var vpcs = new List<Vpc>();
            var subnets = new List<Subnet>();
            var acls = new List<NetworkAcl>();
            var groups = new List<SecurityGroup>();
            var instances = new List<Instance>();
            var floatingIps = new List<FloatingIp>();
            var publicGateways = new List<PublicGateway>();
            var endpointGateways = new List<EndpointGateway>();
            var loadBalancers = new List<LoadBalancer>();
            var routingTables = new List<RoutingTable>();
            var clusters = new List<IksCluster>();
            var vpcCount = 1 + Pick(2);
            for (var v = 1; v <= vpcCount; v++)
            {
                var vpcId = $"vpc-{v}";
                var groupIds = Enumerable.Range(1, 1 + Pick(3)).Select(g => $"sg-{v}-{g}").ToList();
                var aclIds = Enumerable.Range(1, 1 + Pick(3)).Select(a => $"acl-{v}-{a}").ToList();
                var zones = new[] { "us-south-1", "us-south-2" };
                vpcs.Add(new Vpc(vpcId, $"crn:v1:bluemix:public:is:us-south:a/acct::vpc:{vpcId}", v == 2 ? "vpc \"zwei\" é\t" : $"vpc {v}", "us-south",
                    [.. Enumerable.Range(0, 1 + Pick(2)).Select(p => new AddressPrefix(Maybe() ? $"prefix-{p}" : null, IpPrefix.Parse($"10.{v}.{p * 64}.0/18"), Maybe() ? zones[p % 2] : null))],
                    Maybe() ? new ResourceGroupRef(Maybe() ? "rg-id" : null, "default") : null,
                    Maybe() ? aclIds[0] : null,
                    Maybe() ? groupIds[0] : null));

                var subnetIds = new List<string>();
                foreach (var zone in zones.Take(1 + Pick(2)))
                {
                    var pgw = Maybe() ? $"pgw-{v}-{zone}" : null;
                    if (pgw is not null)
                    {
                        publicGateways.Add(new PublicGateway(pgw, Maybe() ? $"crn:{pgw}" : null, pgw, vpcId, zone, Maybe() ? IpAddress.Parse($"52.0.{v}.{subnetIds.Count + 1}") : null));
                    }

                    for (var s = Pick(2); s >= 0; s--)
                    {
                        var index = subnetIds.Count;
                        var id = $"subnet-{v}-{index}";
                        subnetIds.Add(id);
                        var cidr = IpPrefix.Parse($"10.{v}.{index}.0/24");
                        var reserved = Enumerable.Range(0, Pick(3)).Select(r => new ReservedIp($"rip-{id}-{r}", $"rip-{r}", At(cidr, 200 + r), Maybe() ? $"target-{r}" : null, Maybe() ? "endpoint_gateway" : null));
                        subnets.Add(new Subnet(id, Maybe() ? $"crn:{id}" : null, $"subnet {v}.{index}", vpcId, zone, cidr, One(aclIds), pgw, Maybe() ? $"rt-{v}" : null, [.. reserved],
                            Maybe() ? new ResourceGroupRef("rg-id", Maybe() ? "default" : null) : null));
                    }
                }

                foreach (var aclId in aclIds)
                {
                    var rules = Enumerable.Range(0, Pick(9)).Select(r => AclRule($"{aclId}-r{r}")).ToList();
                    acls.Add(new NetworkAcl(aclId, Maybe() ? $"crn:{aclId}" : null, aclId.Replace('-', '_'), vpcId, NetworkAcl.Numbered(rules),
                        [.. subnets.Where(s => s.NetworkAclId == aclId).Select(s => s.Id)], Maybe() ? "default" : null));
                }

                foreach (var groupId in groupIds)
                {
                    var rules = Enumerable.Range(0, Pick(7)).Select(r => GroupRule($"{groupId}-r{r}", r, groupIds)).ToList();
                    groups.Add(new SecurityGroup(groupId, Maybe() ? $"crn:{groupId}" : null, $"group {groupId}", vpcId, [.. rules], [], Maybe() ? "default" : null));
                }

                var host = 4;
                for (var i = Pick(4); i > 0; i--)
                {
                    var id = $"i-{v}-{i}";
                    var nics = new List<NetworkInterface>();
                    for (var n = Pick(2); n >= 0; n--)
                    {
                        var subnet = PickSubnet(subnets, subnetIds);
                        nics.Add(new NetworkInterface($"nic-{id}-{n}", $"eth{n}", At(subnet.Cidr, host++), subnet.Id, [.. groupIds.Take(Pick(groupIds.Count + 1))]));
                    }

                    if (Maybe())
                    {
                        var subnet = PickSubnet(subnets, subnetIds);
                        nics.Add(new NetworkInterface($"vni-{id}", $"vni {id}", At(subnet.Cidr, host++), subnet.Id, [.. groupIds.Take(Pick(groupIds.Count + 1))], IsVirtual: true, AttachmentId: $"att-{id}"));
                    }

                    instances.Add(new Instance(id, Maybe() ? $"crn:{id}" : null, $"vsi {id}", vpcId, One(zones), [.. nics], null, null, IsBareMetal: Maybe()));
                    if (Maybe())
                    {
                        floatingIps.Add(new FloatingIp($"fip-{id}", $"fip {id}", IpAddress.Parse($"52.1.{v}.{host}"), nics[0].Id, Maybe() ? "us-south-1" : null));
                    }
                }

                if (Maybe())
                {
                    var subnet = PickSubnet(subnets, subnetIds);
                    endpointGateways.Add(new EndpointGateway($"vpe-{v}", Maybe() ? $"crn:vpe-{v}" : null, $"vpe {v}", vpcId,
                        [new ReservedIp($"vpe-ip-{v}", $"vpe ip {v}", At(subnet.Cidr, host++), $"vpe-{v}", "endpoint_gateway")], [.. groupIds.Take(1 + Pick(groupIds.Count))],
                        Maybe() ? "crn:v1:bluemix:public:containers-kubernetes:us-south:::" : null, Maybe() ? new ResourceGroupRef(null, "default") : null));
                }

                if (Maybe())
                {
                    var subnet = PickSubnet(subnets, subnetIds);
                    var isPublic = Maybe();
                    var member = instances.LastOrDefault(i => i.VpcId == vpcId);
                    var pools = new[]
                    {
                        new LoadBalancerPool($"pool-{v}", $"pool {v}", One(["tcp", "http"]),
                            member is null ? [] : [new LoadBalancerPoolMember($"member-{v}", 8080, Maybe() ? member.Interfaces[0].Address : null, Maybe() ? member.Id : null)]),
                    };
                    loadBalancers.Add(new LoadBalancer($"lb-{v}", Maybe() ? $"crn:lb-{v}" : null, $"lb {v}", isPublic,
                        [new ReservedIp($"lb-ip-{v}", $"lb ip {v}", At(subnet.Cidr, host++), $"lb-{v}", "load_balancer")], isPublic ? [IpAddress.Parse($"52.2.{v}.1")] : [],
                        [subnet.Id], [.. groupIds.Take(Pick(groupIds.Count + 1))],
                        [new LoadBalancerListener($"listener-{v}", One(["tcp", "https"]), 443, 443 + Pick(2), Maybe() ? pools[0].Id : null, Maybe() ? [pools[0].Id] : [])],
                        [.. pools], Maybe() ? new ResourceGroupRef("rg-id", null) : null));
                }

                if (Maybe())
                {
                    routingTables.Add(new RoutingTable($"rt-{v}", $"table {v}", Maybe() ? vpcId : null, Maybe(), [.. subnetIds.Take(Pick(subnetIds.Count + 1))],
                        [.. Enumerable.Range(0, Pick(4)).Select(r => Route(v, r))],
                        [.. new[] { "direct_link", "internet", "transit_gateway", "vpc_zone" }.Where(_ => Maybe())]));
                }

                if (Maybe())
                {
                    var workers = Enumerable.Range(0, 1 + Pick(3)).Select(w =>
                    {
                        var subnet = PickSubnet(subnets, subnetIds);
                        return new IksWorkerNode($"kube-{v}-w{w}", At(subnet.Cidr, host++), Maybe() ? subnet.Id : null, Maybe() ? subnet.Cidr : default, Maybe() ? subnet.Zone : null, Maybe() ? "default" : null);
                    });
                    clusters.Add(new IksCluster($"cluster{v}", $"cluster {v}", Maybe() ? "us-south" : null, Maybe() ? "1.29.8_1543" : null,
                        Maybe() ? IpPrefix.Parse("172.17.0.0/18") : default, Maybe() ? IpPrefix.Parse("172.21.0.0/16") : default, Maybe() ? "https://c1.us-south.containers.cloud.ibm.com:31000" : null, [.. workers]));
                }
            }

            var (transitGateways, transitConnections) = Transit(vpcs);
            return new VpcConfiguration
            {
                Vpcs = [.. vpcs],
                Subnets = [.. subnets],
                NetworkAcls = [.. acls],
                SecurityGroups = [.. groups],
                Instances = [.. instances.OrderBy(i => i.IsBareMetal)], // the reader lists instances before bare metal servers
                EndpointGateways = [.. endpointGateways],
                FloatingIps = [.. floatingIps],
                PublicGateways = [.. publicGateways],
                LoadBalancers = [.. loadBalancers],
                TransitGateways = transitGateways,
                TransitConnections = transitConnections,
                RoutingTables = [.. routingTables],
                IksClusters = [.. clusters],
            };
        }

        private (ImmutableArray<TransitGateway>, ImmutableArray<TransitConnection>) Transit(List<Vpc> vpcs)
        {
            if (!Maybe())
            {
                return ([], []);
            }

            var gateway = new TransitGateway("tgw-1", "crn:tgw-1", "tgw one", Maybe() ? "us-south" : null, Maybe(), Maybe() ? new ResourceGroupRef("rg-id", "default") : null);
            var connections = vpcs.Select((vpc, i) => new TransitConnection($"tgc-{i}", $"connection {i}", gateway.Crn, gateway.Name, vpc.Crn, Maybe() ? "vpc" : null, Maybe() ? "attached" : null,
                One([PrefixFilterAction.Permit, PrefixFilterAction.Deny]),
                [.. Enumerable.Range(0, Pick(3)).Select(f => new PrefixFilter(One([PrefixFilterAction.Permit, PrefixFilterAction.Deny]), IpPrefix.Parse($"10.{i + 1}.0.0/16"), Maybe() ? 18 : null, Maybe() ? 24 : null))]));
            return ([gateway], [.. connections]);
        }

        private Route Route(int vpc, int index)
        {
            var action = One(["deliver", "drop", "delegate", "delegate_vpc"]);
            return new Route($"route-{index}", IpPrefix.Parse(One(["0.0.0.0/0", "10.9.0.0/16", "192.168.0.0/24"])), action,
                action == "deliver" ? IpAddress.Parse($"10.{vpc}.0.{10 + index}") : null, Maybe() ? "us-south-1" : null, Pick(5));
        }

        private NetworkAclRule AclRule(string id)
        {
            var action = Maybe() ? AclAction.Deny : AclAction.Allow;
            var (protocol, connection) = Protocol(isAcl: true, isDeny: action == AclAction.Deny);
            return new NetworkAclRule(id, $"rule {id}", action, Maybe() ? TrafficDirection.Outbound : TrafficDirection.Inbound,
                IpPrefix.Parse(One(RuleCidrs)), IpPrefix.Parse(One(RuleCidrs)), protocol, connection, 0);
        }

        private SecurityGroupRule GroupRule(string id, int index, List<string> groupIds)
        {
            var (protocol, connection) = Protocol(isAcl: false, isDeny: false);
            var remoteGroup = One(groupIds);
            RuleRemote remote = Pick(4) switch
            {
                0 => new CidrRemote(IpPrefix.Parse(One(RuleCidrs))),
                1 => new CidrRemote(IpPrefix.Parse(One(["10.1.0.4/32", "8.8.8.8/32"])), IsAddress: true),
                2 => new SecurityGroupRemote(remoteGroup, $"group {remoteGroup}"),
                _ => new SecurityGroupRemote(string.Empty, $"group {remoteGroup}"), // a remote by name only, as some exports write it
            };
            var local = One([default, IpPrefix.Parse("10.1.0.4/32"), IpPrefix.Parse("10.1.0.0/26")]);
            return new SecurityGroupRule(id, Maybe() ? $"rule {id}" : null, Maybe() ? TrafficDirection.Outbound : TrafficDirection.Inbound, remote, local, protocol, connection, index);
        }

        // A protocol as written and the packets the reader makes of it, with its port or ICMP fields.
        private (RuleProtocol Protocol, ConnectionSet Connection) Protocol(bool isAcl, bool isDeny)
        {
            var name = One(["tcp", "udp", "icmp", "any", "all", "icmp_tcp_udp", "gre", "number_99", "esp", "not-a-protocol"]);
            var protocol = RuleProtocol.FromApiName(name);
            switch (name)
            {
                case "tcp" or "udp":
                    var number = name == "tcp" ? IpProtocols.Tcp : IpProtocols.Udp;
                    var (sourceMin, sourceMax) = isAcl ? One([(1, 65535), (443, 443), (1024, 65535)]) : (1, 65535);
                    var (min, max) = One([(1, 65535), (22, 22), (30000, 32767), (53, 53)]);
                    return (protocol, ConnectionSet.Ports(number, sourceMin, sourceMax, min, max));
                case "icmp":
                    var type = One<int?>([null, 0, 8, 3]);
                    return (protocol, ConnectionSet.IcmpOf(type, type is null ? null : One<int?>([null, 0, 4])));
                case "not-a-protocol":
                    return (protocol, ConnectionSet.None);
                case "all" when isDeny:
                    var every = IntervalSet<int>.Range(0, IpProtocols.Max);
                    return (protocol with { Numbers = every }, ConnectionSet.Protocols(every));
                default:
                    return (protocol, ConnectionSet.Protocols(protocol.Numbers));
            }
        }

        private Subnet PickSubnet(List<Subnet> subnets, List<string> ids)
        {
            var id = One(ids);
            return subnets.First(s => s.Id == id);
        }

        private static IpAddress At(IpPrefix block, int host) => new(block.First.Value + (UInt128)host);
    }
}
