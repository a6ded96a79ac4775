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
        var mentioned = new List<(IpAddress First, IpAddress Last)>();
        mentioned.AddRange(ExternalAddressSpace.PublicInternet.Ranges);
        mentioned.AddRange(ExternalAddressSpace.ServiceNetwork.Ranges);
        foreach (var rule in network.Acls.SelectMany(a => a.Rules))
        {
            mentioned.Add((rule.Source.First, rule.Source.Last));
            mentioned.Add((rule.Destination.First, rule.Destination.Last));
        }

        foreach (var group in network.SecurityGroups.Where(g => !network.SecurityGroupMembers.GetValueOrDefault(g.Id).IsEmpty))
        {
            foreach (var rule in group.Rules)
            {
                if (rule.Remote is CidrRemote cidr)
                {
                    mentioned.Add((cidr.Prefix.First, cidr.Prefix.Last));
                }
            }
        }

        var points = CutPoints(mentioned, network.InternalAddresses);
        var blocks = ImmutableArray.CreateBuilder<ExternalBlock>();
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

    /// <summary>
    /// The boundaries of every mentioned block once the VPC's own addresses are taken out of it: the same cuts as
    /// subtracting the internal addresses from each block, found without building each difference (a VPC with
    /// thousands of rules and hundreds of subnets would otherwise allocate gigabytes here).
    /// </summary>
    private static UInt128[] CutPoints(List<(IpAddress First, IpAddress Last)> mentioned, IpAddressSet internalAddresses)
    {
        var cuts = new List<UInt128>(mentioned.Count * 2);
        bool IsInternal(UInt128 value) => internalAddresses.Contains(new IpAddress(value));

        // Where the internal space is not involved, a block's own ends are the cuts.
        foreach (var (first, last) in mentioned)
        {
            if (!IsInternal(first.Value))
            {
                cuts.Add(first.Value);
            }

            if (last.Value != UInt128.MaxValue && !IsInternal(last.Value) && !IsInternal(last.Value + 1))
            {
                cuts.Add(last.Value + 1);
            }
        }

        // An internal range cuts where a mentioned block runs up to it or on from it.
        var covered = IpAddressSet.OfRanges(mentioned);
        foreach (var (first, last) in internalAddresses.Ranges)
        {
            if (first.Value != UInt128.Zero && covered.Contains(new IpAddress(first.Value - 1)))
            {
                cuts.Add(first.Value);
            }

            if (last.Value != UInt128.MaxValue && covered.Contains(new IpAddress(last.Value + 1)))
            {
                cuts.Add(last.Value + 1);
            }
        }

        cuts.Sort();
        return [.. cuts.Distinct()];
    }
}
