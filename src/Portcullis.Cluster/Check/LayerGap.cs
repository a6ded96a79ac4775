using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Explain;
using Portcullis.Core.Model;
using Portcullis.Core.Sets;
using Portcullis.Core.Topology;

namespace Portcullis.Cluster.Check;

/// <summary>
/// What one firewall table must additionally allow for a requirement to pass: the packets, in the direction the
/// table sees them, between the table's endpoint and the remote addresses.
/// </summary>
/// <param name="Side">Whether the table is the worker's or the peer's.</param>
/// <param name="Layer">Security groups or network ACL.</param>
/// <param name="Direction">The direction of the missing packets as the table sees them (an ACL rule's or a group rule's direction).</param>
/// <param name="IsReply">Whether the packets are the TCP replies a stateless ACL drops.</param>
/// <param name="Owner">The endpoint whose table it is.</param>
/// <param name="Remote">The addresses on the other side.</param>
/// <param name="RemoteGroup">A security group that stands for <paramref name="Remote"/> (the cluster's workers, the master VPE), when a group rule should name it.</param>
/// <param name="Missing">The packets the table must allow, as they travel (source and destination ports as seen in <paramref name="Direction"/>).</param>
/// <param name="Needed">All the packets the requirement needs from this table, as they travel (the requirement's connection, or its TCP replies).</param>
/// <param name="Verdict">The table's verdict as explain gives it, with the rules that decide (deny rules first).</param>
public sealed record LayerGap(
    GapSide Side,
    LayerKind Layer,
    TrafficDirection Direction,
    bool IsReply,
    Endpoint Owner,
    IpAddressSet Remote,
    SecurityGroup? RemoteGroup,
    ConnectionSet Missing,
    ConnectionSet Needed,
    ImmutableArray<LayerVerdict> Verdict)
{
    /// <summary>The network ACL, for an ACL gap.</summary>
    public NetworkAcl? Acl => Layer == LayerKind.NetworkAcl ? Owner.Subnet.Acl : null;

    /// <summary>The first rule that denies part of the missing packets (the one a new rule must go before), if any.</summary>
    public RuleCitation? DenyingRule => Verdict.SelectMany(v => v.Rules).FirstOrDefault(r => r.Action == AclAction.Deny);
}
