using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary><c>portcullis policy</c>: every --help example runs on the shipped example.</summary>
public sealed class PolicyCommandsTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("explain")]
    [InlineData("lint")]
    [InlineData("diff")]
    [InlineData("compare")]
    public void HelpExamples_RunOnTheShippedExample(string subcommand)
    {
        var help = CliRunner.Run("policy", subcommand, "--help");
        Assert.Equal(0, help.ExitCode);
        var examples = help.Output.Split('\n').SkipWhile(l => !l.StartsWith("Examples:", StringComparison.Ordinal)).Skip(1)
            .Select(l => l.Trim()).Where(l => l.StartsWith("portcullis policy", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            var args = example.Split('|')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(a => a.StartsWith("examples/", StringComparison.Ordinal) ? Path.Combine(RepositoryPaths.Root, a) : a)
                .Where(a => a != "--output" && !a.EndsWith(".sarif", StringComparison.Ordinal))
                .ToArray();
            var result = CliRunner.Run(args);
            Assert.True(result.ExitCode is 0 or 1, $"{example}: exit {result.ExitCode}\n{result.Error}");
            Assert.NotEmpty(result.Output);
        }
    }

    [Fact]
    public void Compare_ContainmentOfTheNextVersion_Holds_ButEquivalenceDoesNot()
    {
        var dir = Path.Combine(RepositoryPaths.Examples, "calico-basics");
        string[] Args(string query) =>
            ["policy", "compare", "--first", Path.Combine(dir, "policies.yaml"), "--second", Path.Combine(dir, "policies.yaml"), "--second", Path.Combine(dir, "policies-v2.yaml"), "--resources", Path.Combine(dir, "resources.yaml"), "--query", query, "--exit-code"];
        Assert.Equal(0, CliRunner.Run(Args("containment")).ExitCode);
        var equivalence = CliRunner.Run(Args("equivalence"));
        Assert.Equal(1, equivalence.ExitCode);
        Assert.Contains("monitoring/prometheus-1[Pod]", equivalence.Output, StringComparison.Ordinal);
        Assert.Contains("protocol: TCP dst-ports: 9102", equivalence.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadPolicy_ExitsTwoNamingFileAndPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-policy-{Environment.ProcessId}.yaml");
        File.WriteAllText(file, "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: x}\nspec:\n  ingress:\n  - action: Allow\n    protocol: ICMP\n    destination: {ports: [80]}\n");
        try
        {
            var result = CliRunner.Run("policy", "report", "--policies", file);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{file}:8:26: $.spec.ingress[0].destination.ports: error PC9007", result.Error, StringComparison.Ordinal);
            Assert.Empty(result.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
