using Portcullis.Core.Sets;
using Portcullis.Formats.Wording;
using Portcullis.Policies.Analysis;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Text;

/// <summary>The words for the engine's facts: nodes, policies, rules, decisions.</summary>
public static class PolicyText
{
    /// <summary><c>ns/name[Deployment]</c>, <c>ns/pod[Pod]</c>, <c>worker-1[HostEndpoint]</c>, or the addresses as CIDRs.</summary>
    public static string Node(ReportNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            ReportNodeKind.Addresses => Addresses(node.Addresses),
            ReportNodeKind.HostEndpoint => SafeText.Of($"{node.Name}[HostEndpoint]"),
            _ => SafeText.Of($"{node.Namespace}/{node.Name}[{node.ResourceKind}]"),
        };
    }

    /// <summary>An endpoint or address peer.</summary>
    public static string Peer(PolicyPeer peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        return peer.Endpoint is { } endpoint ? Node(ReportNode.Of(endpoint)) : Addresses(peer.Addresses);
    }

    /// <summary>
    /// Addresses as CIDRs; a set that is most of an address family reads as the family with its exceptions
    /// (<c>0.0.0.0/0 except 10.240.0.4/31</c>), which is shorter and says what matters.
    /// </summary>
    public static string Addresses(Core.Addresses.IpAddressSet addresses)
    {
        if (addresses.IsEmpty)
        {
            return "(no address)";
        }

        var parts = new List<string>();
        foreach (var (family, all) in new[] { (AddressFamilies.IPv4, "0.0.0.0/0"), (AddressFamilies.IPv6, "::/0") })
        {
            var part = addresses.Intersect(family);
            if (part.IsEmpty)
            {
                continue;
            }

            var missing = family.Except(part);
            parts.Add(missing.IsEmpty ? all
                : missing.ToPrefixes().Count < part.ToPrefixes().Count ? $"{all} except {missing.ToCidrString()}"
                : part.ToCidrString());
        }

        return string.Join(",", parts);
    }

    /// <summary><c>GlobalNetworkPolicy deny-all</c>, <c>NetworkPolicy shop/db</c>, <c>Kubernetes NetworkPolicy shop/db</c>.</summary>
    public static string Policy(PolicyId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var kind = id.Kind switch
        {
            PolicyKind.KubernetesNetworkPolicy => "Kubernetes NetworkPolicy",
            PolicyKind.CalicoNetworkPolicy => "NetworkPolicy",
            _ => "GlobalNetworkPolicy",
        };
        return SafeText.Of($"{kind} {id.FullName}");
    }

    /// <summary><c>ingress rule 2 of NetworkPolicy shop/db</c>.</summary>
    public static string Rule(RuleId rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return $"{Direction(rule.Direction)} rule {rule.Number} of {Policy(rule.Policy)}";
    }

    /// <summary><c>ingress</c> or <c>egress</c>.</summary>
    public static string Direction(Direction direction) => direction == Model.Direction.Ingress ? "ingress" : "egress";

    /// <summary>A connection set, in the words of the rest of Portcullis.</summary>
    public static string Connections(ConnectionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return ConnectionText.Of(set);
    }
}
