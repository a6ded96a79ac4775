using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Portcullis.Core.Topology;
using Portcullis.Testing;
using Portcullis.Testing.IbmCloud;

namespace Portcullis.Collect.Tests;

/// <summary>
/// Collecting part of an account (regions, VPCs, a resource group) reads those VPCs with everything in them, and
/// analyses as the whole input does under the same filter. On np-guard's nine-VPC, two-region input.
/// </summary>
public sealed class ScopeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portcullis-collect-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Input => Path.Combine(RepositoryPaths.Shared ?? string.Empty, "conformance", "npguard", "input", "input_multi_regions.json");

    public static TheoryData<string, string[], string?, string[]> Scopes() => new()
    {
        // A region: its VPCs; transit gateways that join one of them come along.
        { "region us-east", ["us-east"], null, [] },
        // VPCs by name, in two regions.
        { "two VPCs", [], null, ["ky-vpc1", "zn-vpc1"] },
        // A resource group by id: two VPCs of nine.
        { "resource group", [], "id:40", [] },
        // Both: the group's VPCs in one region.
        { "group in a region", ["us-south"], "ola", [] },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task CollectAsync_Scope_ReadsTheVpcsInScopeAndAnalysesAsTheInputUnderTheSameFilter(string what, string[] regions, string? group, string[] vpcs)
    {
        Assert.SkipWhen(RepositoryPaths.Shared is null, RepositoryPaths.NoSharedReason);
        var input = JsonNode.Parse(await File.ReadAllTextAsync(Input, TestContext.Current.CancellationToken))!.AsObject();
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromJson(input), cancellationToken: TestContext.Current.CancellationToken);
        var scope = new CollectScope([.. regions], group, [.. vpcs]);

        var collected = await new CollectBench(fake).CollectAsync(scope, TestContext.Current.CancellationToken);

        var expectedVpcs = input["vpcs"]!.AsArray().Select(v => v!.AsObject())
            .Where(v => regions.Length == 0 || regions.Contains(v["region"]!.GetValue<string>()))
            .Where(v => group is null || v["resource_group"]!["id"]!.GetValue<string>() == group)
            .Where(v => vpcs.Length == 0 || vpcs.Contains(v["name"]!.GetValue<string>()))
            .Select(v => v["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.True(expectedVpcs.Count is > 0 and < 9, what);
        Assert.Equal(expectedVpcs, collected.Document["vpcs"]!.AsArray().Select(v => v!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(collected.Document["subnets"]!.AsArray(), s => Assert.Contains(s!["vpc"]!["id"]!.GetValue<string>(), expectedVpcs));
        Assert.All(collected.Document["network_acls"]!.AsArray(), a => Assert.Contains(a!["vpc"]!["id"]!.GetValue<string>(), expectedVpcs));

        var filter = new TopologyFilter([.. vpcs], [.. regions], group);
        var expected = CollectBench.EndpointsReport(Input, filter);
        Assert.Contains("onnectivity ", expected, StringComparison.Ordinal);
        Assert.Equal(expected, CollectBench.EndpointsReport(CollectBench.Save(collected, _folder.FullName), filter));
    }

    [Fact]
    public async Task CollectAsync_VpcThatDoesNotExist_WritesAnEmptyConfigurationWithItsManifest()
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), cancellationToken: TestContext.Current.CancellationToken);

        var collected = await new CollectBench(fake).CollectAsync(new CollectScope([], null, ImmutableArray.Create("no-such-vpc")), TestContext.Current.CancellationToken);

        Assert.Empty(collected.Document["vpcs"]!.AsArray());
        Assert.Empty(collected.Document["iks_clusters"]!.AsArray());
        Assert.Equal(0, collected.Manifest.Counts["subnets"]);
        // Only the region list and the VPC list of the one region were read, and the global lists.
        Assert.DoesNotContain(fake.Requests, r => r.Path.EndsWith("/subnets", StringComparison.Ordinal));
    }
}
