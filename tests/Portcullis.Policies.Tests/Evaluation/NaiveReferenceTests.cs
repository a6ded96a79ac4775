using CsCheck;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Tests.Evaluation;

/// <summary>
/// The class-based engine against a naive evaluator that walks the policies for one packet at a time, as Calico's
/// documentation describes it, on random configurations. Rules draw their ports and nets from small palettes, so
/// the probe packets and addresses cover every distinction a rule can make.
/// </summary>
public sealed class NaiveReferenceTests
{
    private static readonly Endpoint[] Pods =
    [
        Build.Pod("a", "p0", ("app", "web")),
        Build.Pod("a", "p1", ("app", "db"), ("tier", "x")),
        Build.Pod("b", "p2", ("app", "web"), ("tier", "y")),
        Build.Pod("b", "p3"),
    ];

    private static readonly Dictionary<string, Labels> NamespaceLabels = new() { ["a"] = Labels.Of(("team", "red")), ["b"] = Labels.Of(("team", "blue")) };
    private static readonly string[] SelectorPalette = ["all()", "app == 'web'", "has(tier)", "app in {'db', 'web'}", "!has(app)", "tier != 'x'"];
    private static readonly string[] NetPalette = ["10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/16"];
    private static readonly IpAddress[] Probes = [IpAddress.Parse("10.1.2.3"), IpAddress.Parse("10.2.3.4"), IpAddress.Parse("192.168.1.1"), IpAddress.Parse("8.8.8.8")];
    private static readonly (int Protocol, int Port)[] Packets = [(6, 80), (6, 443), (6, 1000), (6, 22), (17, 80), (17, 53), (1, -1), (47, -1)];

    private static readonly int?[] ProtocolPalette = [null, 6, 17];
    private static readonly double?[] OrderPalette = [null, 1, 2, 1000];
    private static readonly Gen<int?> Protocols = Gen.Int[0, 2].Select(i => ProtocolPalette[i]);

    private static readonly Gen<CalicoRule> CalicoRules =
        Gen.Select(Gen.Int[0, 3].Select(i => (RuleAction)i), Protocols, Gen.Int[0, 2], Gen.Int[0, 6], Gen.Int[0, 3], Gen.Int[0, 6])
            .Select((action, protocol, ports, sourceSelector, sourceNets, destinationSelector) => new CalicoRule
            {
                RuleAction = action,
                Protocol = protocol,
                SourceEntity = new CalicoEntityRule
                {
                    Selector = sourceSelector < SelectorPalette.Length && sourceNets == 0 ? Selector.Parse(SelectorPalette[sourceSelector]) : null,
                    Nets = sourceNets > 0 ? [IpPrefix.Parse(NetPalette[sourceNets - 1])] : null,
                },
                DestinationEntity = new CalicoEntityRule
                {
                    Ports = protocol is null || ports == 0 ? null : ports == 1 ? [PortSpec.Single(80)] : [PortSpec.Single(443), new PortSpec(1000, 2000)],
                    Selector = destinationSelector < SelectorPalette.Length ? Selector.Parse(SelectorPalette[destinationSelector]) : null,
                },
            });

    private static readonly Gen<Policy> CalicoPolicies =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 3].Select(i => OrderPalette[i]), Gen.Int[0, SelectorPalette.Length - 1], Gen.Int[1, 3], CalicoRules.Array[0, 3], CalicoRules.Array[0, 3], Gen.Int[0, 999])
            .Select((kind, order, selector, types, ingress, egress, id) => new Policy
            {
                Id = kind == 0 ? new PolicyId(PolicyKind.CalicoGlobalNetworkPolicy, null, $"g{id}") : new PolicyId(PolicyKind.CalicoNetworkPolicy, kind == 1 ? "a" : "b", $"n{id}"),
                Order = order,
                Selector = Selector.Parse(SelectorPalette[selector]),
                AppliesToIngress = (types & 1) != 0,
                AppliesToEgress = (types & 2) != 0,
                IngressRules = (types & 1) != 0 ? [.. ingress] : [],
                EgressRules = (types & 2) != 0 ? [.. egress] : [],
            });

    private static readonly Gen<KubernetesRule> KubernetesRules =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, SelectorPalette.Length - 1], Protocols, Gen.Int[0, 2])
            .Select((peerKind, selector, protocol, port) => new KubernetesRule
            {
                Peers = peerKind switch
                {
                    0 => [],
                    1 => [new KubernetesPeer(Selector.Parse(SelectorPalette[selector]), null, null)],
                    2 => [new KubernetesPeer(null, Selector.Parse("team == 'red'"), null)],
                    _ => [new KubernetesPeer(null, null, new IpBlock(IpPrefix.Parse("10.0.0.0/8"), [IpPrefix.Parse("10.1.0.0/16")]))],
                },
                Ports = protocol is { } p ? [new KubernetesPort(p, port == 0 ? null : PortSpec.Single(port == 1 ? 80 : 443))] : [],
            });

    private static readonly Gen<Policy> KubernetesPolicies =
        Gen.Select(Gen.Bool, Gen.Int[0, SelectorPalette.Length - 1], KubernetesRules.Array[0, 2], KubernetesRules.Array[0, 2], Gen.Bool, Gen.Int[0, 999])
            .Select((ns, selector, ingress, egress, withEgress, id) => new Policy
            {
                Id = new PolicyId(PolicyKind.KubernetesNetworkPolicy, ns ? "a" : "b", $"k{id}"),
                Order = Policy.KubernetesOrder,
                Selector = Selector.Parse(SelectorPalette[selector]),
                AppliesToIngress = true,
                AppliesToEgress = withEgress,
                IngressRules = [.. ingress],
                EgressRules = withEgress ? [.. egress] : [],
            });

    private static readonly Gen<PolicyConfiguration> Configurations =
        Gen.Select(CalicoPolicies.Array[0, 4], KubernetesPolicies.Array[0, 2]).Select((calico, kubernetes) => new PolicyConfiguration
        {
            Endpoints = [.. Pods],
            Namespaces = [.. NamespaceLabels.Select(n => new NamespaceInfo(n.Key, n.Value))],
            Policies = [.. calico.Concat(kubernetes).DistinctBy(p => p.Id).Select((p, i) => p with { InputOrder = i })],
        });

    private static readonly EvaluationSemantics Semantics = EvaluationSemantics.Calico with { FailsafeInbound = [], FailsafeOutbound = [] };

    [Fact]
    public void Engine_AgreesWithPacketByPacketEvaluation()
    {
        Configurations.Sample(config =>
        {
            var engine = PolicyConnectivity.Analyze(config, Semantics);
            for (var s = 0; s < Pods.Length; s++)
            {
                for (var d = 0; d < Pods.Length; d++)
                {
                    foreach (var packet in Packets)
                    {
                        var expected = Side(config, Pods[s], null, Pods[d], null, Direction.Egress, packet) && Side(config, Pods[d], null, Pods[s], null, Direction.Ingress, packet);
                        Assert.True(expected == Contains(engine.Allowed(s, d), packet), $"{Pods[s].Id} -> {Pods[d].Id} {packet}: naive {expected}, engine {engine.Allowed(s, d)}");
                    }
                }

                foreach (var probe in Probes)
                {
                    var block = engine.BlockOf(probe);
                    foreach (var packet in Packets)
                    {
                        var toProbe = Side(config, Pods[s], null, null, probe, Direction.Egress, packet);
                        var fromProbe = Side(config, Pods[s], null, null, probe, Direction.Ingress, packet);
                        Assert.True(toProbe == Contains(engine.AllowedToBlock(s, block), packet), $"{Pods[s].Id} -> {probe} {packet}");
                        Assert.True(fromProbe == Contains(engine.AllowedFromBlock(block, s), packet), $"{probe} -> {Pods[s].Id} {packet}");
                    }
                }
            }
        }, iter: 300);
    }

    private static bool Contains(ConnectionSet set, (int Protocol, int Port) packet) => packet.Protocol switch
    {
        6 or 17 => set.ContainsPorts(packet.Protocol, 40000, packet.Port),
        1 => set.ContainsIcmp(8, 0),
        _ => set.ContainsProtocol(packet.Protocol),
    };

    /// <summary>What the policy of <paramref name="local"/> does with a packet to or from the remote endpoint or address.</summary>
    private static bool Side(PolicyConfiguration config, Endpoint local, IpAddress? localAddress, Endpoint? remote, IpAddress? remoteAddress, Direction direction, (int Protocol, int Port) packet)
    {
        _ = localAddress;
        var selecting = config.Policies.Where(p => p.AppliesTo(direction) && Selects(p, local))
            .OrderBy(p => p.EffectiveOrder ?? double.PositiveInfinity)
            .ThenBy(p => p.IsKubernetes ? $"{p.Id.Namespace}/knp.default.{p.Id.Name}" : p.Id.FullName, StringComparer.Ordinal)
            .ToList();
        if (selecting.Count == 0)
        {
            return true;
        }

        foreach (var policy in selecting)
        {
            foreach (var rule in policy.Rules(direction))
            {
                if (!Matches(policy, rule, local, remote, remoteAddress, direction, packet))
                {
                    continue;
                }

                switch (rule.Action)
                {
                    case RuleAction.Allow:
                        return true;
                    case RuleAction.Deny:
                        return false;
                    case RuleAction.Pass:
                        return true; // one tier: passing reaches the pod's namespace profile, which allows
                }
            }
        }

        return false;
    }

    private static bool Selects(Policy policy, Endpoint endpoint) =>
        (policy.Id.Kind == PolicyKind.CalicoGlobalNetworkPolicy || policy.Id.Namespace == endpoint.Namespace) && policy.Selector.Matches(endpoint.Labels);

    private static bool Matches(Policy policy, PolicyRule rule, Endpoint local, Endpoint? remote, IpAddress? remoteAddress, Direction direction, (int Protocol, int Port) packet)
    {
        if (rule is KubernetesRule kubernetes)
        {
            var peerOk = kubernetes.Peers.IsEmpty || kubernetes.Peers.Any(peer => peer.IpBlock is { } block
                ? remoteAddress is { } a && IpPrefix.Parse(block.Cidr.ToString()).Contains(a) && !block.Except.Any(e => e.Contains(a))
                : remote is not null && (peer.NamespaceSelector is { } ns ? ns.Matches(NamespaceLabels[remote.Namespace!]) : remote.Namespace == policy.Id.Namespace)
                    && (peer.PodSelector?.Matches(remote.Labels) ?? true));
            var portOk = kubernetes.Ports.IsEmpty || kubernetes.Ports.Any(p => p.Protocol == packet.Protocol && (p.Port is not { } spec || (packet.Port >= spec.Min && packet.Port <= spec.Max)));
            return peerOk && portOk;
        }

        var calico = (CalicoRule)rule;
        if (calico.Protocol is { } protocol && protocol != packet.Protocol)
        {
            return false;
        }

        var (sourceEndpoint, sourceAddress, destinationEndpoint, destinationAddress) = direction == Direction.Ingress
            ? (remote, remoteAddress, local, (IpAddress?)null)
            : (local, (IpAddress?)null, remote, remoteAddress);
        return EntityMatches(policy, calico.SourceEntity, sourceEndpoint, sourceAddress, packet, isDestination: false)
            && EntityMatches(policy, calico.DestinationEntity, destinationEndpoint, destinationAddress, packet, isDestination: true);
    }

    private static bool EntityMatches(Policy policy, CalicoEntityRule entity, Endpoint? endpoint, IpAddress? address, (int Protocol, int Port) packet, bool isDestination)
    {
        if (isDestination && entity.Ports is { } ports && !ports.Any(p => packet.Port >= p.Min && packet.Port <= p.Max))
        {
            return false;
        }

        if (entity.Nets is { } nets && (address is not { } a || !nets.Any(n => n.Contains(a))))
        {
            return false;
        }

        if (entity.Selector is { } selector)
        {
            // Addresses belong to no endpoint and no network set: a selector never matches them.
            var inScope = policy.Id.Namespace is null || endpoint?.Namespace == policy.Id.Namespace;
            return endpoint is not null && inScope && selector.Matches(endpoint.Labels);
        }

        return true;
    }
}
