using Portcullis.Cluster.Description;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Cluster.Requirements;

/// <summary>One thing a cluster's firewalls must let through, as IBM documents it.</summary>
/// <param name="Id">A stable id, such as <c>acl-iaas-outbound</c>.</param>
/// <param name="Purpose">Why the cluster needs it.</param>
/// <param name="Direction">Outbound: from the workers to the peer; inbound: from the peer to the workers.</param>
/// <param name="Connection">The packets.</param>
/// <param name="Peer">Who the traffic is exchanged with.</param>
/// <param name="Layers">The firewall layers that must let it through.</param>
/// <param name="Era">The documentation era it comes from.</param>
/// <param name="Source">The documentation it comes from, as cited in <c>ibm-vpc-facts.md</c> (<c>[ACL-2025] inbound #1</c>).</param>
/// <param name="Since">The first Kubernetes version it applies to, if not every version of its era.</param>
/// <param name="Exclusive">Whether an opening wider than the peer is a finding (node ports open to the world where the worker subnets suffice).</param>
/// <param name="Location">Where it was read, if from a file.</param>
public sealed record Requirement(
    string Id,
    string Purpose,
    TrafficDirection Direction,
    ConnectionTemplate Connection,
    RequirementPeer Peer,
    FirewallLayers Layers,
    DocumentationEra Era,
    string Source,
    KubernetesVersion? Since = null,
    bool Exclusive = false,
    SourceLocation? Location = null)
{
    /// <summary>Whether it applies to a cluster at <paramref name="version"/>.</summary>
    public bool AppliesTo(KubernetesVersion version) => Since is not { } since || version >= since;
}
