using System.Text;
using Portcullis.Core.Addresses;
using Portcullis.Policies.Formats.Isolation;
using Portcullis.Policies.Isolation;
using Portcullis.Policies.Selectors;
using Portcullis.Testing;
using YamlDotNet.RepresentationModel;

namespace Portcullis.Policies.Formats.Tests.Isolation;

/// <summary>
/// The shipped data against IBM's published files: for every region, the set generated with IBM's published values
/// equals IBM's YAML files resource by resource (as data: comments, key order and quoting aside; a selector compared
/// as a selector), and the control-plane list equals the region's private-ips.md. Needs a checkout of
/// IBM-Cloud/kube-samples: the folder named by PORTCULLIS_KUBE_SAMPLES, or ../kube-samples beside the repository.
/// </summary>
public sealed class IbmIsolationSourceTests
{
    private const string HostEndpointFile = "generic-privatehostendpoint.yaml";

    [Fact]
    public void Data_EveryRegion_EqualsIbmsPublishedFiles()
    {
        var folder = SetFolder();
        var catalog = IbmIsolationCatalogReader.Embedded;

        var published = Directory.GetDirectories(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(published, catalog.RegionNames);
        foreach (var region in catalog.Regions)
        {
            var set = IbmIsolationGenerator.Generate(catalog.Source, region, IbmIsolationParameters.Published with
            {
                IncludePrivateServices = true,
                IncludeVrrp = true,
                Workers = [new IbmWorker("node-1", IpAddress.Parse("10.1.2.3"))],
            });
            var generated = Documents(Write(set)).ToDictionary(Name);
            var files = Directory.GetFiles(Path.Combine(folder, region.Name), "*.yaml").Order(StringComparer.Ordinal).ToList();
            foreach (var file in files.Where(f => Path.GetFileName(f) != HostEndpointFile))
            {
                var expected = Documents(File.ReadAllText(file)).Single();
                Assert.True(generated.TryGetValue(Name(expected), out var actual), $"{region.Name}: no generated resource for {Path.GetFileName(file)}");
                Same(Canonical(expected), Canonical(actual), $"{region.Name}/{Path.GetFileName(file)}");
            }

            Assert.Equal(files.Count(f => Path.GetFileName(f) != HostEndpointFile), set.Policies.Length);
            Assert.Equal(region.HasHostEndpointTemplate, files.Any(f => Path.GetFileName(f) == HostEndpointFile));
            if (region.HasHostEndpointTemplate)
            {
                var template = File.ReadAllText(Path.Combine(folder, region.Name, HostEndpointFile))
                    .Replace("<worker-node-name>", "node-1", StringComparison.Ordinal)
                    .Replace("<worker-node-private-ip>", "10.1.2.3", StringComparison.Ordinal);
                Same(Canonical(Documents(template).First()), Canonical(generated["node-1-worker-private"]), $"{region.Name}/{HostEndpointFile}");
            }

            var privateIps = File.ReadAllLines(Path.Combine(folder, region.Name, "private-ips.md")).Where(l => l.Trim().Length > 0).Select(l => l.Trim() + "/32");
            Assert.Equal(privateIps, region.ControlPlane.Select(n => n.ToString()));
        }
    }

    private static void Same(string expected, string actual, string what)
    {
        if (expected != actual)
        {
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            var from = Math.Max(0, at - 60);
            Assert.Fail($"{what}: the generated resource differs from IBM's at ...{expected[from..Math.Min(expected.Length, at + 40)]} (generated: ...{actual[from..Math.Min(actual.Length, at + 40)]})");
        }
    }

    private static string SetFolder()
    {
        var checkout = Environment.GetEnvironmentVariable("PORTCULLIS_KUBE_SAMPLES") is { Length: > 0 } named
            ? named
            : Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "kube-samples"));
        var folder = Path.Combine(checkout, "calico-policies", "private-network-isolation");
        if (!Directory.Exists(folder))
        {
            Assert.Skip("no checkout of IBM-Cloud/kube-samples (set PORTCULLIS_KUBE_SAMPLES, or clone it beside the repository)");
        }

        return folder;
    }

    private static string Write(IbmIsolationPolicySet set)
    {
        using var writer = new StringWriter();
        IbmIsolationWriter.Write(writer, set);
        return writer.ToString();
    }

    private static IEnumerable<YamlMappingNode> Documents(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>();
    }

    private static string Name(YamlMappingNode resource) =>
        ((YamlScalarNode)((YamlMappingNode)resource.Children[new YamlScalarNode("metadata")]).Children[new YamlScalarNode("name")]).Value!;

    // A canonical text of a YAML tree: keys sorted; policy types as a set; selectors parsed; a rule's absent
    // source or destination as {} (Calico reads both the same).
    private static string Canonical(YamlNode node)
    {
        var text = new StringBuilder();
        Append(text, node, key: null);
        return text.ToString();
    }

    private static void Append(StringBuilder text, YamlNode node, string? key)
    {
        switch (node)
        {
            case YamlScalarNode scalar when key is "selector" or "namespaceSelector" or "notSelector":
                text.Append(Selector.Parse(scalar.Value!).ToString());
                break;
            case YamlScalarNode scalar:
                text.Append('<').Append(scalar.Value).Append('>');
                break;
            case YamlSequenceNode sequence:
                var items = sequence.Children.Select(child =>
                {
                    var item = new StringBuilder();
                    Append(item, key is "ingress" or "egress" ? WithPeers((YamlMappingNode)child) : child, key);
                    return item.ToString();
                });
                text.Append('[').AppendJoin(',', key == "types" ? items.Order(StringComparer.Ordinal) : items).Append(']');
                break;
            case YamlMappingNode mapping:
                text.Append('{');
                foreach (var (k, v) in mapping.Children.Select(p => (((YamlScalarNode)p.Key).Value!, p.Value)).OrderBy(p => p.Item1, StringComparer.Ordinal))
                {
                    text.Append(k).Append(':');
                    Append(text, v, k);
                    text.Append(';');
                }

                text.Append('}');
                break;
        }
    }

    private static YamlMappingNode WithPeers(YamlMappingNode rule)
    {
        var copy = new YamlMappingNode(rule.Children);
        foreach (var peer in new[] { "source", "destination" })
        {
            if (!copy.Children.ContainsKey(new YamlScalarNode(peer)))
            {
                copy.Add(peer, new YamlMappingNode());
            }
        }

        return copy;
    }
}
