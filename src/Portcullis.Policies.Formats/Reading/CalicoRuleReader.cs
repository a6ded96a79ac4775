using System.Collections.Immutable;
using System.Globalization;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>Reads a Calico rule (<c>action</c>, <c>protocol</c>, <c>icmp</c>, <c>source</c>, <c>destination</c> ...), validating it as calicoctl does.</summary>
internal static class CalicoRuleReader
{
    private static readonly Dictionary<string, int> ProtocolNames = new(StringComparer.Ordinal)
    {
        ["TCP"] = IpProtocols.Tcp,
        ["UDP"] = IpProtocols.Udp,
        ["ICMP"] = IpProtocols.Icmp,
        ["ICMPv6"] = IpProtocols.IcmpV6,
        ["SCTP"] = IpProtocols.Sctp,
        ["UDPLite"] = 136,
    };

    public static CalicoRule? Read(Node rule)
    {
        if (!rule.ExpectMapping("a rule"))
        {
            return null;
        }

        rule.RejectUnknownFields("a Calico rule", "action", "protocol", "notProtocol", "icmp", "notICMP", "ipVersion", "source", "destination", "http", "metadata");
        var actionText = rule["action"].String("the rule's action", required: true);
        RuleAction? action = actionText switch
        {
            "Allow" => RuleAction.Allow,
            "Deny" => RuleAction.Deny,
            "Pass" => RuleAction.Pass,
            "Log" => RuleAction.Log,
            null => null,
            _ => null,
        };
        if (actionText is not null && action is null)
        {
            rule["action"].Report(PolicyDiagnostics.InvalidValue, $"action '{actionText}' is not Allow, Deny, Pass or Log");
        }

        var protocol = ReadProtocol(rule["protocol"], "protocol");
        var notProtocol = ReadProtocol(rule["notProtocol"], "notProtocol");
        var icmp = ReadIcmp(rule["icmp"], "icmp");
        var notIcmp = ReadIcmp(rule["notICMP"], "notICMP");
        if ((icmp is not null || notIcmp is not null) && protocol is not (IpProtocols.Icmp or IpProtocols.IcmpV6))
        {
            rule[icmp is not null ? "icmp" : "notICMP"].Report(PolicyDiagnostics.Inconsistent, "an ICMP type or code needs protocol ICMP or ICMPv6");
        }

        var ipVersion = rule["ipVersion"].Integer("ipVersion", 4, 6);
        if (ipVersion is 5)
        {
            rule["ipVersion"].Report(PolicyDiagnostics.InvalidValue, "ipVersion must be 4 or 6");
        }

        var source = ReadEntity(rule["source"], "source", protocol);
        var destination = ReadEntity(rule["destination"], "destination", protocol);
        if (source?.Service is not null)
        {
            rule["source"]["services"].Report(PolicyDiagnostics.NotEvaluated, "source.services is evaluated as matching no endpoint: services resolve to endpoints only in a live cluster");
        }

        if (!rule["http"].IsMissing)
        {
            rule["http"].Report(PolicyDiagnostics.NotEvaluated, "the http match is application-layer; the analysis ignores it, so the rule is taken to match every HTTP request");
        }

        if (action is null || source is null || destination is null)
        {
            return null;
        }

        return new CalicoRule
        {
            RuleAction = action.Value,
            Protocol = protocol,
            NotProtocol = notProtocol,
            Icmp = icmp,
            NotIcmp = notIcmp,
            IpVersion = (int?)ipVersion,
            SourceEntity = source,
            DestinationEntity = destination,
            HasHttpMatch = !rule["http"].IsMissing,
            Source = rule.Location,
        };
    }

    private static int? ReadProtocol(Node node, string what)
    {
        if (node.IsMissing)
        {
            return null;
        }

        var text = node.Text(what);
        if (text is null)
        {
            return null;
        }

        if (ProtocolNames.TryGetValue(text, out var number))
        {
            return number;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is >= 1 and <= 255)
        {
            return number;
        }

        node.Report(PolicyDiagnostics.InvalidValue, $"{what} '{text}' is not TCP, UDP, ICMP, ICMPv6, SCTP, UDPLite or a number from 1 to 255");
        return null;
    }

    private static IcmpSpec? ReadIcmp(Node node, string what)
    {
        if (!node.ExpectMapping(what))
        {
            return null;
        }

        node.RejectUnknownFields(what, "type", "code");
        var type = node["type"].Integer($"{what}.type", 0, 254);
        var code = node["code"].Integer($"{what}.code", 0, 255);
        if (code is not null && node["type"].IsMissing)
        {
            node["code"].Report(PolicyDiagnostics.Inconsistent, $"{what}.code needs a type");
        }

        return new IcmpSpec((int?)type, (int?)code);
    }

    private static CalicoEntityRule? ReadEntity(Node node, string what, int? protocol)
    {
        if (node.IsMissing)
        {
            return CalicoEntityRule.Any;
        }

        if (!node.ExpectMapping(what))
        {
            return null;
        }

        node.RejectUnknownFields($"a rule's {what}", "nets", "notNets", "selector", "notSelector", "namespaceSelector", "ports", "notPorts", "serviceAccounts", "services");
        var ports = ReadPorts(node["ports"], $"{what}.ports", protocol);
        var notPorts = ReadPorts(node["notPorts"], $"{what}.notPorts", protocol);
        ImmutableArray<string>? saNames = null;
        Selectors.Selector? saSelector = null;
        var serviceAccounts = node["serviceAccounts"];
        if (serviceAccounts.ExpectMapping($"{what}.serviceAccounts"))
        {
            serviceAccounts.RejectUnknownFields("serviceAccounts", "names", "selector");
            if (serviceAccounts["names"].ExpectSequence("serviceAccounts.names"))
            {
                saNames = [.. serviceAccounts["names"].Items().Select(i => i.String("a service account name")).OfType<string>()];
            }

            saSelector = CalicoPolicyReader.ReadSelector(serviceAccounts["selector"], "serviceAccounts.selector");
        }

        ServiceReference? service = null;
        var services = node["services"];
        if (services.ExpectMapping($"{what}.services"))
        {
            services.RejectUnknownFields("services", "name", "namespace");
            if (services["name"].String("services.name", required: true) is { } serviceName)
            {
                service = new ServiceReference(serviceName, services["namespace"].String("services.namespace"));
            }
        }

        return new CalicoEntityRule
        {
            Nets = ReadNets(node["nets"], $"{what}.nets"),
            NotNets = ReadNets(node["notNets"], $"{what}.notNets"),
            Selector = CalicoPolicyReader.ReadSelector(node["selector"], $"{what}.selector"),
            NotSelector = CalicoPolicyReader.ReadSelector(node["notSelector"], $"{what}.notSelector"),
            NamespaceSelector = CalicoPolicyReader.ReadSelector(node["namespaceSelector"], $"{what}.namespaceSelector"),
            Ports = ports,
            NotPorts = notPorts,
            ServiceAccountNames = saNames,
            ServiceAccountSelector = saSelector,
            Service = service,
        };
    }

    private static ImmutableArray<IpPrefix>? ReadNets(Node node, string what)
    {
        if (node.IsMissing || !node.ExpectSequence(what))
        {
            return null;
        }

        var nets = ImmutableArray.CreateBuilder<IpPrefix>();
        foreach (var item in node.Items())
        {
            var text = item.String("a net", required: true);
            if (text is null)
            {
                continue;
            }

            if (IpPrefix.TryParse(text.Trim(), out var prefix))
            {
                nets.Add(prefix);
            }
            else
            {
                item.Report(PolicyDiagnostics.InvalidValue, $"'{text}' is not a CIDR or IP address");
            }
        }

        return nets.ToImmutable();
    }

    private static ImmutableArray<PortSpec>? ReadPorts(Node node, string what, int? protocol)
    {
        if (node.IsMissing || !node.ExpectSequence(what))
        {
            return null;
        }

        if (protocol is not { } p || !(ConnectionSet.HasPorts(p) || p == 136))
        {
            node.Report(PolicyDiagnostics.Inconsistent, $"{what} needs protocol TCP, UDP, SCTP or UDPLite");
            return null;
        }

        var ports = ImmutableArray.CreateBuilder<PortSpec>();
        foreach (var item in node.Items())
        {
            var text = item.Text("a port");
            if (text is null)
            {
                item.Report(PolicyDiagnostics.MissingField, "a port must not be null");
                continue;
            }

            if (TryParsePort(text, out var spec, out var problem))
            {
                ports.Add(spec);
            }
            else
            {
                item.Report(PolicyDiagnostics.InvalidValue, $"port '{text}' {problem}");
            }
        }

        return ports.ToImmutable();
    }

    /// <summary>A Calico port: a number, <c>min:max</c>, or a name.</summary>
    internal static bool TryParsePort(string text, out PortSpec spec, out string problem)
    {
        spec = default;
        problem = "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            if (int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
                && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var max))
            {
                if (min is < 1 or > 65535 || max is < 1 or > 65535)
                {
                    problem = "is not within 1-65535";
                    return false;
                }

                if (max < min)
                {
                    problem = "is a range that ends before it starts";
                    return false;
                }

                spec = new PortSpec(min, max);
                return true;
            }

            problem = "is not a port, a range min:max or a port name";
            return false;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            if (port is < 1 or > 65535)
            {
                problem = "is not within 1-65535";
                return false;
            }

            spec = PortSpec.Single(port);
            return true;
        }

        if (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            problem = "is not a port, a range min:max or a port name";
            return false;
        }

        spec = PortSpec.Named(text);
        return true;
    }
}
