using System.Collections.Immutable;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Evaluation;

internal sealed partial class CompiledConfiguration
{
    private static readonly IntervalSet<int> AllPorts = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);

    private CompiledPolicy Compile(Policy policy)
    {
        var selected = Selection(policy);
        var ns = policy.Id.Kind == PolicyKind.CalicoGlobalNetworkPolicy ? null : policy.Id.Namespace;
        return new CompiledPolicy(
            policy,
            TierOf(policy.Tier),
            selected,
            [.. policy.IngressRules.Select((rule, i) => CompileRule(rule, new RuleId(policy.Id, Direction.Ingress, i + 1), ns, Direction.Ingress))],
            [.. policy.EgressRules.Select((rule, i) => CompileRule(rule, new RuleId(policy.Id, Direction.Egress, i + 1), ns, Direction.Egress))]);
    }

    /// <summary>Compiles a rule of a policy (or, with a null namespace and id, of a profile).</summary>
    public CompiledRule CompileRule(PolicyRule rule, RuleId? id, string? policyNamespace, Direction direction)
    {
        switch (rule)
        {
            case CalicoRule calico:
                {
                    var sources = Peers(calico.SourceEntity, policyNamespace, calico.IpVersion);
                    var destinations = Peers(calico.DestinationEntity, policyNamespace, calico.IpVersion);
                    var named = HasNamedPorts(calico.SourceEntity) || HasNamedPorts(calico.DestinationEntity);
                    return named
                        ? new CompiledRule(id, rule, sources, destinations, null, (s, d) => CalicoConnections(calico, s, d))
                        : new CompiledRule(id, rule, sources, destinations, CalicoConnections(calico, -1, -1), null);
                }

            case KubernetesRule kubernetes:
                {
                    var peers = Peers(kubernetes, policyNamespace ?? "");
                    var all = AllPeers(PeerCount);
                    var (sources, destinations) = direction == Direction.Ingress ? (peers, all) : (all, peers);
                    var named = kubernetes.Ports.Any(p => p.Port is { IsNamed: true });
                    return named
                        ? new CompiledRule(id, rule, sources, destinations, null, (_, d) => KubernetesConnections(kubernetes, d))
                        : new CompiledRule(id, rule, sources, destinations, KubernetesConnections(kubernetes, -1), null);
                }

            default:
                throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule));
        }
    }

    private static bool HasNamedPorts(CalicoEntityRule entity) =>
        (entity.Ports ?? []).Any(p => p.IsNamed) || (entity.NotPorts ?? []).Any(p => p.IsNamed);

    /// <summary>What a Calico rule's protocol, ICMP and port criteria match between two peers (named ports resolve against them).</summary>
    private ConnectionSet CalicoConnections(CalicoRule rule, int source, int destination)
    {
        if (rule.Protocol is not { } protocol)
        {
            return rule.NotProtocol is { } excluded ? ConnectionSet.All.Except(ConnectionSet.Protocol(excluded)) : ConnectionSet.All;
        }

        if (rule.NotProtocol == protocol)
        {
            return ConnectionSet.None;
        }

        if (ConnectionSet.HasPorts(protocol))
        {
            var sourcePorts = PortSet(rule.SourceEntity, protocol, source);
            var destinationPorts = PortSet(rule.DestinationEntity, protocol, destination);
            return ConnectionSet.Ports(protocol, sourcePorts, destinationPorts);
        }

        if (ConnectionSet.HasIcmpFields(protocol))
        {
            var icmp = rule.Icmp is { } spec ? ConnectionSet.IcmpOf(protocol, spec.Type, spec.Type is null ? null : spec.Code) : ConnectionSet.Protocol(protocol);
            return rule.NotIcmp is { } notSpec ? icmp.Except(ConnectionSet.IcmpOf(protocol, notSpec.Type, notSpec.Type is null ? null : notSpec.Code)) : icmp;
        }

        return ConnectionSet.Protocol(protocol);
    }

    private IntervalSet<int> PortSet(CalicoEntityRule entity, int protocol, int peer)
    {
        var ports = entity.Ports is { } included ? Resolve(included, protocol, peer) : AllPorts;
        return entity.NotPorts is { } excluded ? ports.Except(Resolve(excluded, protocol, peer)) : ports;
    }

    /// <summary>Port numbers of a list; a name resolves to the peer's named port of that name and protocol (nothing for address peers).</summary>
    private IntervalSet<int> Resolve(ImmutableArray<PortSpec> ports, int protocol, int peer)
    {
        var result = IntervalSet<int>.Empty;
        foreach (var port in ports)
        {
            if (port.Name is { } name)
            {
                if (peer >= 0 && IsEndpointPeer(peer))
                {
                    foreach (var named in Classes[peer].NamedPorts)
                    {
                        if (named.Name == name && named.Protocol == protocol)
                        {
                            result = result.Union(IntervalSet<int>.Single(named.Port));
                        }
                    }
                }
            }
            else
            {
                result = result.Union(IntervalSet<int>.Range(port.Min, port.Max));
            }
        }

        return result;
    }

    /// <summary>What a Kubernetes rule's ports match towards a destination peer (named ports resolve against it).</summary>
    private ConnectionSet KubernetesConnections(KubernetesRule rule, int destination)
    {
        if (rule.Ports.IsEmpty)
        {
            return ConnectionSet.All;
        }

        var result = ConnectionSet.None;
        foreach (var port in rule.Ports)
        {
            if (port.Port is not { } spec)
            {
                result = result.Union(ConnectionSet.Protocol(port.Protocol));
            }
            else
            {
                var numbers = Resolve([spec], port.Protocol, destination);
                if (!numbers.IsEmpty)
                {
                    result = result.Union(ConnectionSet.Ports(port.Protocol, AllPorts, numbers));
                }
            }
        }

        return result;
    }
}
