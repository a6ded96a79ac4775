using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

/// <summary>
/// A configuration compiled for evaluation: endpoint classes, external address classes, compiled policies in
/// evaluation order and each class's pipeline per direction. Peers are numbered endpoint classes first, then
/// address classes.
/// </summary>
internal sealed partial class CompiledConfiguration
{
    private readonly Dictionary<string, Profile> _profiles;
    private readonly Dictionary<(string Namespace, string Name), Labels> _serviceAccounts;

    public CompiledConfiguration(PolicyConfiguration configuration, EvaluationSemantics semantics, IEnumerable<IpAddressSet>? extraNets = null, bool? includeIPv6 = null)
    {
        Configuration = configuration;
        Semantics = semantics;
        _profiles = configuration.Profiles.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _serviceAccounts = configuration.ServiceAccounts.GroupBy(s => (s.Namespace, s.Name)).ToDictionary(g => g.Key, g => g.First().Labels);
        IncludesIPv6 = includeIPv6 ?? (semantics.AlwaysIncludeIPv6 || NamesIPv6(configuration));
        Classes = BuildClasses(out var classOf);
        ClassOf = classOf;
        var nets = new List<IpAddressSet>(ReferencedNets(configuration));
        nets.AddRange(extraNets ?? []);
        nets.AddRange(semantics.FailsafeInbound.Concat(semantics.FailsafeOutbound).Select(p => p.Net).OfType<IpPrefix>().Select(AddressFamilies.ToSet));
        var endpointAddresses = IpAddressSet.Empty;
        foreach (var endpoint in configuration.Endpoints)
        {
            endpointAddresses = endpointAddresses.Union(endpoint.Addresses);
        }

        var universe = IncludesIPv6 ? AddressFamilies.IPv4.Union(AddressFamilies.IPv6) : AddressFamilies.IPv4;
        AddressClasses = [.. AddressPartition.Build(universe, nets, endpointAddresses)];
        PeerCount = Classes.Length + AddressClasses.Length;
        Policies = [.. configuration.Policies.Select(Compile).OrderBy(p => p, PolicyOrder.For(semantics, TierOf))];
        _pipelines = new Pipeline?[Classes.Length * 2];
    }

    public PolicyConfiguration Configuration { get; }

    public EvaluationSemantics Semantics { get; }

    /// <summary>Whether IPv6 addresses are analysed: only when a policy names an IPv6 net (else IPv4 alone, as most clusters are).</summary>
    public bool IncludesIPv6 { get; }

    public ImmutableArray<EndpointClass> Classes { get; }

    /// <summary>The class of each endpoint of the configuration, by index.</summary>
    public int[] ClassOf { get; }

    public ImmutableArray<IpAddressSet> AddressClasses { get; }

    public int PeerCount { get; }

    public ImmutableArray<CompiledPolicy> Policies { get; }

    public bool IsEndpointPeer(int peer) => peer < Classes.Length;

    public int AddressPeer(int addressClass) => Classes.Length + addressClass;

    /// <summary>Whether any policy names an IPv6 address.</summary>
    public static bool NamesIPv6(PolicyConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.Policies.SelectMany(p => p.IngressRules.Concat(p.EgressRules)).SelectMany(RulePrefixes).Any(p => !p.IsIPv4);
    }

    /// <summary>Every address set a policy or network set names (what external address classes must keep apart).</summary>
    public static IEnumerable<IpAddressSet> ReferencedNets(PolicyConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var rule in configuration.Policies.SelectMany(p => p.IngressRules.Concat(p.EgressRules))
            .Concat(configuration.Profiles.SelectMany(p => p.IngressRules.Concat(p.EgressRules))))
        {
            switch (rule)
            {
                case CalicoRule calico:
                    foreach (var entity in new[] { calico.SourceEntity, calico.DestinationEntity })
                    {
                        if (entity.Nets is { } nets)
                        {
                            yield return AddressFamilies.ToSet(nets);
                        }

                        if (entity.NotNets is { } notNets)
                        {
                            yield return AddressFamilies.ToSet(notNets);
                        }
                    }

                    if (calico.IpVersion is { } version)
                    {
                        yield return AddressFamilies.Of(version);
                    }

                    break;
                case KubernetesRule kubernetes:
                    foreach (var block in kubernetes.Peers.Select(p => p.IpBlock).OfType<IpBlock>())
                    {
                        yield return IpBlockSet(block);
                    }

                    break;
            }
        }

        foreach (var set in configuration.NetworkSets)
        {
            yield return set.Nets;
        }

    }

    public static IpAddressSet IpBlockSet(IpBlock block) => AddressFamilies.ToSet(block.Cidr).Except(AddressFamilies.ToSet(block.Except));

    private static IEnumerable<IpPrefix> RulePrefixes(PolicyRule rule) => rule switch
    {
        CalicoRule calico => new[] { calico.SourceEntity, calico.DestinationEntity }
            .SelectMany(e => (e.Nets ?? []).Concat(e.NotNets ?? [])),
        KubernetesRule kubernetes => kubernetes.Peers.Select(p => p.IpBlock).OfType<IpBlock>().SelectMany(b => b.Except.Prepend(b.Cidr)),
        _ => [],
    };

    private Tier TierOf(string name)
    {
        foreach (var tier in Configuration.Tiers)
        {
            if (tier.Name == name)
            {
                return tier;
            }
        }

        return name == Tier.DefaultName ? Tier.Default : new Tier(name, null);
    }

    private ImmutableArray<EndpointClass> BuildClasses(out int[] classOf)
    {
        var endpoints = Configuration.Endpoints;
        classOf = new int[endpoints.Length];
        var byKey = new Dictionary<string, EndpointClass>(StringComparer.Ordinal);
        var classes = ImmutableArray.CreateBuilder<EndpointClass>();
        for (var i = 0; i < endpoints.Length; i++)
        {
            var endpoint = endpoints[i];
            var labels = EffectiveLabels(endpoint);
            var namespaceLabels = endpoint.Namespace is { } ns ? EffectiveNamespaceLabels(ns) : Labels.Empty;
            var serviceAccountLabels = endpoint.Namespace is { } saNamespace && endpoint.ServiceAccount is { } sa && _serviceAccounts.TryGetValue((saNamespace, sa), out var found)
                ? found
                : Labels.Empty;
            var key = string.Join('\u0001',
                endpoint.IsHost,
                endpoint.Namespace ?? "",
                labels,
                namespaceLabels,
                endpoint.ServiceAccount ?? "",
                serviceAccountLabels,
                string.Join(',', endpoint.NamedPorts.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}/{p.Protocol}/{p.Port}")),
                string.Join(',', endpoint.Profiles),
                endpoint.Addresses.ToString());
            if (!byKey.TryGetValue(key, out var endpointClass))
            {
                endpointClass = new EndpointClass(classes.Count, endpoint, labels, namespaceLabels, serviceAccountLabels);
                byKey[key] = endpointClass;
                classes.Add(endpointClass);
            }

            endpointClass.Members.Add(i);
            classOf[i] = endpointClass.Index;
        }

        return classes.ToImmutable();
    }

    /// <summary>The labels selectors see on an endpoint: its own, Calico's implicit ones, then its profiles' (own labels win).</summary>
    public Labels EffectiveLabels(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var labels = endpoint.Labels;
        if (Semantics.ImplicitCalicoLabels && endpoint.Namespace is { } ns)
        {
            labels = labels.WithDefaults(Labels.Of(
                ("projectcalico.org/namespace", ns),
                ("projectcalico.org/orchestrator", "k8s"),
                ("projectcalico.org/serviceaccount", endpoint.ServiceAccount ?? "default")));
        }

        foreach (var name in endpoint.Profiles)
        {
            if (_profiles.TryGetValue(name, out var profile))
            {
                labels = labels.WithDefaults(profile.LabelsToApply);
            }
        }

        return labels;
    }

    /// <summary>The labels namespace selectors see on a namespace.</summary>
    public Labels EffectiveNamespaceLabels(string name)
    {
        var labels = Configuration.NamespaceLabels(name);
        return Semantics.ImplicitCalicoLabels ? labels.WithDefaults(Labels.Of(("projectcalico.org/name", name))) : labels;
    }

    public bool TryGetProfile(string name, out Profile profile) => _profiles.TryGetValue(name, out profile!);
}
