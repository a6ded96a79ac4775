using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>
/// Reads what endpoints are: pods, workload resources (which imply pods), Calico workload and host endpoints,
/// network sets, namespaces, nodes and service accounts. These come from live clusters, so unknown fields are
/// ignored.
/// </summary>
internal static class TopologyReader
{
    /// <summary>How many pods a workload resource implies at most: two show traffic between replicas; more add nothing.</summary>
    public const int MaxImpliedPods = 2;

    public static void ReadNamespace(Node node, ResourceCollector collector)
    {
        var metadata = Metadata.Read(node, "Namespace", strict: false);
        if (metadata.Name is { } name)
        {
            collector.Namespaces.Add(new NamespaceInfo(name, metadata.Labels));
        }
    }

    public static void ReadServiceAccount(Node node, ResourceCollector collector)
    {
        var metadata = Metadata.Read(node, "ServiceAccount", strict: false);
        if (metadata.Name is { } name)
        {
            collector.ServiceAccounts.Add(new ServiceAccountInfo(metadata.Namespace ?? "default", name, metadata.Labels));
        }
    }

    public static void ReadNode(Node node, ResourceCollector collector)
    {
        var metadata = Metadata.Read(node, "Node", strict: false);
        if (metadata.Name is not { } name)
        {
            return;
        }

        var addresses = IpAddressSet.Empty;
        foreach (var address in node["status"]["addresses"].ItemsIfAny())
        {
            if (address["type"].Text("type") == "InternalIP" && address["address"].Text("address") is { } text && IpAddress.TryParse(text.Trim(), out var ip))
            {
                addresses = addresses.Union(IpAddressSet.Single(ip));
            }
        }

        collector.Nodes.Add(new NodeInfo(name, metadata.Labels, addresses));
    }

    public static void ReadPod(Node node, ResourceCollector collector)
    {
        var metadata = Metadata.Read(node, "Pod", strict: false);
        if (metadata.Name is not { } name)
        {
            return;
        }

        WorkloadOwner? owner = null;
        foreach (var reference in node["metadata"]["ownerReferences"].ItemsIfAny())
        {
            if (reference["name"].Text("ownerReferences.name") is { } ownerName && reference["kind"].Text("ownerReferences.kind") is { } ownerKind)
            {
                owner = new WorkloadOwner(ownerKind, ownerName);
                break;
            }
        }

        var spec = node["spec"];
        var addresses = IpAddressSet.Empty;
        var hostNetwork = spec["hostNetwork"].IsScalar && spec["hostNetwork"].Text("hostNetwork") == "true";
        foreach (var ip in node["status"]["podIPs"].ItemsIfAny().Select(i => i["ip"].Text("ip")).Append(node["status"]["podIP"].Text("podIP")))
        {
            if (!hostNetwork && ip is not null && IpAddress.TryParse(ip.Trim(), out var address))
            {
                addresses = addresses.Union(IpAddressSet.Single(address));
            }
        }

        collector.Endpoints.Add(new Endpoint
        {
            Kind = EndpointKind.Pod,
            Name = name,
            Namespace = metadata.Namespace ?? "default",
            Labels = metadata.Labels,
            Owner = owner,
            ServiceAccount = spec["serviceAccountName"].Text("serviceAccountName") ?? "default",
            NamedPorts = ContainerPorts(spec),
            Addresses = addresses,
            Node = spec["nodeName"].Text("nodeName"),
            Source = node.Location,
        });
    }

    /// <summary>A workload resource implies pods with its template's labels: as many as its replicas, at most <see cref="MaxImpliedPods"/>, named <c>workload-1</c>, <c>workload-2</c>.</summary>
    public static void ReadWorkload(Node node, string kind, ResourceCollector collector)
    {
        var metadata = Metadata.Read(node, kind, strict: false);
        if (metadata.Name is not { } name)
        {
            return;
        }

        var spec = node["spec"];
        var replicas = kind is "DaemonSet" ? 1 : spec["replicas"].IsMissing ? 1 : (int)(spec["replicas"].Integer("spec.replicas", 0, int.MaxValue) ?? 1);
        if (kind == "Job")
        {
            replicas = spec["parallelism"].IsMissing ? 1 : (int)(spec["parallelism"].Integer("spec.parallelism", 0, int.MaxValue) ?? 1);
        }

        var template = kind == "CronJob" ? spec["jobTemplate"]["spec"]["template"] : spec["template"];
        var labels = Metadata.ReadLabels(template["metadata"]["labels"], "template labels", strict: false);
        var podSpec = template["spec"];
        for (var i = 1; i <= Math.Min(replicas, MaxImpliedPods); i++)
        {
            collector.Endpoints.Add(new Endpoint
            {
                Kind = EndpointKind.Pod,
                Name = $"{name}-{i}",
                Namespace = metadata.Namespace ?? "default",
                Labels = labels,
                Owner = new WorkloadOwner(kind, name),
                ServiceAccount = podSpec["serviceAccountName"].Text("serviceAccountName") ?? "default",
                NamedPorts = ContainerPorts(podSpec),
                Source = node.Location,
            });
        }
    }

    public static void ReadCalicoEndpoint(Node node, string kind, ResourceCollector collector)
    {
        var metadata = Metadata.Read(node, kind, strict: false);
        var spec = node["spec"];
        switch (kind)
        {
            case "WorkloadEndpoint":
                {
                    var pod = spec["pod"].Text("spec.pod") ?? metadata.Name;
                    if (pod is null)
                    {
                        return;
                    }

                    collector.Endpoints.Add(new Endpoint
                    {
                        Kind = EndpointKind.WorkloadEndpoint,
                        Name = pod,
                        Namespace = metadata.Namespace ?? "default",
                        Labels = metadata.Labels,
                        ServiceAccount = spec["serviceAccountName"].Text("spec.serviceAccountName"),
                        NamedPorts = EndpointPorts(spec),
                        Profiles = Strings(spec["profiles"]),
                        Addresses = Addresses(spec["ipNetworks"]),
                        Node = spec["node"].Text("spec.node"),
                        InterfaceName = spec["interfaceName"].Text("spec.interfaceName"),
                        Source = node.Location,
                    });
                    break;
                }

            case "HostEndpoint":
                if (metadata.Name is not { } hostName)
                {
                    return;
                }

                collector.Endpoints.Add(new Endpoint
                {
                    Kind = EndpointKind.HostEndpoint,
                    Name = hostName,
                    Labels = metadata.Labels,
                    NamedPorts = EndpointPorts(spec),
                    Profiles = Strings(spec["profiles"]),
                    Addresses = Addresses(spec["expectedIPs"]),
                    Node = spec["node"].Text("spec.node"),
                    InterfaceName = spec["interfaceName"].Text("spec.interfaceName"),
                    Source = node.Location,
                });
                break;
            default:
                if (metadata.Name is not { } setName)
                {
                    return;
                }

                collector.NetworkSets.Add(new NetworkSet(setName, kind == "NetworkSet" ? metadata.Namespace ?? "default" : null, metadata.Labels, Addresses(spec["nets"]), node.Location));
                break;
        }
    }

    private static ImmutableArray<NamedPort> ContainerPorts(Node podSpec)
    {
        var ports = ImmutableArray.CreateBuilder<NamedPort>();
        foreach (var container in podSpec["containers"].ItemsIfAny())
        {
            foreach (var port in container["ports"].ItemsIfAny())
            {
                if (port["name"].Text("port name") is { Length: > 0 } name && port["containerPort"].Integer("containerPort", 1, 65535, acceptQuoted: true) is { } number)
                {
                    ports.Add(new NamedPort(name, Protocol(port["protocol"].Text("protocol")), (int)number));
                }
            }
        }

        return ports.ToImmutable();
    }

    private static ImmutableArray<NamedPort> EndpointPorts(Node spec)
    {
        var ports = ImmutableArray.CreateBuilder<NamedPort>();
        foreach (var port in spec["ports"].ItemsIfAny())
        {
            if (port["name"].Text("port name") is { Length: > 0 } name && port["port"].Integer("port", 1, 65535, acceptQuoted: true) is { } number)
            {
                ports.Add(new NamedPort(name, Protocol(port["protocol"].Text("protocol")), (int)number));
            }
        }

        return ports.ToImmutable();
    }

    private static int Protocol(string? text) => text?.ToUpperInvariant() switch
    {
        "UDP" => IpProtocols.Udp,
        "SCTP" => IpProtocols.Sctp,
        _ => IpProtocols.Tcp,
    };

    private static ImmutableArray<string> Strings(Node node) => [.. node.ItemsIfAny().Select(i => i.Text("a value")).OfType<string>()];

    private static IpAddressSet Addresses(Node node)
    {
        var set = IpAddressSet.Empty;
        foreach (var item in node.ItemsIfAny())
        {
            var text = item.Text("an address");
            if (text is null)
            {
                continue;
            }

            if (IpPrefix.TryParse(text.Trim(), out var prefix))
            {
                set = set.Union(AddressFamilies.ToSet(prefix));
            }
            else
            {
                item.Report(PolicyDiagnostics.InvalidValue, $"'{text}' is not an IP address or CIDR");
            }
        }

        return set;
    }
}
