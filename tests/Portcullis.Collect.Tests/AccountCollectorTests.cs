using System.Text.Json.Nodes;
using Portcullis.Testing;
using Portcullis.Testing.IbmCloud;

namespace Portcullis.Collect.Tests;

/// <summary>The collector against the fake APIs, when nothing goes wrong: what it reads, how it pages, how many calls at once.</summary>
public sealed class AccountCollectorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portcullis-collect-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task CollectAsync_IksExample_AnalysesAsTheInputDoes()
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), cancellationToken: TestContext.Current.CancellationToken);
        var bench = new CollectBench(fake);

        var collected = await bench.CollectAsync(cancellationToken: TestContext.Current.CancellationToken);

        var file = CollectBench.Save(collected, _folder.FullName);
        var expected = CollectBench.EndpointsReport(RepositoryPaths.IksExample);
        Assert.StartsWith("Endpoint connectivity for VPC iks-prod-vpc", expected, StringComparison.Ordinal);
        Assert.Equal(expected, CollectBench.EndpointsReport(file));
        Assert.Empty(fake.UnreadCollections());
    }

    [Fact]
    public async Task CollectAsync_IksExample_ReadsEveryResourceOfTheFile()
    {
        var input = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.IksExample, TestContext.Current.CancellationToken))!.AsObject();
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromJson(input), cancellationToken: TestContext.Current.CancellationToken);

        var collected = await new CollectBench(fake).CollectAsync(cancellationToken: TestContext.Current.CancellationToken);

        var document = collected.Document;
        foreach (var key in new[] { "vpcs", "subnets", "network_acls", "security_groups", "instances", "endpoint_gateways", "floating_ips", "public_gateways", "iks_clusters" })
        {
            Assert.Equal(Ids(input, key), Ids(document, key));
        }

        // The details the listing leaves out were asked for, in the file's order.
        Assert.Equal(Ids(input["network_acls"]![0]!.AsObject(), "rules"), Ids(document["network_acls"]![0]!.AsObject(), "rules"));
        Assert.Equal(Ids(input["subnets"]![0]!.AsObject(), "reserved_ips"), Ids(document["subnets"]![0]!.AsObject(), "reserved_ips"));
        Assert.Equal(input["instances"]![0]!["network_interfaces"]!.ToJsonString(), document["instances"]![0]!["network_interfaces"]!.ToJsonString());
        Assert.Equal(input["iks_clusters"]![0]!["WorkerNodes"]!.AsArray().Count, document["iks_clusters"]![0]!["WorkerNodes"]!.AsArray().Count);
        Assert.Equal("us-south", document["vpcs"]![0]!["region"]!.GetValue<string>());
        Assert.Equal(input["vpcs"]![0]!["address_prefixes"]!.AsArray().Count, document["vpcs"]![0]!["address_prefixes"]!.AsArray().Count);
    }

    private static List<string> Ids(JsonObject owner, string key) =>
        [.. (owner[key] as JsonArray ?? []).Select(item => item!["id"]!.GetValue<string>())];
}
