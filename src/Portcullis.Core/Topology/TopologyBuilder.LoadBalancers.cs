using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

internal sealed partial class TopologyBuilder
{
    /// <summary>
    /// A load balancer's endpoints: its private IPs, and, because IBM's load balancers place and move their
    /// addresses anywhere in their subnets, a potential private IP for every other block of those subnets that the
    /// VPC's rules distinguish (addresses the subnet reserves are skipped). A public load balancer is reachable
    /// from the internet on each of them, as through a floating IP.
    /// </summary>
    private List<Endpoint> LoadBalancerEndpoints(Vpc vpc, Dictionary<string, SubnetNode> bySubnetId, Func<IEnumerable<string?>, IEnumerable<string>, ImmutableArray<SecurityGroup>> groupsOf)
    {
        var endpoints = new List<Endpoint>();
        var loadBalancers = _config.LoadBalancers.Where(lb => lb.SubnetIds.Length > 0 && bySubnetId.ContainsKey(lb.SubnetIds[0])).ToList();
        if (loadBalancers.Count == 0)
        {
            return endpoints;
        }

        var prefixes = RulePrefixes(vpc);
        foreach (var lb in loadBalancers)
        {
            var groups = groupsOf([lb.Id, lb.Crn], lb.SecurityGroupIds);
            var router = lb.PublicIps.IsDefaultOrEmpty ? null : new FloatingIp($"{lb.Id}-public", $"{lb.Name}-public", lb.PublicIps[0], lb.Id, null);
            foreach (var subnetId in lb.SubnetIds.Distinct())
            {
                if (!bySubnetId.TryGetValue(subnetId, out var subnet))
                {
                    continue;
                }

                var reserved = IpAddressSet.Empty;
                foreach (var ip in subnet.Subnet.ReservedIps)
                {
                    reserved = reserved.Union(IpAddressSet.Single(ip.Address));
                }

                foreach (var block in Blocks(subnet.Subnet.Cidr, prefixes))
                {
                    var real = lb.PrivateIps.Where(ip => block.Contains(ip.Address)).ToList();
                    foreach (var ip in real)
                    {
                        endpoints.Add(new Endpoint(ip.Id, EndpointKind.LoadBalancerPrivateIp, lb.Name, ip.Name, ip.Address, subnet, groups, lb.Id, router));
                    }

                    var free = block.Except(reserved);
                    if (real.Count == 0 && !free.IsEmpty)
                    {
                        endpoints.Add(new Endpoint($"{lb.Id}:{free.First}", EndpointKind.LoadBalancerPrivateIp, lb.Name, $"{lb.Name}-potential", free.First, subnet, groups, lb.Id, router, block));
                    }
                }
            }
        }

        return endpoints;
    }

    // Every block any ACL or security-group rule of the VPC names.
    private List<IpPrefix> RulePrefixes(Vpc vpc)
    {
        var prefixes = new HashSet<IpPrefix>();
        foreach (var rule in _config.NetworkAcls.Where(a => a.VpcId == vpc.Id || a.VpcId == vpc.Crn).SelectMany(a => a.Rules))
        {
            prefixes.Add(rule.Source);
            prefixes.Add(rule.Destination);
        }

        foreach (var rule in _config.SecurityGroups.Where(g => g.VpcId == vpc.Id || g.VpcId == vpc.Crn).SelectMany(g => g.Rules))
        {
            prefixes.Add(rule.Local);
            if (rule.Remote is CidrRemote cidr)
            {
                prefixes.Add(cidr.Prefix);
            }
        }

        prefixes.Remove(default);
        return [.. prefixes];
    }

    /// <summary>The subnet's addresses grouped by the rule blocks that contain them: every rule treats a group alike.</summary>
    private static IEnumerable<IpAddressSet> Blocks(IpPrefix subnet, List<IpPrefix> prefixes)
    {
        var inside = prefixes.Where(p => p.First <= subnet.Last && p.Last >= subnet.First).ToList();
        var cuts = new SortedSet<UInt128> { subnet.First.Value };
        foreach (var prefix in inside)
        {
            foreach (var cut in new[] { prefix.First.Value, prefix.Last.Value + 1 })
            {
                if (cut > subnet.First.Value && cut <= subnet.Last.Value)
                {
                    cuts.Add(cut);
                }
            }
        }

        var groups = new Dictionary<string, IpAddressSet>();
        var order = new List<string>();
        var points = cuts.ToArray();
        for (var i = 0; i < points.Length; i++)
        {
            var first = new IpAddress(points[i]);
            var last = new IpAddress(i + 1 < points.Length ? points[i + 1] - 1 : subnet.Last.Value);
            var signature = string.Join(',', inside.Select((p, index) => p.Contains(first) ? index : -1).Where(index => index >= 0));
            if (!groups.TryGetValue(signature, out var block))
            {
                order.Add(signature);
                block = IpAddressSet.Empty;
            }

            groups[signature] = block.Union(IpAddressSet.Range(first, last));
        }

        return order.Select(signature => groups[signature]);
    }
}
