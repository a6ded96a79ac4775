using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats;
using Portcullis.Testing;

namespace Portcullis.Cluster.Formats.Tests;

/// <summary>The YAML readers keep a CIDR block with host bits set as its network, with a warning at its line (PC1012).</summary>
public sealed class CidrHostBitsTests
{
    // Read as the file it is, so that the files it names (vpcConfigs) are found beside it.
    private static readonly string ExampleFile = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml");

    private static readonly string Example = File.ReadAllText(ExampleFile);

    [Fact]
    public void TryRead_WorkerSubnetWithHostBits_KeepsTheNetworkAndWarnsAtItsLine()
    {
        var yaml = Example.Replace("cidr: 10.240.64.0/24", "cidr: 10.240.64.9/24", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();

        Assert.True(ClusterDescriptionReader.TryRead(yaml, ExampleFile, diagnostics, out var description), string.Join("\n", diagnostics.ToImmutable()));

        Assert.Contains(description!.WorkerSubnets, s => s.Cidr.ToString() == "10.240.64.0/24");
        var warning = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(FormatDiagnostics.CidrHostBitsSet, warning.Descriptor);
        Assert.Equal("$.workerPools[0].subnets[1].cidr", warning.Location!.Path);
        Assert.NotNull(warning.Location.Line);
        Assert.Equal("'10.240.64.9/24' has host bits set; it is read as 10.240.64.0/24", warning.Message);
    }

    [Fact]
    public void TryRead_TheExample_HasNoHostBitsWarning()
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(ClusterDescriptionReader.TryRead(Example, ExampleFile, diagnostics, out _));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void TryReadRegions_ControlPlaneCidrWithHostBits_IsKeptWithAWarning()
    {
        const string Yaml = "control-plane:\n  dal: [169.46.7.1/24]\nregions:\n  - {name: us-south, metro: dal, registry: us.icr.io, private-registry: private.us.icr.io}\n";
        var diagnostics = new DiagnosticBag();

        Assert.True(CloudFactsReader.TryReadRegions(Yaml, "regions.yaml", diagnostics, out var regions));

        Assert.Equal("169.46.7.0/24", Assert.Single(Assert.Single(regions).ControlPlaneCidrs).ToString());
        Assert.Equal((Severity.Warning, "PC1012", 2), (diagnostics.ToImmutable()[0].Severity, diagnostics.ToImmutable()[0].Code, diagnostics.ToImmutable()[0].Location!.Line));
    }
}
