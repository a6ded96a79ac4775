using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// The example's Terraform state and plan through the command line: the plan check that CI runs, the diff's exit code,
/// notes with --verbose, combining a plan with the collected configuration, and bad input.
/// </summary>
public sealed class TerraformInputTests : IDisposable
{
    private static readonly string State = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "state.json");
    private static readonly string Plan = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "plan.json");
    private static readonly string Cluster = Path.Combine(RepositoryPaths.Examples, "iks-multizone", "cluster.yaml");
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-terraform-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReportEndpoints_ExampleState_IsTheCollectedExamplesReport()
    {
        var collected = CliRunner.Run("report", "endpoints", "-c", RepositoryPaths.IksExample);
        var state = CliRunner.Run("report", "endpoints", "-c", State);
        Assert.Equal((0, string.Empty), (state.ExitCode, state.Error));
        Assert.Equal(collected.Output, state.Output);
    }

    [Fact]
    public void ClusterCheck_ExamplePlan_ExitsOneAndSaysWhichRequirementBreaks()
    {
        var result = CliRunner.Run("cluster", "check", "--cluster", Cluster, "--config", Plan);
        Assert.Equal(1, result.ExitCode);
        var cse = result.Output.Split('\n').Single(l => l.StartsWith("cse-outbound ", StringComparison.Ordinal));
        Assert.Contains("partly open", cse, StringComparison.Ordinal);
        Assert.Contains("network ACL iks-prod-workers-acl: deny-all-outbound", cse, StringComparison.Ordinal);

        // The plan's values it knows only after apply are said, with where they are.
        Assert.Contains("plan.json:", result.Error, StringComparison.Ordinal);
        Assert.Contains("module.bastion.ibm_is_network_acl_rule.vpn_ssh_in.source: warning PC5107: known only after apply: the allow rule is left out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterCheck_ExampleState_IsTheCollectedExamplesCheck()
    {
        var collected = CliRunner.Run("cluster", "check", "--cluster", Cluster);
        var state = CliRunner.Run("cluster", "check", "--cluster", Cluster, "--config", State);
        Assert.Equal(collected.ExitCode, state.ExitCode);
        Assert.Equal(collected.Output, state.Output);
    }

    [Fact]
    public void Diff_StateToPlan_WithExitCode_ExitsOne()
    {
        var result = CliRunner.Run("diff", "--before", State, "--after", Plan, "--exit-code");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.Contains("destination: Service Network 166.8.0.0/14, config1: ICMP,TCP,UDP, config2: TCP", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_NothingChanged_WithExitCode_ExitsZero_AndWithoutItExitsZeroAnyway()
    {
        Assert.Equal(0, CliRunner.Run("diff", "--before", RepositoryPaths.IksExample, "--after", State, "--exit-code").ExitCode);
        Assert.Equal(0, CliRunner.Run("diff", "--before", State, "--after", Plan).ExitCode);
    }

    [Fact]
    public void Verbose_ShowsTheNotes_WhichAreOtherwiseQuiet()
    {
        var quiet = CliRunner.Run("report", "endpoints", "-c", State);
        var verbose = CliRunner.Run("report", "endpoints", "-c", State, "--verbose");
        Assert.DoesNotContain("note PC", quiet.Error, StringComparison.Ordinal);
        Assert.Contains("data.ibm_container_vpc_cluster.iks: note PC5105: data source ibm_container_vpc_cluster says nothing Portcullis reads; ignored", verbose.Error, StringComparison.Ordinal);
        Assert.Equal(quiet.Output, verbose.Output);
    }

    [Fact]
    public void Config_PlanOverTheCollectedConfiguration_NotesWhatItReplaced()
    {
        var result = CliRunner.Run("report", "endpoints", "-c", RepositoryPaths.IksExample, "-c", Plan);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("plan.json: warning PC5250: replaces 14 objects of the configurations given before it (VPC iks-prod-vpc, subnet iks-prod-workers-1,", result.Error, StringComparison.Ordinal);

        // The groups IKS made are only in the VPC's list of groups in the plan: the collected ones, fresher, stay.
        var verbose = CliRunner.Run("report", "endpoints", "-c", RepositoryPaths.IksExample, "-c", Plan, "--verbose");
        Assert.Contains("note PC5251: network ACL iks-prod-workers-acl (r006-a1000000-0000-4000-8000-000000000001) is replaced by module.vpc.ibm_is_network_acl.workers", verbose.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("security group kube-", verbose.Error, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run("report", "endpoints", "-c", Plan).Output, result.Output);
    }

    [Fact]
    public void ClusterCheck_ExamplesIbmcloudExports_ChecksAsTheCollectedConfiguration()
    {
        // One file per 'ibmcloud is' list, given with a shell glob; the workers come from the cluster description.
        var exports = Directory.GetFiles(Path.Combine(RepositoryPaths.Examples, "iks-multizone", "ibmcloud"), "*.json");
        var collected = CliRunner.Run("cluster", "check", "--cluster", Cluster);
        var fromExports = CliRunner.Run(["cluster", "check", "--cluster", Cluster, "--config", .. exports]);
        Assert.Equal(collected.ExitCode, fromExports.ExitCode);
        Assert.Equal(
            collected.Output.Split('\n').Where(l => !l.Contains("[note]", StringComparison.Ordinal)),
            fromExports.Output.Split('\n').Where(l => !l.Contains("[note] the VPC configuration lists no worker", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verbose_ControlCharactersFromTheInput_AreShownNotObeyed()
    {
        // An attribute key with an escape sequence: the note quotes it, escaped.
        var path = Path.Combine(_directory, "state.json");
        File.WriteAllText(path, File.ReadAllText(State).Replace("\"flavor\": \"bx2.4x16\"", "\"fl\\u001B[31mavor\": \"bx2.4x16\"", StringComparison.Ordinal));
        var result = CliRunner.Run("report", "endpoints", "-c", path, "--verbose");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.Contains("attribute 'fl\\x1b[31mavor' is not one Portcullis knows", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aws.json", """{"format_version":"1.0","values":{"root_module":{"resources":[{"address":"aws_vpc.main","mode":"managed","type":"aws_vpc","name":"main","provider_name":"registry.terraform.io/hashicorp/aws","values":{"id":"vpc-1"}}]}}}""", "error PC5104: no resource of the IBM Cloud provider")]
    [InlineData("errored.json", """{"format_version":"1.2","errored":true,"resource_changes":[]}""", "$.errored: error PC5101: the plan has errors")]
    [InlineData("images.json", """[{"crn":"crn:v1:bluemix:public:is:us-south:a/1::image:r006-i","id":"r006-i","name":"ubuntu"}]""", "$[0]: error PC5200:")]
    public void BadInput_ExitsTwo_NamingTheFileAndPlace_WithoutAStackTrace(string name, string content, string expected)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        var result = CliRunner.Run("report", "endpoints", "-c", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
