using Portcullis.Application.Explain;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Tests.Explain;

/// <summary>The explain handler on the example: verdicts down to the rule, and its option names in its errors.</summary>
public sealed class ExplainHandlerTests
{
    private const string Worker1 = "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001";

    [Fact]
    public async Task Run_BastionSshToWorker_CitesTheRulesBothWays()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExplainHandler(), new ExplainOptions
        {
            Configs = [Paths.Config],
            Source = "bastion",
            Destination = Worker1,
            Protocol = "tcp",
            DestinationPorts = "22",
            Detail = true,
        });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"bastion[10.240.1.4] to {Worker1}[10.240.0.4]", test.Output, StringComparison.Ordinal);
        Assert.Contains("name: allow-ssh-to-workers-outbound", test.Output, StringComparison.Ordinal);
        Assert.Contains("name: allow-bastion-ssh-inbound", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Json_IsAnExplanationDocument()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExplainHandler(), new ExplainOptions { Configs = [Paths.Config], Source = "bastion", Destination = Worker1, Format = ReportFormat.Json });

        Assert.Equal(ExitCodes.Success, code);
        using var document = System.Text.Json.JsonDocument.Parse(test.Output);
        Assert.True(document.RootElement.GetProperty("pairs")[0].GetProperty("allowed").GetBoolean());
    }

    [Fact]
    public async Task Run_BadQuery_IsRefusedBeforeTheConfigurationIsRead()
    {
        var test = new TestEnvironment();

        // The configuration does not exist: the query's error comes first, so it is never read.
        var code = await test.RunAsync(new ExplainHandler(), new ExplainOptions { Configs = ["/no/such/config.json"], Source = "a", Destination = "b", Protocol = "tcp", IcmpType = 3 });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("portcullis: error: --icmp-type and --icmp-code go with --protocol icmp\nRun 'portcullis explain --help' for usage and examples.\n", test.Error);
    }

    [Fact]
    public async Task Run_UnknownSource_SaysSo()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExplainHandler(), new ExplainOptions { Configs = [Paths.Config], Source = "nonexistent", Destination = "bastion" });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("nonexistent is not a legal IP address, CIDR, or endpoint name", test.Error, StringComparison.Ordinal);
    }
}
