using System.Collections.Immutable;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Sets;
using Portcullis.Formats.Yaml;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Isolation;
using Portcullis.Policies.Model;

namespace Portcullis.Policies.Formats.Isolation;

/// <summary>
/// Reads the per-region data of IBM's private-network isolation set that ships inside Portcullis
/// (<c>ibm-private-network-isolation.yaml</c>), validating every field: a broken data file is a test failure.
/// </summary>
public static class IbmIsolationCatalogReader
{
    /// <summary>The name of the embedded data file.</summary>
    public const string EmbeddedFile = "ibm-private-network-isolation.yaml";

    private static readonly Lazy<IbmIsolationCatalog> LazyEmbedded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return TryRead(EmbeddedText(), EmbeddedFile, diagnostics, out var catalog)
            ? catalog!
            : throw new InvalidOperationException("The embedded isolation data is invalid: " + string.Join("; ", diagnostics.ToImmutable()));
    });

    /// <summary>The embedded data (validated once; tests prove it loads).</summary>
    public static IbmIsolationCatalog Embedded => LazyEmbedded.Value;

    /// <summary>The text of the embedded data file.</summary>
    public static string EmbeddedText()
    {
        using var stream = typeof(IbmIsolationCatalogReader).Assembly.GetManifestResourceStream("Portcullis.Policies.Isolation." + EmbeddedFile)
            ?? throw new InvalidOperationException($"No embedded data file {EmbeddedFile}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a data file, reporting every problem with its YAML path and line.</summary>
    public static bool TryRead(string yaml, string file, DiagnosticBag diagnostics, out IbmIsolationCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        catalog = null;
        var local = new DiagnosticBag();
        if (!YamlDocuments.TryLoad(yaml, file, local, "the isolation data", out var cursor))
        {
            diagnostics.AddRange(local.ToImmutable());
            return false;
        }

        var root = new Node(cursor, local);
        root.RejectUnknownFields("the isolation data", "source", "regions");
        var source = root["source"];
        source.ExpectMapping("source", required: true);
        source.RejectUnknownFields("source", "repository", "commit", "path", "license");
        var commit = source["commit"].String("source.commit", required: true);
        if (commit is not null && (commit.Length != 40 || !commit.All(char.IsAsciiHexDigitLower)))
        {
            source["commit"].Report(PolicyDiagnostics.InvalidValue, "source.commit must be a full commit (40 lower-case hex digits)");
        }

        var origin = new IbmIsolationSource(
            source["repository"].String("source.repository", required: true) ?? "",
            commit ?? "",
            source["path"].String("source.path", required: true) ?? "",
            source["license"].String("source.license", required: true) ?? "");

        var regions = ImmutableArray.CreateBuilder<IbmIsolationRegion>();
        if (root["regions"].ExpectSequence("regions"))
        {
            foreach (var item in root["regions"].Items())
            {
                if (ReadRegion(item) is { } region)
                {
                    if (regions.Any(r => r.Name == region.Name))
                    {
                        item["name"].Report(PolicyDiagnostics.InvalidValue, $"region {region.Name} is listed twice");
                    }

                    regions.Add(region);
                }
            }
        }

        diagnostics.AddRange(local.ToImmutable());
        if (local.HasErrors)
        {
            return false;
        }

        catalog = new IbmIsolationCatalog(origin, [.. regions.OrderBy(r => r.Name, StringComparer.Ordinal)]);
        return true;
    }

    private static IbmIsolationRegion? ReadRegion(Node node)
    {
        if (!node.ExpectMapping("a region", required: true))
        {
            return null;
        }

        node.RejectUnknownFields("a region", "name", "control-plane", "service-proxy", "sys-mgmt", "worker-services", "pod-services", "host-endpoint-template");
        var name = node["name"].String("the region's name", required: true);
        var region = new IbmIsolationRegion
        {
            Name = name ?? "",
            ControlPlane = Nets(node["control-plane"], "control-plane"),
            ServiceProxy = Nets(node["service-proxy"], "service-proxy"),
            SysMgmt = Nets(node["sys-mgmt"], "sys-mgmt"),
            WorkerServices = Services(node["worker-services"], "worker-services"),
            PodServices = Services(node["pod-services"], "pod-services"),
            HasHostEndpointTemplate = node["host-endpoint-template"].Boolean("host-endpoint-template") ?? false,
        };
        return name is null ? null : region;
    }

    private static ImmutableArray<IbmIsolationServiceRule> Services(Node node, string what)
    {
        var rules = ImmutableArray.CreateBuilder<IbmIsolationServiceRule>();
        if (!node.ExpectSequence(what))
        {
            return [];
        }

        foreach (var item in node.Items())
        {
            if (!item.ExpectMapping($"a rule of {what}", required: true))
            {
                continue;
            }

            item.RejectUnknownFields($"a rule of {what}", "protocol", "ports", "nets");
            var protocolText = item["protocol"].String("protocol", required: true);
            var protocol = protocolText switch
            {
                "TCP" => IpProtocols.Tcp,
                "UDP" => IpProtocols.Udp,
                null => 0,
                _ => -1,
            };
            if (protocol < 0)
            {
                item["protocol"].Report(PolicyDiagnostics.InvalidValue, $"protocol '{protocolText}' is not TCP or UDP");
            }

            var ports = ImmutableArray.CreateBuilder<PortSpec>();
            if (item["ports"].ExpectSequence("ports"))
            {
                foreach (var port in item["ports"].Items())
                {
                    if (port.Text("a port") is { } text && CalicoRuleReader.TryParsePort(text, out var spec, out var problem) && !spec.IsNamed)
                    {
                        ports.Add(spec);
                    }
                    else
                    {
                        port.Report(PolicyDiagnostics.InvalidValue, "a port must be a number or a range min:max");
                    }
                }
            }

            rules.Add(new IbmIsolationServiceRule(protocol, ports.ToImmutable(), Nets(item["nets"], "nets")));
        }

        return rules.ToImmutable();
    }

    private static ImmutableArray<IpPrefix> Nets(Node node, string what)
    {
        if (!node.ExpectSequence(what))
        {
            if (node.IsMissing)
            {
                node.Report(PolicyDiagnostics.MissingField, $"{what} is required");
            }

            return [];
        }

        var nets = ImmutableArray.CreateBuilder<IpPrefix>();
        foreach (var item in node.Items())
        {
            var text = item.Text("a net");
            if (text is not null && IpPrefix.TryParse(text, out var prefix) && prefix.ToString() == text)
            {
                nets.Add(prefix);
            }
            else
            {
                item.Report(PolicyDiagnostics.InvalidValue, $"'{text}' is not an IPv4 CIDR with no host bits");
            }
        }

        return nets.ToImmutable();
    }
}
