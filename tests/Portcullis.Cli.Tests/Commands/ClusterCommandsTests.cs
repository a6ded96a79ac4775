using System.Text.Json;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>The cluster and workstation commands as a user runs them on the example: output, exit codes, and errors.</summary>
public sealed class ClusterCommandsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-cluster-").FullName;

    private static string ClusterFile => Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Check_Example_MatchesTheSnapshotAndExitsOneForThePartlyOpenRequirement()
    {
        var result = await CliRunner.RunAsync("cluster", "check", "--cluster", ClusterFile);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Null(GoldenFile.Check("Golden/iks-multizone.cluster-check.txt", result.Output));
    }

    [Fact]
    public async Task Check_Json_SaysWhetherItPassedAndCitesRules()
    {
        var result = await CliRunner.RunAsync("cluster", "check", "-C", ClusterFile, "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
        var registry = json.RootElement.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "registry-vpe-outbound");
        Assert.Equal("partly open", registry.GetProperty("status").GetString());
        Assert.Equal(4, registry.GetProperty("fix").GetArrayLength());
        Assert.Contains("name: deny-all-outbound", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Markdown_WritesATable()
    {
        var result = await CliRunner.RunAsync("cluster", "check", "-C", ClusterFile, "--format", "md");

        Assert.Contains("| REQUIREMENT | STATUS | BLOCKED BY | FIX |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AllRequirementsOpen_ExitsZero()
    {
        // The example with its one partly open requirement waived, and every other one open.
        var file = WriteCluster("overrides: {waive: [registry-vpe-outbound]}");

        var result = await CliRunner.RunAsync("cluster", "check", "-C", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("14 open, 0 partly open, 0 blocked", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vpc-2020")]
    [InlineData("secure-by-default")]
    public async Task Check_EraOption_ChecksThatCatalog(string era)
    {
        var result = await CliRunner.RunAsync("cluster", "check", "-C", ClusterFile, "--era", era);

        Assert.Contains($"({era})", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("script", "iks-multizone.cluster-fix.sh")]
    [InlineData("terraform", "iks-multizone.cluster-fix.tf")]
    [InlineData("json", "iks-multizone.cluster-fix.json")]
    public async Task Fix_Example_MatchesTheSnapshot(string format, string golden)
    {
        var result = await CliRunner.RunAsync("cluster", "fix", "-C", ClusterFile, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Null(GoldenFile.Check($"Golden/{golden}", result.Output));
    }

    [Fact]
    public async Task Fix_LegacyProtocols_WritesAllAndTheOldApiVersion()
    {
        var result = await CliRunner.RunAsync("cluster", "fix", "-C", ClusterFile, "--era", "secure-by-default", "--format", "json", "--legacy-protocols");

        Assert.Contains("\"version\": \"2025-12-08\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"protocol\": \"all\"", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("icmp_tcp_udp", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowlist_IbmcloudWithLegacyProtocols_WritesNoProtocolOldToolsReject()
    {
        var result = await CliRunner.RunAsync("cluster", "allowlist", "-C", ClusterFile, "--format", "ibmcloud", "--legacy-protocols");

        Assert.Equal(0, result.ExitCode);
        var rules = result.Output.Split('\n').Where(l => l.StartsWith("ibmcloud is security-group-rule-add", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.Contains(" inbound all --remote ", rule, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("list", "iks-multizone.allowlist.txt")]
    [InlineData("csv", "iks-multizone.allowlist.csv")]
    [InlineData("json", "iks-multizone.allowlist.json")]
    [InlineData("nftables", "iks-multizone.allowlist.nft")]
    [InlineData("iptables", "iks-multizone.allowlist.iptables")]
    [InlineData("ibmcloud", "iks-multizone.allowlist.sh")]
    [InlineData("terraform", "iks-multizone.allowlist.tf")]
    public async Task Allowlist_FromCluster_MatchesTheSnapshot(string format, string golden)
    {
        var result = await CliRunner.RunAsync("cluster", "allowlist", "-C", ClusterFile, "--protocol", "tcp", "--ports", "443", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Null(GoldenFile.Check($"Golden/{golden}", result.Output));
    }

    [Theory]
    [InlineData(new string[0], "10.240.0.0/24\n10.240.64.0/24\n10.240.128.0/24\n")]
    [InlineData(new[] { "--workers" }, "10.240.0.4/31\n10.240.64.4/31\n10.240.128.4/31\n")]
    public async Task Allowlist_ToCluster_SubnetsOrWorkers(string[] extra, string expected)
    {
        var result = await CliRunner.RunAsync(["cluster", "allowlist", "-C", ClusterFile, "--direction", "to-cluster", .. extra]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("txt", "iks-multizone.workstation.txt")]
    [InlineData("nftables", "iks-multizone.workstation.nft")]
    [InlineData("iptables", "iks-multizone.workstation.iptables")]
    [InlineData("json", "iks-multizone.workstation.json")]
    public async Task Workstation_Example_MatchesTheSnapshot(string format, string golden)
    {
        var result = await CliRunner.RunAsync("workstation", "-C", ClusterFile, "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Null(GoldenFile.Check($"Golden/{golden}", result.Output));
    }

    [Fact]
    public async Task Init_FromTheExampleConfiguration_WritesADescriptionThatChecks()
    {
        var output = Path.Combine(_directory, "cluster.yaml");

        var init = await CliRunner.RunAsync("cluster", "init", "--config", RepositoryPaths.IksExample, "--output", output);
        var check = await CliRunner.RunAsync("cluster", "check", "-C", output);
        var again = await CliRunner.RunAsync("cluster", "init", "--config", RepositoryPaths.IksExample, "--output", output);

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("name: iks-prod", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("registry-vpe-outbound    partly open", check.Output, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists; give --force", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_NothingToRead_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("cluster", "init", "--output", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing to read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingClusterFile_ExitsTwoNamingIt()
    {
        var result = await CliRunner.RunAsync("cluster", "check", "-C", Path.Combine(_directory, "nope.yaml"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.yaml: error PC4000: cannot read the cluster description: no such file", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingVpcConfiguration_ExitsTwoNamingIt()
    {
        var file = Path.Combine(_directory, "cluster.yaml");
        File.WriteAllText(file, File.ReadAllText(ClusterFile).Replace("  - config.json", "  - missing-config.json", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("cluster", "check", "-C", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing-config.json: error PC1000: cannot read the configuration: no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnknownVersion_ExitsTwoWithLineAndColumn()
    {
        var file = Path.Combine(_directory, "cluster.yaml");
        File.WriteAllText(file, File.ReadAllText(ClusterFile).Replace("version: 1.29.8_1543", "version: next", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("cluster", "check", "-C", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"cluster\.yaml:\d+:10: \$\.version: error PC4010: unknown Kubernetes version 'next'", result.Error);
    }

    [Fact]
    public async Task Check_UnknownEra_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("cluster", "check", "-C", ClusterFile, "--era", "1999");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown era '1999'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_OutputOverTheClusterFile_IsRefused()
    {
        var file = WriteCluster(string.Empty);
        var before = File.ReadAllText(file);

        var result = await CliRunner.RunAsync("cluster", "fix", "-C", file, "--output", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, File.ReadAllText(file));
    }

    // A copy of the example's description in the temporary folder, pointing at the example's configuration, with extra lines.
    private string WriteCluster(string extra)
    {
        var file = Path.Combine(_directory, "cluster.yaml");
        var text = File.ReadAllText(ClusterFile)
            .Replace("  - config.json", "  - " + RepositoryPaths.IksExample, StringComparison.Ordinal)
            .Replace("overrides: {}", extra.Length > 0 ? extra : "overrides: {}", StringComparison.Ordinal);
        File.WriteAllText(file, text);
        return file;
    }
}
