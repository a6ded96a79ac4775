using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>The explain command on the project's example: verdicts down to the rule, and clear errors.</summary>
public sealed class ExplainCommandTests
{
    private const string Worker1 = "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001";

    [Fact]
    public async Task Explain_BastionToWorker_NamesTheAllowingRules()
    {
        var result = await CliRunner.RunAsync("explain", "-c", RepositoryPaths.IksExample, "--src", "bastion", "--dst", Worker1, "--detail");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Connections from bastion[10.240.1.4] to {Worker1}[10.240.0.4]: protocol: TCP dst-ports: 22", result.Output, StringComparison.Ordinal);
        Assert.Contains("name: allow-ssh-to-workers-outbound", result.Output, StringComparison.Ordinal);
        Assert.Contains("name: allow-bastion-ssh-inbound", result.Output, StringComparison.Ordinal);
        Assert.Contains("TCP response is enabled", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_InternetToWorker_IsBlockedForWantOfARouter()
    {
        var result = await CliRunner.RunAsync("explain", "-c", RepositoryPaths.IksExample, "--src", "8.8.8.8", "--dst", Worker1, "--protocol", "tcp", "--dst-ports", "30080");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("because there is no resource for external connectivity", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_DeniedByAcl_CitesTheDenyRule()
    {
        var result = await CliRunner.RunAsync("explain", "-c", RepositoryPaths.IksExample, "--src", Worker1, "--dst", "bastion", "--protocol", "tcp", "--dst-ports", "80", "--detail");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No connectivity", result.Output, StringComparison.Ordinal);
        Assert.Contains("name: deny-all-outbound", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_Json_IsStructured()
    {
        var result = await CliRunner.RunAsync("explain", "-c", RepositoryPaths.IksExample, "--src", "bastion", "--dst", Worker1, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var pair = document.RootElement.GetProperty("pairs")[0];
        Assert.True(pair.GetProperty("allowed").GetBoolean());
        Assert.Equal("protocol: TCP dst-ports: 22", pair.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData(new[] { "--src", "nonexistent", "--dst", "bastion" }, "nonexistent is not a legal IP address, CIDR, or endpoint name")]
    [InlineData(new[] { "--src", "bastion", "--dst", "bastion" }, "specified src and dst are equal")]
    [InlineData(new[] { "--src", "8.8.8.8", "--dst", "1.1.1.1" }, "are external IP addresses")]
    [InlineData(new[] { "--src", "0.0.0.0/0", "--dst", "bastion" }, "contains both external and internal IP addresses")]
    [InlineData(new[] { "--src", "bastion", "--dst", "10.9.0.0/24" }, "no network interfaces are connected to 10.9.0.0/24")]
    [InlineData(new[] { "--src", "bastion", "--dst", "8.8.8.8", "--protocol", "tcp", "--dst-ports", "99999" }, "ports are 1-65535")]
    [InlineData(new[] { "--src", "bastion", "--dst", "8.8.8.8", "--dst-ports", "22" }, "need --protocol")]
    [InlineData(new[] { "--src", "bastion", "--dst", "8.8.8.8", "--protocol", "tcpx" }, "unknown protocol 'tcpx'")]
    public async Task Explain_BadQuery_ExitsTwoWithTheReason(string[] query, string expected)
    {
        var result = await CliRunner.RunAsync(["explain", "-c", RepositoryPaths.IksExample, .. query]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
