using System.Text.Json.Nodes;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Infrastructure;

/// <summary>
/// <c>--verbose</c> prints the notes (what the analysis assumed or left out) that are otherwise dropped, on any
/// command, and changes nothing else.
/// </summary>
public sealed class VerboseOptionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-verbose-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReportEndpoints_VpcWithoutSubnetsAndVerbose_PrintsItsNoteAndTheSameReport()
    {
        var config = ExampleWithEmptyVpc();
        var plain = CliRunner.Run("report", "endpoints", "-c", RepositoryPaths.IksExample);

        var result = CliRunner.Run("report", "endpoints", "-c", config, "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"portcullis: {config}: $.vpcs[1]: note PC3001: VPC spare-vpc has no subnets and is not analysed\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Equal(plain.Output, result.Output);
    }

    [Fact]
    public void ReportEndpoints_VpcWithoutSubnetsWithoutVerbose_PrintsExactlyWhatTheExamplePrints()
    {
        var plain = CliRunner.Run("report", "endpoints", "-c", RepositoryPaths.IksExample);

        var result = CliRunner.Run("report", "endpoints", "-c", ExampleWithEmptyVpc());

        Assert.Equal((0, string.Empty, plain.Output), (result.ExitCode, result.Error, result.Output));
    }

    [Fact]
    public void Verbose_BeforeTheCommand_AppliesToIt()
    {
        // The option is on the root and recursive: it may stand anywhere on the line.
        var result = CliRunner.Run("--verbose", "report", "subnets", "-c", ExampleWithEmptyVpc());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("note PC3001: VPC spare-vpc has no subnets and is not analysed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_WithAnError_StillPrintsErrorsFirst()
    {
        var broken = ExampleWithEmptyVpc(subnetAcl: "acl-that-is-not-there");

        var result = CliRunner.Run("report", "endpoints", "-c", broken, "--verbose");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Contains("error PC3003", lines[0], StringComparison.Ordinal);
        Assert.Contains("note PC3001", lines[^1], StringComparison.Ordinal);
    }

    // The example with a second VPC that has no subnets (optionally with its first subnet's ACL reference broken).
    private string ExampleWithEmptyVpc(string? subnetAcl = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IksExample))!.AsObject();
        var vpcs = root["vpcs"]!.AsArray();
        var spare = vpcs[0]!.DeepClone().AsObject();
        spare["id"] = "r006-spare";
        spare["crn"] = "crn:v1:bluemix:public:is:us-south:a/0::vpc:r006-spare";
        spare["name"] = "spare-vpc";
        vpcs.Add(spare);
        if (subnetAcl is not null)
        {
            root["subnets"]![0]!["network_acl"]!["id"] = subnetAcl;
        }

        var path = Path.Combine(_directory, subnetAcl is null ? "with-empty-vpc.json" : "broken.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }
}
