using Portcullis.Application.Hosting;
using Portcullis.Application.Reports;
using Portcullis.Application.Tests.Support;
using Portcullis.Core.Topology;
using Portcullis.Formats.Graph;
using Portcullis.Formats.Reports;
using Portcullis.Testing;

namespace Portcullis.Application.Tests.Reports;

/// <summary>The report handlers on the example: what they write, where, and how they fail.</summary>
public sealed class ReportHandlersTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-reports-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Endpoints_Example_WritesWhatTheCommandLinePrints()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [Paths.Config] });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, test.Error);
        Assert.Equal(await File.ReadAllTextAsync(Paths.CliGolden("iks-multizone.endpoints.txt"), TestContext.Current.CancellationToken), test.Output);
    }

    [Fact]
    public async Task Endpoints_MissingConfiguration_ExitsTwoNamingTheFile()
    {
        var test = new TestEnvironment();
        var missing = Path.Combine(_directory, "missing.json");

        var code = await test.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [missing] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{missing}: error PC1000: cannot read the configuration: no such file", test.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, test.Output);
    }

    [Fact]
    public async Task Endpoints_FilterMatchingNoVpc_SaysThereIsNothingToAnalyseInWhichFiles()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [Paths.Config], Filter = new TopologyFilter(["other-vpc"], [], null) });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"portcullis: {Paths.Config}: error: nothing to analyse: no VPC with subnets matches the --vpc, --region and --resource-group filters\n", test.Error);
    }

    [Fact]
    public async Task Endpoints_Html_LaysTheGraphOutThroughTheEnvironment()
    {
        var layout = new FailingLayout();
        var test = new TestEnvironment(layout: layout);
        var file = Path.Combine(_directory, "graph.html");

        var code = await test.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [Paths.Config], Format = ReportFormat.Html, Output = file });

        // The layout was asked for the report's graph; its failure is the user's to act on, and no page is left.
        Assert.StartsWith("// Endpoint connectivity: ", layout.Dot, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("portcullis: error: cannot draw the graph: no layout here\ninstall one\n", test.Error);
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task Subnets_Html_WithGraphviz_WritesOnePage()
    {
        if (ExternalTools.Dot is null)
        {
            Assert.Skip(ExternalTools.NoDotReason);
        }

        var test = new TestEnvironment();
        var file = Path.Combine(_directory, "subnets.html");

        var code = await test.RunAsync(new SubnetsReportHandler(), new SubnetsReportOptions { Configs = [Paths.Config], Format = ReportFormat.Html, Output = file });

        Assert.Equal(ExitCodes.Success, code);
        var html = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("data-node=\"iks-prod-bastion\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subnets_Example_WritesTheSubnetView()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new SubnetsReportHandler(), new SubnetsReportOptions { Configs = [Paths.Config], Grouping = true });

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Subnet connectivity for VPC iks-prod-vpc\n", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleSubnet_Csv_HasAHeaderAndRows()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new SingleSubnetReportHandler(), new SingleSubnetReportOptions { Configs = [Paths.Config], Format = ReportFormat.Csv });

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(test.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2, test.Output);
    }

    [Fact]
    public async Task SingleSubnet_Graph_IsRefused()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new SingleSubnetReportHandler(), new SingleSubnetReportOptions { Configs = [Paths.Config], Format = ReportFormat.Dot });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("portcullis: error: This command does not write 'dot'. Use one of: txt, md, json, csv.\n", test.Error);
    }

    [Fact]
    public async Task Endpoints_Cancelled_StopsBeforeWriting()
    {
        var test = new TestEnvironment();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => test.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [Paths.Config] }, cancellation.Token));
        Assert.Equal(string.Empty, test.Output);
    }

    private sealed class FailingLayout : IGraphLayout
    {
        public string Dot { get; private set; } = string.Empty;

        public Task<string> LayoutAsync(string dot, CancellationToken cancellationToken)
        {
            Dot = dot;
            throw new GraphLayoutException("no layout here") { Hint = "install one" };
        }
    }
}
