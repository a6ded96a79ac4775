using Portcullis.Cluster.Check;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Model;
using Portcullis.Formats.Wording;

namespace Portcullis.Cluster.Formats.Wording;

/// <summary>How cluster checks word statuses, peers, address blocks, quotas and why a requirement is not applicable.</summary>
public static class CheckText
{
    /// <summary><c>open</c>, <c>partly open</c>, <c>blocked</c>, <c>n/a</c>.</summary>
    public static string Status(RequirementStatus status) => status switch
    {
        RequirementStatus.Open => "open",
        RequirementStatus.PartlyOpen => "partly open",
        RequirementStatus.Blocked => "blocked",
        _ => "n/a",
    };

    /// <summary><c>inbound</c> or <c>outbound</c>.</summary>
    public static string Direction(TrafficDirection direction) => direction == TrafficDirection.Inbound ? "inbound" : "outbound";

    /// <summary>Up to three CIDRs of a set, and how many more: <c>10.0.0.0/24,10.0.1.0/24,10.0.2.0/24 and 2 more blocks</c>.</summary>
    public static string Blocks(IpAddressSet addresses)
    {
        var prefixes = addresses.ToPrefixes();
        return prefixes.Count <= 3 ? string.Join(',', prefixes) : $"{string.Join(',', prefixes.Take(3))} and {prefixes.Count - 3} more blocks";
    }

    /// <summary>
    /// A checked peer: <c>161.26.0.0/16</c>, <c>any (0.0.0.0/0)</c>, <c>workers-2 (10.240.64.0/24)</c>, <c>VPC prefixes ...</c>,
    /// <c>pod subnet 172.17.0.0/18</c>, <c>control plane ...</c>, or the endpoint's name.
    /// </summary>
    public static string Peer(CheckedPeer peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        return peer.Kind switch
        {
            PeerKind.Cidrs => peer.Blocks is [var only] && only == IpPrefix.AllIPv4 ? "any (0.0.0.0/0)" : string.Join(',', peer.Blocks),
            PeerKind.WorkerSubnets or PeerKind.VpcSubnets => $"{peer.Subnet!.Name} ({peer.Subnet.Subnet.Cidr})",
            PeerKind.VpcPrefixes => $"VPC prefixes {string.Join(',', peer.Blocks)}",
            PeerKind.PodSubnet => $"pod subnet {string.Join(',', peer.Blocks)}",
            PeerKind.ControlPlane => $"control plane {string.Join(',', peer.Blocks)}",
            _ => NodeText.Name(peer.Endpoint!),
        };
    }

    /// <summary>Why a requirement is not applicable, with what to give to make it so.</summary>
    public static string NotApplicable(NotApplicableReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason.Kind switch
        {
            NotApplicableKind.ConnectionUnresolved => RequirementText.Problem(reason.Problem!),
            NotApplicableKind.ControlPlaneUnknown =>
                $"the control-plane CIDRs of region {reason.Cluster!.Region} are not known; give overrides.controlPlaneCidrs or overrides.metro in cluster.yaml",
            NotApplicableKind.NoMasterVpe => $"the VPC configuration has no VPE gateway of cluster {reason.Cluster!.Id} (named iks-{reason.Cluster.Id})",
            NotApplicableKind.NoVpcPrefixes => $"the VPC configuration lists no address prefixes of VPC {reason.Vpc!.Name}",
            NotApplicableKind.NoPodSubnet => "the cluster description gives no pod subnet",
            _ => "no peer to check",
        };
    }

    /// <summary>The table (or worker) a quota use is of: <c>network ACL acl-1</c>, <c>security group sg-1</c>, <c>worker kube-w1</c>.</summary>
    public static string Table(QuotaUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return usage.Kind switch
        {
            QuotaKind.AclRules => $"network ACL {usage.Acl!.Name}",
            QuotaKind.GroupRules => $"security group {usage.Group!.Name}",
            _ => $"worker {usage.Worker!.Name}",
        };
    }
}
