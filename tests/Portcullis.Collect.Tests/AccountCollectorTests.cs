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

    /// <summary>
    /// The example with what np-guard's inputs lack, written for these tests: an instance on a network attachment
    /// whose virtual network interface (and its security group) only the VNI list names, a floating IP bound to that
    /// interface, a bare metal server, a load balancer whose listener forwards by policy to a second pool, and a
    /// routing table whose drop route cuts the replies from one zone to the bastion.
    /// </summary>
    private static string Attachments => Path.Combine(AppContext.BaseDirectory, "TestData", "attachments-baremetal-lb-routes.json");

    [Fact]
    public async Task CollectAsync_AttachmentsBareMetalLoadBalancerRoutes_AreReadWithTheirDetailsAndAnalyseAsTheInput()
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(Attachments), cancellationToken: TestContext.Current.CancellationToken);

        var collected = await new CollectBench(fake).CollectAsync(cancellationToken: TestContext.Current.CancellationToken);

        var document = collected.Document;
        var tools = document["instances"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "tools")!;
        Assert.Equal("0717-vni-tools-0001", tools["network_attachments"]![0]!["virtual_network_interface"]!["id"]!.GetValue<string>());
        Assert.Equal("iks-prod-bastion-sg", document["virtual_nis"]![0]!["security_groups"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("10.240.64.50", document["bare_metal_servers"]![0]!["network_interfaces"]![0]!["primary_ip"]!["address"]!.GetValue<string>());
        var lb = document["load_balancers"]![0]!;
        Assert.Equal("/api", lb["listeners"]![0]!["policies"]![0]!["rules"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(["10.240.0.4", "10.240.64.4"], lb["pools"]!.AsArray().Select(p => p!["members"]![0]!["target"]!["address"]!.GetValue<string>()));
        var table = document["routing_tables"]![0]!;
        Assert.Equal("drop", table["routes"]![0]!["action"]!.GetValue<string>());
        Assert.Equal("iks-prod-vpc", table["vpc"]!["name"]!.GetValue<string>());
        Assert.Empty(fake.UnreadCollections());

        var file = CollectBench.Save(collected, _folder.FullName);
        var expected = CollectBench.EndpointsReport(Attachments);
        Assert.Equal(expected, CollectBench.EndpointsReport(file));

        // The bare metal server is analysed: its PCI interface is in the VPC's default group, which lets its members
        // in on ICMP, TCP and UDP; the workers are members, and the ACLs between them allow those.
        Assert.Contains("kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001[10.240.0.4] => storage-bm[10.240.64.50] : protocol: ICMP,TCP,UDP\n", expected, StringComparison.Ordinal);

        // The virtual interface's list decides what reaches the instance: without it the analysis is another.
        var withoutVnis = JsonNode.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken))!.AsObject();
        withoutVnis["virtual_nis"] = new JsonArray();
        var stripped = Path.Combine(_folder.FullName, "without-vnis.json");
        await File.WriteAllTextAsync(stripped, withoutVnis.ToJsonString(), TestContext.Current.CancellationToken);
        Assert.NotEqual(expected, CollectBench.EndpointsReport(stripped));
    }

    [Fact]
    public async Task CollectAsync_PagesOfOne_FollowsEveryStartTokenOnTheConfiguredEndpoint()
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), new FakeIbmCloudOptions { MaxPageSize = 1 }, TestContext.Current.CancellationToken);

        var collected = await new CollectBench(fake).CollectAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(fake.UnreadCollections());
        Assert.Equal(CollectBench.EndpointsReport(RepositoryPaths.IksExample), CollectBench.EndpointsReport(CollectBench.Save(collected, _folder.FullName)));
        // next.href names the public host; the start token it carries was sent to the fake instead.
        var vpcCalls = fake.Requests.Where(r => r.Path.StartsWith("/us-south/v1/", StringComparison.Ordinal)).ToList();
        Assert.Contains(vpcCalls, r => r.Path == "/us-south/v1/network_acls/r006-a1000000-0000-4000-8000-000000000001/rules" && r.Query.Contains("&start=", StringComparison.Ordinal));
        Assert.All(vpcCalls, r => Assert.Contains("version=2026-03-24&generation=2", r.Query, StringComparison.Ordinal));
        Assert.All(vpcCalls.Where(r => r.Path != "/us-south/v1/regions" && !r.Path.Contains("/instances/", StringComparison.Ordinal)), r => Assert.Contains("limit=50", r.Query, StringComparison.Ordinal));
        Assert.All(fake.Requests, r => Assert.Equal(200, r.Status));
    }

    [Fact]
    public async Task CollectAsync_Concurrency_NeverHasMoreCallsInFlight()
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), cancellationToken: TestContext.Current.CancellationToken);
        // Every answer takes a while, so that calls overlap as much as the collector lets them.
        fake.AddFault(new FakeFault(FaultKind.Slow, "/", times: null) { Delay = TimeSpan.FromMilliseconds(30) });

        await new CollectBench(fake, new CollectorSettings { Concurrency = 3 }).CollectAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.InRange(fake.MaxConcurrentRequests, 2, 3);
    }

    [Fact]
    public async Task CollectAsync_Manifest_CountsWhatWasReadAndNamesTheRun()
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample, "eu-de"), cancellationToken: TestContext.Current.CancellationToken);

        var collected = await new CollectBench(fake).CollectAsync(cancellationToken: TestContext.Current.CancellationToken);

        var manifest = collected.Document[CollectManifest.Key]!.AsObject();
        Assert.Equal("portcullis collect", manifest["tool"]!.GetValue<string>());
        Assert.Equal(["eu-de", "us-south"], manifest["regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("2026-03-24", manifest["api_versions"]!["vpc"]!.GetValue<string>());
        Assert.True(manifest["complete"]!.GetValue<bool>());
        Assert.Equal(fake.Requests.Count, manifest["api_calls"]!.GetValue<int>());
        var counts = manifest["counts"]!.AsObject();
        // The example's own numbers: 1 VPC, 4 subnets, 2 ACLs, 4 groups, 1 instance, 1 cluster of 6 workers.
        Assert.Equal(1, counts["vpcs"]!.GetValue<int>());
        Assert.Equal(4, counts["subnets"]!.GetValue<int>());
        Assert.Equal(2, counts["network_acls"]!.GetValue<int>());
        Assert.Equal(ExampleAclRules(), counts["network_acl_rules"]!.GetValue<int>());
        Assert.Equal(4, counts["security_groups"]!.GetValue<int>());
        Assert.Equal(1, counts["instances"]!.GetValue<int>());
        Assert.Equal(1, counts["iks_clusters"]!.GetValue<int>());
        Assert.Equal(6, counts["iks_workers"]!.GetValue<int>());
        Assert.True(DateTimeOffset.Parse(manifest["finished_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) >= DateTimeOffset.Parse(manifest["started_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int ExampleAclRules()
    {
        var input = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IksExample))!;
        return input["network_acls"]!.AsArray().Sum(acl => acl!["rules"]!.AsArray().Count);
    }

    private static List<string> Ids(JsonObject owner, string key) =>
        [.. (owner[key] as JsonArray ?? []).Select(item => item!["id"]!.GetValue<string>())];
}
