using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Model;
using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>Reads a Kubernetes <c>networking.k8s.io/v1</c> NetworkPolicy, validating it as the API server does.</summary>
internal static class KubernetesPolicyReader
{
    public static void Read(Node resource, ResourceCollector collector)
    {
        var before = collector.Diagnostics.Count;
        resource.RejectUnknownFields("a NetworkPolicy", "apiVersion", "kind", "metadata", "spec", "status");
        var metadata = Metadata.Read(resource, "NetworkPolicy", strict: true);
        var spec = resource["spec"];
        if (!spec.ExpectMapping("the spec of a NetworkPolicy", required: true))
        {
            if (resource.HasKey("spec") && spec.IsMissing)
            {
                spec.Report(PolicyDiagnostics.MissingField, "the spec of a NetworkPolicy must not be null");
            }

            return;
        }

        spec.RejectUnknownFields("a NetworkPolicy spec", "podSelector", "ingress", "egress", "policyTypes");
        if (!spec.HasKey("podSelector"))
        {
            spec.Report(PolicyDiagnostics.MissingField, "spec.podSelector is required ({} selects every pod of the namespace)");
        }
        else if (spec["podSelector"].IsMissing)
        {
            spec["podSelector"].Report(PolicyDiagnostics.MissingField, "spec.podSelector must not be null ({} selects every pod of the namespace)");
        }

        var podSelector = KubernetesSelectorReader.Read(spec["podSelector"], "spec.podSelector") ?? Selector.All;
        var types = ReadTypes(spec["policyTypes"]);
        var hasIngress = spec.HasKey("ingress");
        var hasEgress = spec.HasKey("egress");
        var ingress = ReadRules(spec["ingress"], "from", "spec.ingress");
        var egress = ReadRules(spec["egress"], "to", "spec.egress");

        // The API server's default: Ingress always, Egress when there are egress rules.
        var appliesToIngress = types?.Contains("Ingress") ?? true;
        var appliesToEgress = types?.Contains("Egress") ?? egress.Length > 0;
        if (types is not null && !appliesToIngress && hasIngress && !spec["ingress"].IsMissing)
        {
            spec["ingress"].Report(PolicyDiagnostics.Inconsistent, "the policy has ingress rules but its policyTypes lack Ingress, so they would never apply");
        }

        if (types is not null && !appliesToEgress && hasEgress && !spec["egress"].IsMissing)
        {
            spec["egress"].Report(PolicyDiagnostics.Inconsistent, "the policy has egress rules but its policyTypes lack Egress, so they would never apply");
        }

        if (metadata.Name is null || Problems.ErrorsSince(collector.Diagnostics, before))
        {
            return;
        }

        collector.AddPolicy(
            new Policy
            {
                Id = new PolicyId(PolicyKind.KubernetesNetworkPolicy, metadata.Namespace ?? "default", metadata.Name),
                Order = Policy.KubernetesOrder,
                Selector = podSelector,
                AppliesToIngress = appliesToIngress,
                AppliesToEgress = appliesToEgress,
                IngressRules = [.. ingress],
                EgressRules = [.. egress],
                Source = resource.Location,
            },
            resource);
    }

    private static HashSet<string>? ReadTypes(Node node)
    {
        if (node.IsMissing || !node.ExpectSequence("spec.policyTypes"))
        {
            return null;
        }

        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in node.Items())
        {
            if (item.String("a policy type") is { } type)
            {
                if (type is "Ingress" or "Egress")
                {
                    types.Add(type);
                }
                else
                {
                    item.Report(PolicyDiagnostics.InvalidValue, $"policy type '{type}' is not Ingress or Egress");
                }
            }
        }

        return types.Count == 0 ? null : types;
    }

    private static ImmutableArray<PolicyRule> ReadRules(Node node, string peersKey, string what)
    {
        if (!node.ExpectSequence(what))
        {
            return [];
        }

        var rules = ImmutableArray.CreateBuilder<PolicyRule>();
        foreach (var item in node.Items())
        {
            if (!item.ExpectMapping("a rule"))
            {
                continue;
            }

            item.RejectUnknownFields("a NetworkPolicy rule", peersKey, "ports");
            var peers = ImmutableArray.CreateBuilder<KubernetesPeer>();
            if (item[peersKey].ExpectSequence($"{peersKey}"))
            {
                foreach (var peer in item[peersKey].Items())
                {
                    if (ReadPeer(peer) is { } read)
                    {
                        peers.Add(read);
                    }
                }
            }

            var ports = ImmutableArray.CreateBuilder<KubernetesPort>();
            if (item["ports"].ExpectSequence("ports"))
            {
                foreach (var port in item["ports"].Items())
                {
                    if (ReadPort(port) is { } read)
                    {
                        ports.Add(read);
                    }
                }
            }

            rules.Add(new KubernetesRule
            {
                Peers = peers.ToImmutable(),
                HasPeerList = item.HasKey(peersKey),
                Ports = ports.ToImmutable(),
                Source = item.Location,
            });
        }

        return rules.ToImmutable();
    }

    private static KubernetesPeer? ReadPeer(Node peer)
    {
        if (!peer.ExpectMapping("a NetworkPolicyPeer"))
        {
            return null;
        }

        peer.RejectUnknownFields("a NetworkPolicyPeer", "podSelector", "namespaceSelector", "ipBlock");
        var podSelector = KubernetesSelectorReader.Read(peer["podSelector"], "podSelector");
        var namespaceSelector = KubernetesSelectorReader.Read(peer["namespaceSelector"], "namespaceSelector");
        if (peer["ipBlock"].IsMissing)
        {
            if (peer["podSelector"].IsMissing && peer["namespaceSelector"].IsMissing)
            {
                peer.Report(PolicyDiagnostics.MissingField, "a NetworkPolicyPeer needs podSelector, namespaceSelector or ipBlock");
                return null;
            }

            return new KubernetesPeer(podSelector, namespaceSelector, null);
        }

        if (!peer["podSelector"].IsMissing || !peer["namespaceSelector"].IsMissing)
        {
            peer.Report(PolicyDiagnostics.Inconsistent, "a NetworkPolicyPeer with an ipBlock may have neither podSelector nor namespaceSelector");
            return null;
        }

        var block = peer["ipBlock"];
        if (!block.ExpectMapping("ipBlock"))
        {
            return null;
        }

        block.RejectUnknownFields("an ipBlock", "cidr", "except");
        var cidrText = block["cidr"].String("ipBlock.cidr", required: true);
        if (cidrText is null)
        {
            return null;
        }

        if (!IpPrefix.TryParse(cidrText.Trim(), out var cidr))
        {
            block["cidr"].Report(PolicyDiagnostics.InvalidValue, $"'{cidrText}' is not a CIDR");
            return null;
        }

        if (!cidrText.Contains('/', StringComparison.Ordinal))
        {
            // The API server wants a prefix length; a bare address is read as the one address it names.
            block["cidr"].Report(PolicyDiagnostics.AddressWithoutPrefix, cidrText, cidr);
        }

        var except = ImmutableArray.CreateBuilder<IpPrefix>();
        if (block["except"].ExpectSequence("ipBlock.except"))
        {
            foreach (var item in block["except"].Items())
            {
                var text = item.String("an ipBlock exception", required: true);
                if (text is null)
                {
                    continue;
                }

                if (!IpPrefix.TryParse(text.Trim(), out var prefix) || !text.Contains('/', StringComparison.Ordinal))
                {
                    item.Report(PolicyDiagnostics.InvalidValue, $"'{text}' is not a CIDR");
                }
                else if (prefix.IsIPv4 != cidr.IsIPv4)
                {
                    item.Report(PolicyDiagnostics.Inconsistent, $"the exception {text} is not of the same IP version as the CIDR {cidrText}");
                }
                else
                {
                    if (!AddressFamilies.ToSet(prefix).IsSubsetOf(AddressFamilies.ToSet(cidr)))
                    {
                        // The API server refuses it; what it means is clear (the part outside the CIDR excepts nothing).
                        item.Report(PolicyDiagnostics.ExceptionOutsideBlock, text, cidrText);
                    }

                    except.Add(prefix);
                }
            }
        }

        return new KubernetesPeer(null, null, new IpBlock(cidr, except.ToImmutable()));
    }

    private static KubernetesPort? ReadPort(Node port)
    {
        if (!port.ExpectMapping("a NetworkPolicyPort"))
        {
            return null;
        }

        port.RejectUnknownFields("a NetworkPolicyPort", "port", "protocol", "endPort");
        var protocolText = port["protocol"].String("protocol") ?? "TCP";
        var protocol = protocolText switch
        {
            "TCP" => IpProtocols.Tcp,
            "UDP" => IpProtocols.Udp,
            "SCTP" => IpProtocols.Sctp,
            _ => -1,
        };
        if (protocol < 0)
        {
            port["protocol"].Report(PolicyDiagnostics.InvalidValue, $"protocol '{protocolText}' is not TCP, UDP or SCTP");
            return null;
        }

        var portNode = port["port"];
        var endPort = port["endPort"].Integer("endPort", 1, 65535);
        if (port.HasKey("endPort") && endPort is null && !port["endPort"].IsMissing)
        {
            return null;
        }

        if (portNode.IsMissing)
        {
            if (endPort is not null)
            {
                port["endPort"].Report(PolicyDiagnostics.Inconsistent, "endPort needs a numeric port");
                return null;
            }

            return new KubernetesPort(protocol, null);
        }

        if (portNode.IsPlainInteger)
        {
            var number = portNode.Integer("port", 1, 65535);
            if (number is null)
            {
                return null;
            }

            if (endPort is { } end)
            {
                if (end < number)
                {
                    port["endPort"].Report(PolicyDiagnostics.Inconsistent, $"endPort {end} is below port {number}");
                    return null;
                }

                return new KubernetesPort(protocol, new PortSpec((int)number, (int)end));
            }

            return new KubernetesPort(protocol, PortSpec.Single((int)number));
        }

        var name = portNode.String("port");
        if (name is null)
        {
            return null;
        }

        if (endPort is not null)
        {
            port["endPort"].Report(PolicyDiagnostics.Inconsistent, "endPort needs a numeric port, not a named one");
            return null;
        }

        if (ApiNames.PortNameProblem(name) is { } problem)
        {
            portNode.Report(PolicyDiagnostics.InvalidValue, $"the port name '{name}' {problem}");
            return null;
        }

        return new KubernetesPort(protocol, PortSpec.Named(name));
    }
}
