using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// <c>cluster isolate</c>, <c>cluster check --peer</c> and <c>cluster explain</c> on the shipped two-cluster example
/// (examples/shared-subnets: iks-prod and iks-batch share three worker subnets; the VPC's default security group
/// lets all its members reach each other, so no VPC layer keeps them apart).
/// </summary>
public sealed class ClusterIsolationCommandsTests
{
    // What IBM's us-south isolation set leaves open between workers of two isolated clusters, derived by hand from
    // ibm-vpc-facts 4.3 and Felix's documented default failsafe ports: allow-ibm-ports-private lets workers send
    // TCP/UDP 53 and 5353 anywhere and accept them from anywhere; Felix keeps inbound TCP 22, 179, 2379, 2380, 5473,
    // 6443, 6666, 6667 (UDP 68) and outbound TCP 179, 2379, 2380, 5473, 6443, 6666, 6667 (UDP 53, 67) open, so the
    // TCP ports both ends keep open are the common ones.
    private const string Needed = "protocol: TCP dst-ports: 53,179,2379-2380,5353,5473,6443,6666-6667; protocol: UDP dst-ports: 53,5353";

    private static string Example(string file) => Path.Combine(RepositoryPaths.Examples, "shared-subnets", file);

    [Fact]
    public void Check_BeforeIsolation_TheClustersReachEachOtherBeyondWhatTheyNeed()
    {
        var result = CliRunner.Run("cluster", "check", "--cluster", Example("cluster-prod.yaml"), "--peer", Example("cluster-batch.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Isolation of iks-prod and iks-batch (shared worker subnets: shared-workers-1 (10.240.0.0/24)", result.Output, StringComparison.Ordinal);
        Assert.Contains("    Calico of iks-prod: All Connections\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("    VPC security groups: protocol: ICMP,TCP,UDP\n", result.Output, StringComparison.Ordinal);
        Assert.Contains($"    needed:  {Needed}\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("iks-prod and iks-batch are NOT isolated: 36 of 36 worker pairs allow more than they need.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AfterTheGeneratedSetsAreApplied_OnlyWhatIsNeededRemains()
    {
        var result = CliRunner.Run("cluster", "check", "--cluster", Example("cluster-prod-isolated.yaml"), "--peer", Example("cluster-batch-isolated.yaml"));

        Assert.Contains("iks-prod and iks-batch are isolated: every one of 36 worker pairs allows only what it needs.", result.Output, StringComparison.Ordinal);
        Assert.Contains($"    allowed: {Needed}\n", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<- not isolated", result.Output, StringComparison.Ordinal);

        // The cluster's own requirements still have the example's one partly open ACL requirement: exit 1 for that alone.
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("registry-vpe-outbound    partly open", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PeerWithAnotherFormat_IsAUsageError()
    {
        var result = CliRunner.Run("cluster", "check", "--cluster", Example("cluster-prod.yaml"), "--peer", Example("cluster-batch.yaml"), "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--peer (the isolation check) writes text only", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("batch")]
    public void Isolate_TheShippedSetIsWhatTheCommandWritesNow(string cluster)
    {
        var result = CliRunner.Run("cluster", "isolate", "--cluster", Example($"cluster-{cluster}.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Example($"{cluster}-isolation.yaml")).ReplaceLineEndings("\n"), result.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Isolate_UsesTheClustersPodSubnet()
    {
        var result = CliRunner.Run("cluster", "isolate", "--cluster", Example("cluster-batch.yaml"));

        Assert.Contains("# Pod subnet: 172.17.64.0/18", result.Output, StringComparison.Ordinal);
        Assert.Contains("      - 172.17.64.0/18", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Isolate_HostEndpointsWithoutWorkers_IsBadInput()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var lines = File.ReadAllLines(Example("cluster-batch.yaml")).Where(l => !l.StartsWith("  - {id: kube-", StringComparison.Ordinal) && l != "workers:");
            var file = Path.Combine(dir.FullName, "cluster.yaml");
            File.WriteAllLines(file, lines);

            var result = CliRunner.Run("cluster", "isolate", "--cluster", file, "--host-endpoints");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("the description lists no workers", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Explain_AfterIsolation_Kubelet_IsBlockedByTheSourcesCalicoEgressOnly()
    {
        // IBM's set lets workers accept 10250 from anywhere (allow-ibm-ports-private ingress) but not send it to
        // addresses that are not their own cluster's workers: the batch worker's egress blocks it, every other layer allows it.
        var result = CliRunner.Run(
            "cluster", "explain", "--cluster", Example("cluster-prod-isolated.yaml"), "--cluster", Example("cluster-batch-isolated.yaml"),
            "--src", "10.240.0.6", "--dst", "10.240.0.4", "--protocol", "tcp", "--ports", "10250");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Blocked: 10.240.0.6 => 10.240.0.4\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  VPC ACLs: not crossed (one subnet)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  blocked by: Calico of iks-batch (protocol: TCP dst-ports: 10250)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  Calico of iks-prod: protocol: TCP dst-ports: 10250\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("deny-all-private-default", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_BeforeIsolation_NoLayerBlocks()
    {
        var result = CliRunner.Run(
            "cluster", "explain", "--cluster", Example("cluster-prod.yaml"), "--cluster", Example("cluster-batch.yaml"),
            "--src", "10.240.0.6", "--dst", "10.240.64.4", "--protocol", "tcp", "--ports", "10250");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  no layer blocks any of it\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("allow-all-private-default", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NotAnAddress_IsAUsageError()
    {
        var result = CliRunner.Run("cluster", "explain", "--cluster", Example("cluster-prod.yaml"), "--src", "worker-1", "--dst", "10.240.0.4");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--src 'worker-1' is not an IP address", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("isolate")]
    [InlineData("explain")]
    public void HelpExamples_RunOnTheShippedExample(string subcommand)
    {
        var help = CliRunner.Run("cluster", subcommand, "--help");
        var examples = help.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("portcullis cluster", StringComparison.Ordinal) && l.Contains("examples/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var words = example.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            // An example that writes a file writes it in a temporary folder; what it wrote must not be empty.
            var output = Path.Combine(Path.GetTempPath(), $"portcullis-isolate-{Guid.NewGuid():N}.yaml");
            var args = words.Select((a, i) => i > 0 && words[i - 1] == "--output" ? output
                : a.StartsWith("examples/", StringComparison.Ordinal) ? Path.Combine(RepositoryPaths.Root, a) : a).ToArray();
            var result = CliRunner.Run(args);
            Assert.True(result.ExitCode is 0 or 1, $"{example}: exit {result.ExitCode}\n{result.Error}");
            Assert.NotEmpty(words.Contains("--output") ? File.ReadAllText(output) : result.Output);
            File.Delete(output);
        }
    }
}
