using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;

namespace Portcullis.Core.Topology;

internal sealed partial class TopologyBuilder
{
    /// <summary>
    /// Cuts the external space at every block that the VPC's rules mention (every ACL of the VPC, and every group
    /// that has members) and at the public / service boundaries, so each block gets one answer from every rule.
    /// </summary>
    private static ImmutableArray<ExternalBlock> ExternalBlocksOf(VpcNetwork network)
    {
        var cuts = new SortedSet<UInt128>();
        void AddCuts(IpAddressSet set)
        {
            foreach (var (first, last) in set.Except(network.InternalAddresses).Ranges)
            {
                cuts.Add(first.Value);
                if (last.Value != UInt128.MaxValue)
                {
                    cuts.Add(last.Value + 1);
                }
            }
        }

        AddCuts(ExternalAddressSpace.PublicInternet);
        AddCuts(ExternalAddressSpace.ServiceNetwork);
        foreach (var rule in network.Acls.SelectMany(a => a.Rules))
        {
            AddCuts(rule.Source.ToAddressSet());
            AddCuts(rule.Destination.ToAddressSet());
        }

        foreach (var group in network.SecurityGroups.Where(g => !network.SecurityGroupMembers.GetValueOrDefault(g.Id).IsEmpty))
        {
            foreach (var rule in group.Rules)
            {
                if (rule.Remote is CidrRemote cidr)
                {
                    AddCuts(cidr.Prefix.ToAddressSet());
                }
            }
        }

        var blocks = ImmutableArray.CreateBuilder<ExternalBlock>();
        var points = cuts.ToArray();
        for (var i = 0; i < points.Length; i++)
        {
            var first = new IpAddress(points[i]);
            var last = new IpAddress(i + 1 < points.Length ? points[i + 1] - 1 : UInt128.MaxValue);
            if (ExternalAddressSpace.ServiceNetwork.Contains(first))
            {
                blocks.Add(new ExternalBlock(ExternalKind.ServiceNetwork, first, last));
            }
            else if (ExternalAddressSpace.PublicInternet.Contains(first))
            {
                blocks.Add(new ExternalBlock(ExternalKind.PublicInternet, first, last));
            }
        }

        return blocks.ToImmutable();
    }
}
