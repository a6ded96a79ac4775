using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Diagnostics;
using Portcullis.Testing;

namespace Portcullis.Cluster.Formats.Tests;

public sealed class ClusterFormatsTests
{
    private static string Example(string file) => Path.Combine(RepositoryPaths.Examples, "iks-multizone", file);

    [Fact]
    public void EmbeddedFacts_EveryCatalogAndTheRegions_LoadWithoutDiagnostics()
    {
        var diagnostics = new DiagnosticBag();

        Assert.True(CloudFactsReader.TryLoadEmbedded(diagnostics, out var facts), string.Join("\n", diagnostics.ToImmutable()));

        Assert.Equal(0, diagnostics.Count);
        Assert.Equal(Enum.GetValues<DocumentationEra>().Order(), facts.Catalogs.Select(c => c.Era).Order());
        Assert.All(facts.Catalogs, c => Assert.All(c.Requirements, r => Assert.Equal(c.Era, r.Era)));
        Assert.Equal(6, facts.ControlPlane("dal").Length);
        Assert.Equal("us.icr.io", facts.Region("us-south")!.RegistryDomain);
    }

    [Theory]
    [InlineData("era: vpc-2020\ntitle: t\nrequirements:\n  - id: a\n    purpose: p\n    direction: sideways\n    protocol: tcp\n    peer: any\n    layers: [acl]\n    source: s\n", "direction must be inbound or outbound", 6)]
    [InlineData("era: vpc-2020\ntitle: t\nrequirements:\n  - id: a\n    purpose: p\n    direction: inbound\n    protocol: tcp\n    ports: 0-99\n    peer: any\n    layers: [acl]\n    source: s\n", "not a port list", 7)]
    [InlineData("era: vpc-2020\ntitle: t\nrequirements:\n  - id: a\n    purpose: p\n    direction: inbound\n    protocol: tcp\n    peer: the moon\n    layers: [acl]\n    source: s\n", "unknown peer", 8)]
    [InlineData("era: vpc-2020\ntitle: t\nrequirements:\n  - id: a\n    purpose: p\n    direction: inbound\n    protocol: tcp\n    peer: any\n    layers: [firewall]\n    source: s\n", "unknown layer", 9)]
    [InlineData("era: 2019\ntitle: t\nrequirements: []\n", "unknown era", 1)]
    [InlineData("era: vpc-2020\ntitle: t\nrequirements:\n  - id: a\n   purpose: p\n", "malformed YAML", 5)]
    public void TryReadCatalog_BrokenCatalog_ReportsWhatAndWhere(string yaml, string message, int line)
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(CloudFactsReader.TryReadCatalog(yaml, "broken.yaml", diagnostics, out _));

        var error = Assert.Single(diagnostics.ToImmutable(), d => d.Severity == Severity.Error);
        Assert.Contains(message, error.Message);
        Assert.Equal("broken.yaml", error.Location!.File);
        Assert.Equal(line, error.Location.Line);
    }

    [Fact]
    public void TryReadCatalog_DuplicateId_IsAnError()
    {
        const string Yaml = "era: vpc-2020\ntitle: t\nrequirements:\n"
            + "  - {id: a, purpose: p, direction: inbound, protocol: tcp, peer: any, layers: [acl], source: s}\n"
            + "  - {id: a, purpose: p, direction: inbound, protocol: udp, peer: any, layers: [acl], source: s}\n";
        var diagnostics = new DiagnosticBag();

        Assert.False(CloudFactsReader.TryReadCatalog(Yaml, "dup.yaml", diagnostics, out _));
        Assert.Contains(diagnostics.ToImmutable(), d => d.Message.Contains("duplicate requirement id 'a'", StringComparison.Ordinal));
    }

    [Fact]
    public void ClusterDescription_ExampleFile_ReadsEveryField()
    {
        var diagnostics = new DiagnosticBag();

        Assert.True(ClusterDescriptionReader.TryReadFile(Example("cluster.yaml"), diagnostics, out var description), string.Join("\n", diagnostics.ToImmutable()));

        Assert.Equal(("iks-prod", "cq2lq0ud0t3mfm6aff7g", "us-south", "1.29"), (description!.Name, description.Id, description.Region, description.Version.ToString()));
        Assert.Equal(["10.240.0.0/24", "10.240.64.0/24", "10.240.128.0/24"], description.WorkerSubnets.Select(s => s.Cidr.ToString()));
        Assert.Equal(["52.118.32.14", "52.118.97.201", "52.118.150.66"], description.WorkerSubnets.Select(s => s.PublicGatewayIp.ToString()));
        Assert.Equal(6, description.Workers.Length);
        Assert.Equal(31438, description.PrivateEndpoint!.Port);
        Assert.Equal(("c100.us-south.containers.cloud.ibm.com", 30453), (description.Etcd!.Host, description.Etcd.Port));
        Assert.Equal(["config.json"], description.VpcConfigs);
    }

    [Fact]
    public void ClusterDescription_Policies_AreReadWithoutWarningAndWrittenBack()
    {
        var diagnostics = new DiagnosticBag();
        var file = Path.Combine(RepositoryPaths.Examples, "shared-subnets", "cluster-prod-isolated.yaml");

        Assert.True(ClusterDescriptionReader.TryReadFile(file, diagnostics, out var description), string.Join("\n", diagnostics.ToImmutable()));
        Assert.Empty(diagnostics.ToImmutable());
        Assert.Equal(["prod-calico.yaml", "prod-isolation.yaml"], description!.Policies);

        var text = new StringWriter();
        ClusterDescriptionWriter.Write(description, [], text);
        Assert.True(ClusterDescriptionReader.TryRead(text.ToString(), "written.yaml", diagnostics, out var reread));
        Assert.Equal(description.Policies, reread!.Policies);
    }

    [Fact]
    public void ClusterDescription_WithoutPolicies_HasNone()
    {
        var diagnostics = new DiagnosticBag();

        Assert.True(ClusterDescriptionReader.TryReadFile(Example("cluster.yaml"), diagnostics, out var description));

        Assert.Empty(description!.Policies);
    }

    [Fact]
    public void Init_FromTheExampleExports_ReproducesTheExampleDescription()
    {
        // Arrange: what 'cluster init' reads, each export on its own.
        var diagnostics = new DiagnosticBag();
        var builder = new ClusterDescriptionBuilder();
        foreach (var (kind, file) in new[]
                 {
                     (ExportKind.ClusterGet, "cluster-get.json"), (ExportKind.Workers, "workers.json"), (ExportKind.Subnets, "subnets.json"),
                     (ExportKind.PublicGateways, "public-gateways.json"), (ExportKind.ClusterInfo, "cluster-info.yaml"),
                 })
        {
            Assert.True(ClusterExportImporter.TryImportFile(kind, Example(Path.Combine("exports", file)), builder, diagnostics), string.Join("\n", diagnostics.ToImmutable()));
        }

        builder.VpcConfigs.Add("config.json");

        // Act: build, write, read back.
        var built = builder.Build(diagnostics)!;
        using var text = new StringWriter();
        ClusterDescriptionWriter.Write(built, builder.Provenance, text);
        Assert.True(ClusterDescriptionReader.TryRead(text.ToString(), "written.yaml", diagnostics, out var reread), string.Join("\n", diagnostics.ToImmutable()));
        Assert.True(ClusterDescriptionReader.TryReadFile(Example("cluster.yaml"), diagnostics, out var example));

        // Assert: the same cluster as the checked-in example, field by field.
        foreach (var description in new[] { built, reread! })
        {
            Assert.Equal((example!.Name, example.Id, example.Region, example.VersionText), (description.Name, description.Id, description.Region, description.VersionText));
            Assert.Equal(example.WorkerSubnets, description.WorkerSubnets);
            Assert.Equal(example.Workers, description.Workers);
            Assert.Equal(example.PublicEndpoint, description.PublicEndpoint);
            Assert.Equal(example.PrivateEndpoint, description.PrivateEndpoint);
            Assert.Equal(example.Etcd, description.Etcd);
            Assert.Equal((example.PodSubnet, example.ServiceSubnet), (description.PodSubnet, description.ServiceSubnet));
        }
    }

    [Theory]
    [InlineData("name: x\nid: y\nregion: us-south\nversion: banana\nworkerPools: []\n", "unknown Kubernetes version 'banana'", 4, 10)]
    [InlineData("name: x\nid: y\nregion: us-south\nversion: 1.29\nworkerPools:\n  - name: p\n    subnets:\n      - {zone: z1, cidr: 10.0.0.0/33}\n", "is not an IPv4 CIDR block", 8, 26)]
    [InlineData("name: x\nregion: us-south\nversion: 1.29\nworkerPools:\n  - {name: p, subnets: [{zone: z, cidr: 10.0.0.0/24}]}\n", "id is required", 1, 1)]
    [InlineData("name: x\nid: y\nregion: us-south\nversion: 1.29\nworkerPools: [\n", "malformed YAML", 6, 1)]
    [InlineData("name: x\nid: y\nregion: us-south\nversion: 1.29\nworkerPools:\n  - {name: p, subnets: [{zone: z, cidr: 10.0.0.0/24}]}\noverrides: {era: 1999}\n", "unknown era '1999'", 7, 18)]
    public void ClusterDescription_BadInput_NamesTheFileLineAndColumn(string yaml, string message, int line, int column)
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(ClusterDescriptionReader.TryRead(yaml, "cluster.yaml", diagnostics, out _));

        var error = diagnostics.ToImmutable().First(d => d.Severity == Severity.Error);
        Assert.Contains(message, error.Message);
        Assert.Equal(("cluster.yaml", line, column), (error.Location!.File, error.Location.Line!.Value, error.Location.Column!.Value));
    }

    [Fact]
    public void ClusterDescription_Json_IsAcceptedToo()
    {
        const string Json = """{"name": "x", "id": "y", "region": "us-south", "version": "1.30.2", "workerPools": [{"name": "p", "subnets": [{"zone": "us-south-1", "cidr": "10.0.0.0/24"}]}]}""";
        var diagnostics = new DiagnosticBag();

        Assert.True(ClusterDescriptionReader.TryRead(Json, "cluster.json", diagnostics, out var description), string.Join("\n", diagnostics.ToImmutable()));
        Assert.Equal(DocumentationEra.SecureByDefault, EraNames.For(description!.Version));
    }

    [Fact]
    public void Import_WrongExportForTheOption_SaysWhatWasExpected()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(ClusterExportImporter.TryImportFile(ExportKind.Workers, Example(Path.Combine("exports", "cluster-get.json")), new ClusterDescriptionBuilder(), diagnostics));
        Assert.Contains(diagnostics.ToImmutable(), d => d.Message.Contains("expected a list of workers", StringComparison.Ordinal));
    }
}
