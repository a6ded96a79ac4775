using System.Collections.Immutable;
using Portcullis.Core.Addresses;

namespace Portcullis.Cluster.Requirements;

/// <summary>Who a requirement's traffic is exchanged with.</summary>
/// <param name="Kind">What the peer stands for.</param>
/// <param name="Cidrs">The blocks, for <see cref="PeerKind.Cidrs"/>.</param>
public sealed record RequirementPeer(PeerKind Kind, ImmutableArray<IpPrefix> Cidrs = default)
{
    /// <summary>The names of the kinds in catalog files.</summary>
    public static string KindName(PeerKind kind) => kind switch
    {
        PeerKind.Cidrs => "cidr",
        PeerKind.WorkerSubnets => "worker-subnets",
        PeerKind.VpcSubnets => "vpc-subnets",
        PeerKind.VpcPrefixes => "vpc-prefixes",
        PeerKind.PodSubnet => "pod-subnet",
        PeerKind.ControlPlane => "control-plane",
        PeerKind.Workers => "workers",
        _ => "master-vpe",
    };

    /// <summary>Reads <c>cidr 161.26.0.0/16</c>, <c>any</c> (every IPv4 address), or a kind name.</summary>
    /// <param name="text">The text.</param>
    /// <param name="peer">The peer, when the text is one.</param>
    /// <param name="problem">Why it is not, otherwise.</param>
    /// <returns>Whether the text is a peer.</returns>
    public static bool TryParse(string? text, out RequirementPeer? peer, out PeerProblem? problem)
    {
        peer = null;
        problem = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed == "any")
        {
            peer = new RequirementPeer(PeerKind.Cidrs, [IpPrefix.AllIPv4]);
            return true;
        }

        if (trimmed.StartsWith("cidr ", StringComparison.Ordinal))
        {
            var blocks = ImmutableArray.CreateBuilder<IpPrefix>();
            foreach (var part in trimmed[5..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!IpPrefix.TryParse(part, out var prefix) || !prefix.IsIPv4)
                {
                    problem = new PeerProblem(PeerProblemKind.NotAnIPv4Block, part);
                    return false;
                }

                blocks.Add(prefix);
            }

            if (blocks.Count == 0)
            {
                problem = new PeerProblem(PeerProblemKind.NoBlocks, string.Empty);
                return false;
            }

            peer = new RequirementPeer(PeerKind.Cidrs, blocks.ToImmutable());
            return true;
        }

        foreach (var kind in Enum.GetValues<PeerKind>().Where(k => k != PeerKind.Cidrs))
        {
            if (trimmed == KindName(kind))
            {
                peer = new RequirementPeer(kind);
                return true;
            }
        }

        problem = new PeerProblem(PeerProblemKind.UnknownPeer, trimmed);
        return false;
    }

    /// <summary>How the peer is written in a catalog.</summary>
    public override string ToString() =>
        Kind != PeerKind.Cidrs ? KindName(Kind)
        : Cidrs is [var only] && only == IpPrefix.AllIPv4 ? "any"
        : "cidr " + string.Join(',', Cidrs);
}
