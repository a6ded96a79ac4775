using Portcullis.Application.Hosting;
using Portcullis.Application.Reports;
using Portcullis.Application.Tests.Support;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Tests.Reports;

/// <summary><c>report exposure</c> on the example, whose bastion alone is open to the internet: SSH from 145.40.0.0/16, through its ACL.</summary>
public sealed class ExposureReportHandlerTests
{
    [Fact]
    public async Task Exposure_Example_NamesTheBastionsSshFromTheCorporateRange()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExposureReportHandler(), new ExposureReportOptions { Configs = [Paths.Config] });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, test.Error);
        Assert.StartsWith("Exposure of VPC iks-prod-vpc to the public internet and the service network\n", test.Output, StringComparison.Ordinal);
        Assert.Contains("bastion[10.240.1.4]\n  from Public Internet 145.40.0.0/16 : protocol: TCP dst-ports: 22\n  from Service Network : nothing\n", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exposure_FailOnAnExposedPort_ExitsOneAndStillWritesTheReport()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExposureReportHandler(), new ExposureReportOptions { Configs = [Paths.Config], FailOnExposure = "22,3389" });

        Assert.Equal(ExitCodes.Findings, code);
        Assert.Contains("bastion[10.240.1.4]", test.Output, StringComparison.Ordinal);
        Assert.Equal("portcullis: the public internet may open ports 22,3389 on 1 endpoint: bastion[10.240.1.4]\n", test.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exposure_FailOnPortsNobodyOpens_ExitsZero()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExposureReportHandler(), new ExposureReportOptions { Configs = [Paths.Config], FailOnExposure = "23,3389,5432-5433" });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, test.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("ssh")]
    [InlineData("22-")]
    public async Task Exposure_MalformedPorts_ExitsTwo(string ports)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExposureReportHandler(), new ExposureReportOptions { Configs = [Paths.Config], FailOnExposure = ports });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--fail-on-exposure", test.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, test.Output);
    }

    [Fact]
    public async Task Exposure_Json_KeepsExactBlocksBesideTheReadableText()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ExposureReportHandler(), new ExposureReportOptions { Configs = [Paths.Config], Format = ReportFormat.Json });

        Assert.Equal(ExitCodes.Success, code);
        using var document = System.Text.Json.JsonDocument.Parse(test.Output);
        var groups = document.RootElement.GetProperty("exposure").GetProperty("iks-prod-vpc");
        var bastion = groups.EnumerateArray().Single(g => g.GetProperty("endpoints")[0].GetProperty("Name").GetString() == "bastion");
        var inbound = bastion.GetProperty("inbound").EnumerateArray().Single();
        Assert.Equal(["145.40.0.0/16"], inbound.GetProperty("cidrs").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("protocol: TCP dst-ports: 22", inbound.GetProperty("conn_text").GetString());
    }
}
