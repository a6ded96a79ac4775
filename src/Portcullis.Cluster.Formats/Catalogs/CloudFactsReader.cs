using System.Collections.Immutable;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Formats;
using Portcullis.Formats.Yaml;

namespace Portcullis.Cluster.Formats.Catalogs;

/// <summary>
/// Reads the requirement catalogs (one YAML file per documentation era) and the region facts that ship inside
/// Portcullis, validating every field: a broken catalog is a test failure, never a runtime surprise.
/// </summary>
public static class CloudFactsReader
{
    /// <summary>The names of the embedded catalog files, one per era.</summary>
    public static ImmutableArray<string> CatalogFiles { get; } = ["vpc-2020.yaml", "acl-sg-minimums.yaml", "secure-by-default.yaml"];

    /// <summary>The name of the embedded regions file.</summary>
    public const string RegionsFile = "regions.yaml";

    private static readonly Lazy<CloudFacts> LazyEmbedded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return TryLoadEmbedded(diagnostics, out var facts)
            ? facts
            : throw new InvalidOperationException("The embedded cloud facts are invalid: " + string.Join("; ", diagnostics.ToImmutable()));
    });

    /// <summary>The embedded catalogs and regions (validated once; tests prove they load).</summary>
    public static CloudFacts Embedded => LazyEmbedded.Value;

    /// <summary>The text of an embedded data file.</summary>
    public static string EmbeddedText(string file)
    {
        using var stream = typeof(CloudFactsReader).Assembly.GetManifestResourceStream("Portcullis.Catalogs." + file)
            ?? throw new InvalidOperationException($"No embedded data file {file}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads and validates every embedded catalog and the regions.</summary>
    public static bool TryLoadEmbedded(DiagnosticBag diagnostics, out CloudFacts facts)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var catalogs = ImmutableArray.CreateBuilder<RequirementCatalog>();
        foreach (var file in CatalogFiles)
        {
            if (TryReadCatalog(EmbeddedText(file), file, diagnostics, out var catalog))
            {
                catalogs.Add(catalog!);
            }
        }

        foreach (var era in Enum.GetValues<DocumentationEra>())
        {
            if (catalogs.Count(c => c.Era == era) != 1)
            {
                diagnostics.Report(ClusterDiagnostics.CatalogPerEra, null, EraNames.Name(era));
            }
        }

        var regionsOk = TryReadRegions(EmbeddedText(RegionsFile), RegionsFile, diagnostics, out var regions);
        facts = new CloudFacts(catalogs.ToImmutable(), regions);
        return regionsOk && !diagnostics.HasErrors;
    }

    /// <summary>Reads one catalog, reporting every problem with its line and column.</summary>
    public static bool TryReadCatalog(string yaml, string file, DiagnosticBag diagnostics, out RequirementCatalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(diagnostics);
        catalog = null;
        var local = new DiagnosticBag();
        if (!YamlDocuments.TryLoad(yaml, file, local, "a requirements catalog", out var root))
        {
            diagnostics.AddRange(local.ToImmutable());
            return false;
        }

        root.WarnUnknownKeys("era", "title", "requirements");
        var eraCursor = root["era"];
        var eraText = eraCursor.Required("era");
        var era = DocumentationEra.Vpc2020;
        if (eraText is not null && !EraNames.TryParse(eraText, out era))
        {
            eraCursor.Report(ClusterDiagnostics.UnknownEra, eraText, string.Join(", ", Enum.GetValues<DocumentationEra>().Select(EraNames.Name)));
        }

        var title = root["title"].Required("title") ?? string.Empty;
        var requirements = ImmutableArray.CreateBuilder<Requirement>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!root["requirements"].IsSequence)
        {
            root["requirements"].Report(FormatDiagnostics.RequiredValueMissing, "requirements", ": a list of requirements");
        }

        foreach (var item in root["requirements"].Items())
        {
            if (ReadRequirement(item, era, out var requirement) && !ids.Add(requirement!.Id))
            {
                item["id"].Report(ClusterDiagnostics.DuplicateRequirementId, requirement.Id);
            }
            else if (requirement is not null)
            {
                requirements.Add(requirement);
            }
        }

        diagnostics.AddRange(local.ToImmutable());
        if (local.HasErrors)
        {
            return false;
        }

        catalog = new RequirementCatalog(era, title, requirements.ToImmutable());
        return true;
    }

    private static bool ReadRequirement(YamlCursor item, DocumentationEra era, out Requirement? requirement)
    {
        requirement = null;
        item.WarnUnknownKeys("id", "purpose", "direction", "protocol", "ports", "source-ports", "icmp-type", "icmp-code", "peer", "layers", "source", "since", "exclusive");
        var id = item["id"].Required("id");
        if (id is not null && !IsName(id))
        {
            item["id"].Report(ClusterDiagnostics.InvalidRequirementId, id);
        }

        var purpose = item["purpose"].Required("purpose");
        var source = item["source"].Required("source");
        var directionText = item["direction"].Required("direction");
        var direction = directionText switch
        {
            "inbound" => TrafficDirection.Inbound,
            "outbound" => TrafficDirection.Outbound,
            _ => (TrafficDirection?)null,
        };
        if (directionText is not null && direction is null)
        {
            item["direction"].Report(ClusterDiagnostics.InvalidRequirementDirection, directionText);
        }

        var protocol = item["protocol"].Required("protocol");
        var template = protocol is null ? null : new ConnectionTemplate(protocol, item["ports"].Text()?.Trim(), item["source-ports"].Text()?.Trim(),
            item["icmp-type"].Int(0, 254), item["icmp-code"].Int(0, 255));

        // Parameters are checked with a sample value: the real one comes from the cluster.
        if (template is not null)
        {
            if (!template.TryResolve(30000, out var connection, out var problem))
            {
                item["protocol"].Report(ClusterDiagnostics.InvalidRequirementConnection, RequirementText.Problem(problem!));
            }
            else if (connection.IsEmpty)
            {
                item["protocol"].Report(ClusterDiagnostics.InvalidRequirementConnection, "the requirement matches no packet");
            }
        }

        RequirementPeer? peer = null;
        var peerText = item["peer"].Required("peer");
        if (peerText is not null && !RequirementPeer.TryParse(peerText, out peer, out var peerProblem))
        {
            item["peer"].Report(ClusterDiagnostics.InvalidRequirementPeer, RequirementText.Problem(peerProblem!));
        }

        var layers = FirewallLayers.None;
        var unknownLayer = false;
        foreach (var (text, at) in item["layers"].Strings())
        {
            switch (text)
            {
                case "acl":
                    layers |= FirewallLayers.Acl;
                    break;
                case "security-group":
                    layers |= FirewallLayers.SecurityGroup;
                    break;
                default:
                    at.Report(ClusterDiagnostics.UnknownLayer, text);
                    unknownLayer = true;
                    break;
            }
        }

        if (layers == FirewallLayers.None && !item["layers"].IsMissing && !unknownLayer)
        {
            item["layers"].Report(ClusterDiagnostics.NoLayers);
        }
        else if (item["layers"].IsMissing)
        {
            item["layers"].Report(FormatDiagnostics.RequiredValueMissing, "layers", string.Empty);
        }

        KubernetesVersion? since = null;
        if (item["since"].Text() is { } sinceText)
        {
            if (KubernetesVersion.TryParse(sinceText, out var version))
            {
                since = version;
            }
            else
            {
                item["since"].Report(ClusterDiagnostics.InvalidSinceVersion, sinceText);
            }
        }

        var exclusive = item["exclusive"].Bool() ?? false;
        if (id is null || purpose is null || source is null || direction is null || template is null || peer is null || layers == FirewallLayers.None)
        {
            return false;
        }

        requirement = new Requirement(id, purpose, direction.Value, template, peer, layers, era, source, since, exclusive, item.Location);
        return true;
    }

    /// <summary>Reads the regions file: registry domains per region and control-plane CIDRs per metro.</summary>
    public static bool TryReadRegions(string yaml, string file, DiagnosticBag diagnostics, out ImmutableArray<IbmRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        regions = [];
        var local = new DiagnosticBag();
        if (!YamlDocuments.TryLoad(yaml, file, local, "the regions file", out var root))
        {
            diagnostics.AddRange(local.ToImmutable());
            return false;
        }

        root.WarnUnknownKeys("regions", "control-plane");
        var metros = new Dictionary<string, ImmutableArray<IpPrefix>>(StringComparer.Ordinal);
        foreach (var (metro, list) in root["control-plane"].Entries())
        {
            metros[metro] = [.. ReadCidrs(list)];
        }

        var builder = ImmutableArray.CreateBuilder<IbmRegion>();
        foreach (var item in root["regions"].Items())
        {
            item.WarnUnknownKeys("name", "metro", "registry", "private-registry", "vpc-2020-page");
            var name = item["name"].Required("name");
            var metro = item["metro"].Text()?.Trim();
            var registry = item["registry"].Required("registry");
            var privateRegistry = item["private-registry"].Required("private-registry");
            var in2020 = item["vpc-2020-page"].Bool() ?? false;
            var cidrs = ImmutableArray<IpPrefix>.Empty;
            if (metro is not null && !metros.TryGetValue(metro, out cidrs))
            {
                item["metro"].Report(ClusterDiagnostics.MetroWithoutCidrs, metro);
            }

            if (name is not null && registry is not null && privateRegistry is not null)
            {
                builder.Add(new IbmRegion(name, metro, cidrs.IsDefault ? [] : cidrs, registry, privateRegistry, in2020));
            }
        }

        diagnostics.AddRange(local.ToImmutable());
        regions = builder.ToImmutable();
        return !local.HasErrors;
    }

    internal static List<IpPrefix> ReadCidrs(YamlCursor list)
    {
        var prefixes = new List<IpPrefix>();
        foreach (var (text, at) in list.Strings())
        {
            if (IpPrefix.TryParse(text, out var prefix, out var hostBitsSet) && prefix.IsIPv4)
            {
                if (hostBitsSet)
                {
                    at.Report(FormatDiagnostics.CidrHostBitsSet, text, prefix);
                }

                prefixes.Add(prefix);
            }
            else
            {
                at.Report(ClusterDiagnostics.InvalidFactsCidr, text);
            }
        }

        return prefixes;
    }

    private static bool IsName(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && char.IsAsciiLetterLower(text[0]);
}
