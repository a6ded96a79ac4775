using Portcullis.Core.Addresses;
using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Evaluation;

internal sealed partial class CompiledConfiguration
{
    /// <summary>Which endpoint classes a policy selects.</summary>
    private bool[] Selection(Policy policy)
    {
        var selected = new bool[Classes.Length];
        foreach (var endpointClass in Classes)
        {
            selected[endpointClass.Index] = Selects(policy, endpointClass);
        }

        return selected;
    }

    private static bool Selects(Policy policy, EndpointClass endpoint)
    {
        switch (policy.Id.Kind)
        {
            case PolicyKind.KubernetesNetworkPolicy:
            case PolicyKind.CalicoNetworkPolicy:
                if (endpoint.IsHost || endpoint.Namespace != policy.Id.Namespace)
                {
                    return false;
                }

                break;
            default:
                if (policy.NamespaceSelector is { } namespaceSelector && !NamespaceMatches(namespaceSelector, endpoint.Namespace, endpoint.NamespaceLabels))
                {
                    return false;
                }

                break;
        }

        if (!policy.Selector.Matches(endpoint.Labels, endpoint.Namespace is null))
        {
            return false;
        }

        return policy.ServiceAccountSelector is not { } saSelector || (!endpoint.IsHost && saSelector.Matches(endpoint.ServiceAccountLabels));
    }

    /// <summary>A namespace selector against a resource's namespace: <c>global()</c> is for non-namespaced resources only, everything else for namespaced ones.</summary>
    private static bool NamespaceMatches(Selector selector, string? ns, Labels namespaceLabels) =>
        ns is null
            ? selector.MentionsGlobal && selector.MatchesNamespace(Labels.Empty, isGlobal: true)
            : selector.MatchesNamespace(namespaceLabels, isGlobal: false);

    /// <summary>The peers a Calico entity rule matches, in a policy of <paramref name="policyNamespace"/> (null for global policies and profiles).</summary>
    private bool[] Peers(CalicoEntityRule entity, string? policyNamespace, int? ipVersion)
    {
        var mask = new bool[PeerCount];
        var scopedToNamespace = policyNamespace is not null && entity.NamespaceSelector is null && (entity.Selector is not null || entity.NotSelector is not null);
        var nets = entity.Nets is { } n ? AddressFamilies.ToSet(n) : (IpAddressSet?)null;
        var notNets = entity.NotNets is { } nn ? AddressFamilies.ToSet(nn) : (IpAddressSet?)null;
        var family = ipVersion is { } version ? AddressFamilies.Of(version) : (IpAddressSet?)null;
        foreach (var endpoint in Classes)
        {
            mask[endpoint.Index] = EntityMatchesEndpoint(entity, endpoint, policyNamespace, scopedToNamespace, nets, notNets, family);
        }

        if (entity.ServiceAccountNames is not null || entity.ServiceAccountSelector is not null || entity.Service is not null)
        {
            return mask;
        }

        // Addresses that belong to no endpoint match a selector only through the network sets the selector picks.
        IpAddressSet? viaSelector = null;
        if (entity.Selector is not null || entity.NamespaceSelector is not null || scopedToNamespace)
        {
            viaSelector = IpAddressSet.Empty;
            foreach (var set in Configuration.NetworkSets)
            {
                if (NetworkSetInScope(set, entity, policyNamespace) && (entity.Selector ?? Selector.All).Matches(set.Labels, set.IsGlobal))
                {
                    viaSelector = viaSelector.Value.Union(set.Nets);
                }
            }
        }

        var excluded = IpAddressSet.Empty;
        if (entity.NotSelector is { } notSelector)
        {
            foreach (var set in Configuration.NetworkSets)
            {
                if (NetworkSetInScope(set, entity, policyNamespace) && notSelector.Matches(set.Labels, set.IsGlobal))
                {
                    excluded = excluded.Union(set.Nets);
                }
            }
        }

        for (var i = 0; i < AddressClasses.Length; i++)
        {
            var block = AddressClasses[i];
            mask[AddressPeer(i)] = (viaSelector is not { } selected || block.IsSubsetOf(selected))
                && !block.Overlaps(excluded)
                && (nets is not { } inNets || block.IsSubsetOf(inNets))
                && (notNets is not { } outNets || !block.Overlaps(outNets))
                && (family is not { } f || block.IsSubsetOf(f));
        }

        return mask;
    }

    private static bool EntityMatchesEndpoint(CalicoEntityRule entity, EndpointClass endpoint, string? policyNamespace, bool scopedToNamespace, IpAddressSet? nets, IpAddressSet? notNets, IpAddressSet? family)
    {
        if (entity.NamespaceSelector is { } namespaceSelector && !NamespaceMatches(namespaceSelector, endpoint.Namespace, endpoint.NamespaceLabels))
        {
            return false;
        }

        if (scopedToNamespace && endpoint.Namespace != policyNamespace)
        {
            return false;
        }

        var isGlobal = endpoint.Namespace is null;
        if (entity.Selector is { } selector && !selector.Matches(endpoint.Labels, isGlobal))
        {
            return false;
        }

        if (entity.NotSelector is { } notSelector && notSelector.Matches(endpoint.Labels, isGlobal))
        {
            return false;
        }

        // Endpoints whose addresses are unknown never match a net; those with addresses match when all of them do.
        if (nets is { } inNets && (endpoint.Addresses.IsEmpty || !endpoint.Addresses.IsSubsetOf(inNets)))
        {
            return false;
        }

        if (notNets is { } outNets && (endpoint.Addresses.IsEmpty || endpoint.Addresses.Overlaps(outNets)))
        {
            return false;
        }

        if (family is { } f && !endpoint.Addresses.IsEmpty && !endpoint.Addresses.Overlaps(f))
        {
            return false;
        }

        if (entity.ServiceAccountNames is { } names && (endpoint.IsHost || !names.Contains(endpoint.Representative.ServiceAccount ?? "default")))
        {
            return false;
        }

        if (entity.ServiceAccountSelector is { } saSelector && (endpoint.IsHost || !saSelector.Matches(endpoint.ServiceAccountLabels)))
        {
            return false;
        }

        // Services are resolved to their endpoints by Calico from Kubernetes Endpoints, which policy files do not carry.
        return entity.Service is null;
    }

    private bool NetworkSetInScope(NetworkSet set, CalicoEntityRule entity, string? policyNamespace)
    {
        if (entity.NamespaceSelector is { } namespaceSelector)
        {
            return NamespaceMatches(namespaceSelector, set.Namespace, set.Namespace is { } ns ? EffectiveNamespaceLabels(ns) : Labels.Empty);
        }

        return policyNamespace is null || set.Namespace == policyNamespace;
    }

    /// <summary>The peers a Kubernetes rule's peer list matches (every peer when the list is empty).</summary>
    private bool[] Peers(KubernetesRule rule, string policyNamespace)
    {
        var mask = new bool[PeerCount];
        if (rule.Peers.IsEmpty)
        {
            Array.Fill(mask, true);
            return mask;
        }

        foreach (var peer in rule.Peers)
        {
            if (peer.IpBlock is { } block)
            {
                var set = IpBlockSet(block);
                foreach (var endpoint in Classes)
                {
                    mask[endpoint.Index] |= !endpoint.Addresses.IsEmpty && endpoint.Addresses.IsSubsetOf(set);
                }

                for (var i = 0; i < AddressClasses.Length; i++)
                {
                    mask[AddressPeer(i)] |= AddressClasses[i].IsSubsetOf(set);
                }

                continue;
            }

            foreach (var endpoint in Classes)
            {
                if (endpoint.IsHost || endpoint.Namespace is null)
                {
                    continue;
                }

                var inNamespace = peer.NamespaceSelector is { } namespaceSelector
                    ? namespaceSelector.MatchesNamespace(endpoint.NamespaceLabels, false)
                    : endpoint.Namespace == policyNamespace;
                mask[endpoint.Index] |= inNamespace && (peer.PodSelector?.Matches(endpoint.Labels) ?? true);
            }
        }

        return mask;
    }

    /// <summary>A mask of the endpoint classes a policy selects, widened to all peers (address peers never selected).</summary>
    private bool[] SelectedPeers(bool[] selectedClasses)
    {
        var mask = new bool[PeerCount];
        Array.Copy(selectedClasses, mask, selectedClasses.Length);
        return mask;
    }

    private static bool[] AllPeers(int count)
    {
        var mask = new bool[count];
        Array.Fill(mask, true);
        return mask;
    }
}
