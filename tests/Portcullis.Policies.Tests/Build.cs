using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Tests;

/// <summary>Small builders for policy configurations in tests.</summary>
internal static class Build
{
    public static Endpoint Pod(string ns, string name, params (string, string)[] labels) =>
        new() { Kind = EndpointKind.Pod, Name = name, Namespace = ns, Labels = Labels.Of(labels) };

    public static Endpoint Host(string name, string ip, params (string, string)[] labels) =>
        new() { Kind = EndpointKind.HostEndpoint, Name = name, Labels = Labels.Of(labels), Addresses = IpPrefix.Parse(ip).ToAddressSet() };

    public static Policy Gnp(string name, string selector, double? order, PolicyRule[]? ingress = null, PolicyRule[]? egress = null, bool? appliesToIngress = null, bool? appliesToEgress = null) => new()
    {
        Id = new PolicyId(PolicyKind.CalicoGlobalNetworkPolicy, null, name),
        Order = order,
        Selector = Selector.Parse(selector),
        AppliesToIngress = appliesToIngress ?? ingress is not null,
        AppliesToEgress = appliesToEgress ?? egress is not null,
        IngressRules = [.. ingress ?? []],
        EgressRules = [.. egress ?? []],
    };

    public static Policy Knp(string ns, string name, string podSelector, KubernetesRule[]? ingress = null, KubernetesRule[]? egress = null) => new()
    {
        Id = new PolicyId(PolicyKind.KubernetesNetworkPolicy, ns, name),
        Order = Policy.KubernetesOrder,
        Selector = Selector.Parse(podSelector),
        AppliesToIngress = true,
        AppliesToEgress = egress is not null,
        IngressRules = [.. ingress ?? []],
        EgressRules = [.. egress ?? []],
    };

    public static CalicoRule Rule(RuleAction action, int? protocol = null, string? sourceSelector = null, string? sourceNets = null, int[]? destinationPorts = null, string? destinationSelector = null) => new()
    {
        RuleAction = action,
        Protocol = protocol,
        SourceEntity = new CalicoEntityRule
        {
            Selector = sourceSelector is null ? null : Selector.Parse(sourceSelector),
            Nets = sourceNets is null ? null : [IpPrefix.Parse(sourceNets)],
        },
        DestinationEntity = new CalicoEntityRule
        {
            Ports = destinationPorts is null ? null : [.. destinationPorts.Select(PortSpec.Single)],
            Selector = destinationSelector is null ? null : Selector.Parse(destinationSelector),
        },
    };

    public static PolicyConfiguration Config(Endpoint[] endpoints, params Policy[] policies) => new()
    {
        Endpoints = [.. endpoints],
        Namespaces = [.. endpoints.Select(e => e.Namespace).OfType<string>().Distinct().Select(n => new NamespaceInfo(n, Labels.Of(("name", n))))],
        Policies = [.. policies.Select((p, i) => p with { InputOrder = i })],
    };

    public static ConnectionSet Tcp(int port) => ConnectionSet.Ports(IpProtocols.Tcp, 1, 65535, port, port);

    public static ImmutableArray<T> Arr<T>(params T[] items) => [.. items];
}
