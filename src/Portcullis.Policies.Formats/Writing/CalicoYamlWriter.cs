using System.Globalization;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Writing;

/// <summary>
/// Writes Calico resources of the model as the YAML <c>calicoctl apply -f</c> takes: GlobalNetworkPolicy and
/// NetworkPolicy (projectcalico.org/v3) and HostEndpoint, one document each. Fields are in calicoctl's
/// (alphabetical) order; reading the output back gives the same policies.
/// </summary>
public static class CalicoYamlWriter
{
    private const string ApiVersion = "projectcalico.org/v3";

    /// <summary>Writes one document per resource, separated by <c>---</c>.</summary>
    /// <exception cref="ArgumentException">A Kubernetes policy, or a rule with an HTTP match (which the model does not keep).</exception>
    public static void Write(TextWriter writer, IEnumerable<Policy> policies, IEnumerable<Endpoint> hostEndpoints, Func<string, string?>? comment = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(hostEndpoints);
        var documents = policies.Select(p => (p.Id.Name, Block: PolicyDocument(p)))
            .Concat(hostEndpoints.Select(e => (e.Name, Block: HostEndpointDocument(e))));
        foreach (var (name, block) in documents)
        {
            writer.Write("---\n");
            if (comment?.Invoke(name) is { } text)
            {
                foreach (var line in text.Split('\n'))
                {
                    writer.Write("# " + line + "\n");
                }
            }

            block.WriteTo(writer);
        }
    }

    /// <summary>A Calico policy as a YAML mapping.</summary>
    internal static YamlBlock PolicyDocument(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.IsKubernetes)
        {
            throw new ArgumentException($"{policy.Id} is a Kubernetes NetworkPolicy; this writer writes Calico resources.", nameof(policy));
        }

        var global = policy.Id.Kind == PolicyKind.CalicoGlobalNetworkPolicy;
        var metadata = new YamlBlock().String("name", policy.Id.Name);
        if (!global && policy.Id.Namespace is { } ns)
        {
            metadata.String("namespace", ns);
        }

        var spec = new YamlBlock();
        if (policy.ApplyOnForward)
        {
            spec.Boolean("applyOnForward", true);
        }

        if (policy.DoNotTrack)
        {
            spec.Boolean("doNotTrack", true);
        }

        if (policy.AppliesToEgress)
        {
            spec.List("egress", policy.EgressRules.Select(r => (object)Rule(policy, r)));
        }

        if (policy.AppliesToIngress)
        {
            spec.List("ingress", policy.IngressRules.Select(r => (object)Rule(policy, r)));
        }

        if (global && policy.NamespaceSelector is { } namespaceSelector)
        {
            spec.String("namespaceSelector", namespaceSelector.ToString());
        }

        if (policy.Order is { } order)
        {
            spec.Number("order", order);
        }

        if (policy.PreDnat)
        {
            spec.Boolean("preDNAT", true);
        }

        spec.String("selector", policy.Selector.ToString());
        if (policy.ServiceAccountSelector is { } serviceAccountSelector)
        {
            spec.String("serviceAccountSelector", serviceAccountSelector.ToString());
        }

        if (policy.Tier != Tier.DefaultName)
        {
            spec.String("tier", policy.Tier);
        }

        var types = new List<object>();
        if (policy.AppliesToIngress)
        {
            types.Add("Ingress");
        }

        if (policy.AppliesToEgress)
        {
            types.Add("Egress");
        }

        spec.List("types", types);
        return new YamlBlock()
            .String("apiVersion", ApiVersion)
            .String("kind", global ? "GlobalNetworkPolicy" : "NetworkPolicy")
            .Map("metadata", metadata)
            .Map("spec", spec);
    }

    /// <summary>A host endpoint as a YAML mapping.</summary>
    internal static YamlBlock HostEndpointDocument(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsHost)
        {
            throw new ArgumentException($"{endpoint.Id} is not a host endpoint.", nameof(endpoint));
        }

        var metadata = new YamlBlock();
        if (endpoint.Labels.Count > 0)
        {
            var labels = new YamlBlock();
            foreach (var (key, value) in endpoint.Labels)
            {
                labels.String(key, value);
            }

            metadata.Map("labels", labels);
        }

        metadata.String("name", endpoint.Name);
        var spec = new YamlBlock();
        if (!endpoint.Addresses.IsEmpty)
        {
            spec.List("expectedIPs", endpoint.Addresses.ToPrefixes().SelectMany(Addresses).Select(a => (object)YamlBlock.Quote(a)));
        }

        if (endpoint.InterfaceName is { } interfaceName)
        {
            spec.String("interfaceName", interfaceName);
        }

        if (endpoint.Node is { } node)
        {
            spec.String("node", node);
        }

        if (endpoint.NamedPorts.Length > 0)
        {
            spec.List("ports", endpoint.NamedPorts.Select(p => (object)new YamlBlock()
                .String("name", p.Name)
                .Number("port", p.Port)
                .String("protocol", ProtocolName(p.Protocol))));
        }

        if (endpoint.Profiles.Length > 0)
        {
            spec.List("profiles", endpoint.Profiles.Select(p => (object)YamlBlock.Quote(p)));
        }

        return new YamlBlock()
            .String("apiVersion", ApiVersion)
            .String("kind", "HostEndpoint")
            .Map("metadata", metadata)
            .Map("spec", spec);
    }

    private static IEnumerable<string> Addresses(Core.Addresses.IpPrefix prefix)
    {
        // expectedIPs lists addresses, not CIDRs: a host endpoint has a few, each written out.
        if (prefix.Length < 24)
        {
            throw new ArgumentException($"A host endpoint with the addresses {prefix} cannot be written as expectedIPs.", nameof(prefix));
        }

        for (var value = prefix.First.Value; value <= prefix.Last.Value; value++)
        {
            yield return new Core.Addresses.IpAddress(value).ToString();
        }
    }

    private static YamlBlock Rule(Policy policy, PolicyRule rule)
    {
        if (rule is not CalicoRule calico)
        {
            throw new ArgumentException($"{policy.Id} holds a rule that is not a Calico rule.", nameof(policy));
        }

        if (calico.HasHttpMatch)
        {
            throw new ArgumentException($"{policy.Id} holds an HTTP match, which the model does not keep and so cannot be written.", nameof(policy));
        }

        var block = new YamlBlock().String("action", calico.RuleAction.ToString());
        block.Map("destination", Entity(calico.DestinationEntity));
        if (calico.Icmp is { } icmp)
        {
            block.Map("icmp", Icmp(icmp));
        }

        if (calico.IpVersion is { } ipVersion)
        {
            block.Number("ipVersion", ipVersion);
        }

        if (calico.NotIcmp is { } notIcmp)
        {
            block.Map("notICMP", Icmp(notIcmp));
        }

        if (calico.NotProtocol is { } notProtocol)
        {
            Protocol(block, "notProtocol", notProtocol);
        }

        if (calico.Protocol is { } protocol)
        {
            Protocol(block, "protocol", protocol);
        }

        block.Map("source", Entity(calico.SourceEntity));
        return block;
    }

    private static void Protocol(YamlBlock block, string key, int protocol)
    {
        var name = ProtocolName(protocol);
        if (name.All(char.IsAsciiDigit))
        {
            block.Number(key, protocol);
        }
        else
        {
            block.String(key, name);
        }
    }

    private static string ProtocolName(int protocol) => protocol switch
    {
        IpProtocols.Tcp => "TCP",
        IpProtocols.Udp => "UDP",
        IpProtocols.Icmp => "ICMP",
        IpProtocols.IcmpV6 => "ICMPv6",
        IpProtocols.Sctp => "SCTP",
        136 => "UDPLite",
        _ => protocol.ToString(CultureInfo.InvariantCulture),
    };

    private static YamlBlock Icmp(IcmpSpec icmp)
    {
        var block = new YamlBlock();
        if (icmp.Code is { } code)
        {
            block.Number("code", code);
        }

        if (icmp.Type is { } type)
        {
            block.Number("type", type);
        }

        return block;
    }

    private static YamlBlock Entity(CalicoEntityRule entity)
    {
        var block = new YamlBlock();
        if (entity.NamespaceSelector is { } namespaceSelector)
        {
            block.String("namespaceSelector", namespaceSelector.ToString());
        }

        if (entity.Nets is { } nets)
        {
            block.List("nets", nets.Select(n => (object)YamlBlock.Quote(n.ToString())));
        }

        if (entity.NotNets is { } notNets)
        {
            block.List("notNets", notNets.Select(n => (object)YamlBlock.Quote(n.ToString())));
        }

        if (entity.NotPorts is { } notPorts)
        {
            block.List("notPorts", notPorts.Select(Port));
        }

        if (entity.NotSelector is { } notSelector)
        {
            block.String("notSelector", notSelector.ToString());
        }

        if (entity.Ports is { } ports)
        {
            block.List("ports", ports.Select(Port));
        }

        if (entity.Selector is { } selector)
        {
            block.String("selector", selector.ToString());
        }

        if (entity.ServiceAccountNames is not null || entity.ServiceAccountSelector is not null)
        {
            var accounts = new YamlBlock();
            if (entity.ServiceAccountNames is { } names)
            {
                accounts.List("names", names.Select(n => (object)YamlBlock.Quote(n)));
            }

            if (entity.ServiceAccountSelector is { } accountSelector)
            {
                accounts.String("selector", accountSelector.ToString());
            }

            block.Map("serviceAccounts", accounts);
        }

        if (entity.Service is { } service)
        {
            var services = new YamlBlock().String("name", service.Name);
            if (service.Namespace is { } ns)
            {
                services.String("namespace", ns);
            }

            block.Map("services", services);
        }

        return block;
    }

    private static object Port(PortSpec port) =>
        port.IsNamed ? YamlBlock.Quote(port.Name!) : port.Min == port.Max ? port.Min.ToString(CultureInfo.InvariantCulture) : YamlBlock.Quote(port.ToString());
}
