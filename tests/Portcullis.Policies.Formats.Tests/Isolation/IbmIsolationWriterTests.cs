using Portcullis.Core.Addresses;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Formats.Isolation;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Formats.Writing;
using Portcullis.Policies.Isolation;

namespace Portcullis.Policies.Formats.Tests.Isolation;

/// <summary>The generated set as calicoctl takes it: readable back, stable, with its origin and values named.</summary>
public sealed class IbmIsolationWriterTests
{
    private static readonly IbmIsolationParameters Vpc = new()
    {
        PodSubnet = IpPrefix.Parse("172.17.0.0/18"),
        ServiceSubnet = IpPrefix.Parse("172.21.0.0/16"),
        IncludePrivateServices = true,
        Workers = [new IbmWorker("kube-a-w1", IpAddress.Parse("10.240.0.4")), new IbmWorker("kube-a-w2", IpAddress.Parse("10.240.64.4"))],
    };

    [Fact]
    public void Write_EveryRegion_ReadsBackWithoutAProblem()
    {
        foreach (var region in IbmIsolationCatalogReader.Embedded.Regions)
        {
            var set = IbmIsolationGenerator.Generate(IbmIsolationCatalogReader.Embedded.Source, region, Vpc);
            var diagnostics = new DiagnosticBag();

            var resources = PolicyResourceReader.ReadText(Write(set), "set.yaml", ResourceRoles.All, diagnostics);

            Assert.Empty(diagnostics.ToImmutable());
            Assert.Equal(set.Policies.Select(p => p.Id), resources.Policies.Select(p => p.Id));
            Assert.Equal(["kube-a-w1-worker-private", "kube-a-w2-worker-private"], resources.Endpoints.Select(e => e.Name));
            Assert.Equal(IpAddressSet.Single(IpAddress.Parse("10.240.0.4")), resources.Endpoints[0].Addresses);
        }
    }

    [Fact]
    public void Write_ReadBackAndWrittenAgain_SameResources()
    {
        var set = Generate("us-south", Vpc);
        var diagnostics = new DiagnosticBag();
        var resources = PolicyResourceReader.ReadText(Write(set), "set.yaml", ResourceRoles.All, diagnostics);

        Assert.Equal(Resources(set.Policies, set.HostEndpoints), Resources(resources.Policies, resources.Endpoints));
    }

    [Fact]
    public void Write_Header_NamesTheOriginAndTheValuesUsed()
    {
        var text = Write(Generate("eu-de", Vpc));

        var header = text.Split('\n').TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.Contains(header, l => l.Contains("region eu-de", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains(IbmIsolationCatalogReader.Embedded.Source.Commit, StringComparison.Ordinal) && l.Contains("Apache-2.0", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("172.17.0.0/18", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("172.21.0.1", StringComparison.Ordinal));
        Assert.Contains(header, l => l.Contains("calicoctl apply -f", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ClusterValues_ReplaceThePublishedOnes()
    {
        var resources = PolicyResourceReader.ReadText(Write(Generate("us-south", Vpc)), "set.yaml", ResourceRoles.All, new DiagnosticBag());

        var workers = resources.Policies.Single(p => p.Id.Name == IbmIsolationPolicyNames.AllowAllWorkers);
        Assert.Equal([IpPrefix.Parse("172.17.0.0/18")], ((Model.CalicoRule)workers.EgressRules[1]).DestinationEntity.Nets!.Value);
        var ports = resources.Policies.Single(p => p.Id.Name == IbmIsolationPolicyNames.AllowIbmPorts);
        Assert.Equal([IpPrefix.Parse("172.21.0.1/32")], ((Model.CalicoRule)ports.EgressRules[4]).DestinationEntity.Nets!.Value);
    }

    private static IbmIsolationPolicySet Generate(string region, IbmIsolationParameters parameters)
    {
        Assert.True(IbmIsolationGenerator.TryGenerate(IbmIsolationCatalogReader.Embedded, region, parameters, out var set));
        return set;
    }

    private static string Write(IbmIsolationPolicySet set)
    {
        using var writer = new StringWriter();
        IbmIsolationWriter.Write(writer, set);
        return writer.ToString();
    }

    private static string Resources(IEnumerable<Model.Policy> policies, IEnumerable<Model.Endpoint> endpoints)
    {
        using var writer = new StringWriter();
        CalicoYamlWriter.Write(writer, policies, endpoints);
        return writer.ToString();
    }
}
