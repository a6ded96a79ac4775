using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;
using static Portcullis.Policies.Isolation.IbmIsolationPolicyNames;

namespace Portcullis.Policies.Isolation;

/// <summary>
/// Builds IBM's private-network isolation set (IBM-Cloud/kube-samples calico-policies/private-network-isolation) for a
/// region and a cluster's values. The structure (selectors, orders, ports) is the same in every region and is
/// written here; the addresses that differ between regions come from an <see cref="IbmIsolationRegion"/>. With
/// <see cref="IbmIsolationParameters.Published"/> the policies equal IBM's files, which a test checks.
/// </summary>
public static class IbmIsolationGenerator
{
    /// <summary>The label IBM puts on workers' private host endpoints.</summary>
    public const string WorkerRoleLabel = "ibm.role";

    /// <summary>The value of <see cref="WorkerRoleLabel"/> on private host endpoints.</summary>
    public const string WorkerRoleValue = "worker_private";

    /// <summary>Selects the workers' private host endpoints.</summary>
    public static Selector WorkerSelector { get; } = Selector.Equal(WorkerRoleLabel, WorkerRoleValue);

    /// <summary>Selects every Kubernetes pod (Calico labels each workload endpoint with its orchestrator).</summary>
    public static Selector PodSelector { get; } = Selector.Equal("projectcalico.org/orchestrator", "k8s");

    /// <summary>The pod subnet IBM's files use: the classic clusters' default.</summary>
    public static IpPrefix PublishedPodSubnet { get; } = IpPrefix.Parse("172.30.0.0/16");

    /// <summary>The master API server's local proxy (ports 2040-2041).</summary>
    public static IpPrefix ApiServerProxy { get; } = IpPrefix.Parse("172.20.0.0/24");

    /// <summary>The private ranges pods may not reach except as allowed by a port rule.</summary>
    public static ImmutableArray<IpPrefix> PrivateNetworks { get; } =
        [IpPrefix.Parse("10.0.0.0/8"), IpPrefix.Parse("172.16.0.0/12"), IpPrefix.Parse("192.168.0.0/16")];

    // The orders IBM gives the policies: the allowances run before the default deny at 99900.
    private const double PortsOrder = 1500;
    private const double SysMgmtOrder = 1800;
    private const double ServicesOrder = 1900;
    private const double WorkersOrder = 1950;
    private const double DenyOrder = 99900;

    private static readonly ImmutableArray<PortSpec> PodUdpPorts = Ports(53, 5353, 443, 2049, 3260, 10250);

    // 4443: metrics-server (Kubernetes 1.19+); 6443: OpenShift 4.3+.
    private static readonly ImmutableArray<PortSpec> PodTcpPorts = Ports(53, 5353, 443, 4443, 6443, 2049, 3260, 10250);

    // DNS, NFS, block storage and calico-typha.
    private static readonly ImmutableArray<PortSpec> WorkerEgressPorts = Ports(53, 5353, 2049, 3260, 5473);

    // DNS, the master's VPN to the kubelet, and BigFix.
    private static readonly ImmutableArray<PortSpec> WorkerIngressPorts = Ports(53, 5353, 10250, 52311);

    private static readonly ImmutableArray<PortSpec> ProxyPorts = [new PortSpec(2040, 2041)];
    private static readonly ImmutableArray<PortSpec> MasterPorts = [new PortSpec(20000, 32767)];
    private static readonly ImmutableArray<PortSpec> MasterEndpointPorts = [new PortSpec(20000, 32767), PortSpec.Single(443)];
    private static readonly ImmutableArray<PortSpec> HttpsPort = Ports(443);

    /// <summary>Generates the set for a region of <paramref name="catalog"/>; false when the catalog has no such region.</summary>
    public static bool TryGenerate(IbmIsolationCatalog catalog, string region, IbmIsolationParameters parameters, [NotNullWhen(true)] out IbmIsolationPolicySet? set)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        set = catalog.TryGetRegion(region, out var data) ? Generate(catalog.Source, data, parameters) : null;
        return set is not null;
    }

    /// <summary>Generates the set for one region's data and the cluster's values.</summary>
    public static IbmIsolationPolicySet Generate(IbmIsolationSource source, IbmIsolationRegion region, IbmIsolationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(parameters);
        var controlPlane = parameters.ControlPlane ?? region.ControlPlane;
        var sysMgmt = parameters.SysMgmt ?? region.SysMgmt;
        var serviceProxy = parameters.ServiceSubnet is { } services ? [ServiceProxyOf(services)] : region.ServiceProxy;

        var policies = ImmutableArray.CreateBuilder<Policy>();
        policies.Add(Build(AllowAllWorkers, WorkerSelector, WorkersOrder,
            ingress: [Allow(source: Peer(selector: WorkerSelector))],
            egress: [Allow(destination: Peer(selector: WorkerSelector)), Allow(destination: Peer(nets: [parameters.PodSubnet ?? PublishedPodSubnet]))]));
        policies.Add(Build(AllowEgressPods, PodSelector, PortsOrder,
            ingress: null,
            egress:
            [
                Allow(IpProtocols.Udp, Peer(ports: PodUdpPorts)),
                Allow(IpProtocols.Tcp, Peer(ports: PodTcpPorts)),
                Allow(IpProtocols.Udp, Peer(nets: [ApiServerProxy], ports: ProxyPorts)),
                Allow(IpProtocols.Tcp, Peer(nets: [ApiServerProxy], ports: ProxyPorts)),
                Allow(destination: Peer(selector: PodSelector)),
                Allow(destination: new CalicoEntityRule { NotNets = PrivateNetworks }),
                Allow(IpProtocols.Udp, Peer(nets: controlPlane, ports: MasterPorts)),
                Allow(IpProtocols.Tcp, Peer(nets: controlPlane, ports: MasterPorts)),
            ]));
        policies.Add(Build(AllowIbmPorts, WorkerSelector, PortsOrder,
            ingress: [Allow(IpProtocols.Udp, Peer(ports: WorkerIngressPorts)), Allow(IpProtocols.Tcp, Peer(ports: WorkerIngressPorts))],
            egress:
            [
                Allow(IpProtocols.Udp, Peer(ports: WorkerEgressPorts)),
                Allow(IpProtocols.Tcp, Peer(ports: WorkerEgressPorts)),
                Allow(IpProtocols.Udp, Peer(nets: [ApiServerProxy], ports: ProxyPorts)),
                Allow(IpProtocols.Tcp, Peer(nets: [ApiServerProxy], ports: ProxyPorts)),
                Allow(IpProtocols.Udp, Peer(nets: serviceProxy, ports: HttpsPort)),
                Allow(IpProtocols.Tcp, Peer(nets: serviceProxy, ports: HttpsPort)),
            ]));
        policies.Add(Build(AllowIcmp, WorkerSelector, PortsOrder, ingress: [Allow(IpProtocols.Icmp)], egress: null));
        policies.Add(Build(AllowPrivateServiceEndpoint, WorkerSelector, ServicesOrder,
            ingress: null,
            egress: [Allow(IpProtocols.Udp, Peer(nets: controlPlane, ports: MasterEndpointPorts)), Allow(IpProtocols.Tcp, Peer(nets: controlPlane, ports: MasterEndpointPorts))]));
        policies.Add(Build(AllowSysMgmt, WorkerSelector, SysMgmtOrder,
            ingress: [Allow(source: Peer(nets: sysMgmt))],
            egress: [Allow(destination: Peer(nets: sysMgmt))]));
        if (parameters.IncludePrivateServices)
        {
            policies.Add(Build(AllowPrivateServices, WorkerSelector, ServicesOrder, ingress: null, egress: Services(region.WorkerServices)));
            policies.Add(Build(AllowPrivateServicesPods, PodSelector, ServicesOrder, ingress: null, egress: Services(region.PodServices)));
        }

        if (parameters.IncludeVrrp)
        {
            policies.Add(Build(AllowVrrp, WorkerSelector, PortsOrder, ingress: [Allow(IpProtocols.Vrrp)], egress: [Allow(IpProtocols.Vrrp)]));
        }

        policies.Add(Build(DenyAllDefault, WorkerSelector, DenyOrder,
            ingress: [new CalicoRule { RuleAction = RuleAction.Deny }],
            egress: [new CalicoRule { RuleAction = RuleAction.Deny }]));

        var hostEndpoints = parameters.Workers.Select(w => new Endpoint
        {
            Kind = EndpointKind.HostEndpoint,
            Name = w.HostEndpointName,
            Labels = Labels.Of((WorkerRoleLabel, WorkerRoleValue)),
            Node = w.Node,
            InterfaceName = "eth0",
            Addresses = IpAddressSet.Single(w.PrivateIp),
        });
        return new IbmIsolationPolicySet(region.Name, source, parameters, policies.ToImmutable().Select((p, i) => p with { InputOrder = i }).ToImmutableArray(), [.. hostEndpoints]);
    }

    /// <summary>The master's local proxy in a service subnet: the subnet's first host address (the kubernetes service's ClusterIP).</summary>
    /// <exception cref="ArgumentException">The subnet holds a single address.</exception>
    public static IpPrefix ServiceProxyOf(IpPrefix serviceSubnet) =>
        serviceSubnet.Length < 32
            ? new IpPrefix(new IpAddress(serviceSubnet.First.Value + 1), 32)
            : throw new ArgumentException($"The service subnet {serviceSubnet} has no host address.", nameof(serviceSubnet));

    private static ImmutableArray<PolicyRule> Services(ImmutableArray<IbmIsolationServiceRule> services) =>
        [.. services.Select(s => Allow(s.Protocol, Peer(nets: s.Nets, ports: s.Ports)))];

    private static Policy Build(string name, Selector selector, double order, ImmutableArray<PolicyRule>? ingress, ImmutableArray<PolicyRule>? egress) => new()
    {
        Id = new PolicyId(PolicyKind.CalicoGlobalNetworkPolicy, null, name),
        Selector = selector,
        Order = order,
        AppliesToIngress = ingress is not null,
        AppliesToEgress = egress is not null,
        IngressRules = ingress ?? [],
        EgressRules = egress ?? [],
    };

    private static CalicoRule Allow(CalicoEntityRule? source = null, CalicoEntityRule? destination = null) => new()
    {
        RuleAction = RuleAction.Allow,
        SourceEntity = source ?? CalicoEntityRule.Any,
        DestinationEntity = destination ?? CalicoEntityRule.Any,
    };

    private static CalicoRule Allow(int protocol, CalicoEntityRule? destination = null) => new()
    {
        RuleAction = RuleAction.Allow,
        Protocol = protocol,
        DestinationEntity = destination ?? CalicoEntityRule.Any,
    };

    private static CalicoEntityRule Peer(Selector? selector = null, ImmutableArray<IpPrefix>? nets = null, ImmutableArray<PortSpec>? ports = null) =>
        new() { Selector = selector, Nets = nets, Ports = ports };

    private static ImmutableArray<PortSpec> Ports(params ReadOnlySpan<int> ports)
    {
        var builder = ImmutableArray.CreateBuilder<PortSpec>(ports.Length);
        foreach (var port in ports)
        {
            builder.Add(PortSpec.Single(port));
        }

        return builder.MoveToImmutable();
    }
}
