using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Application.Workstation;
using Portcullis.Cluster.Formats.Workstation;
using Portcullis.Cluster.Requirements;

namespace Portcullis.Application.Tests.Workstation;

/// <summary>The workstation handler: the egress by era, as a table on a terminal or in each format.</summary>
public sealed class WorkstationHandlerTests
{
    [Fact]
    public async Task Run_Text_WritesWhatTheCommandLinePrints()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new WorkstationHandler(), new WorkstationOptions { Description = Paths.Cluster });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(await File.ReadAllTextAsync(Paths.CliGolden("iks-multizone.workstation.txt"), TestContext.Current.CancellationToken), test.Output);
    }

    [Fact]
    public async Task Run_OnATerminal_DrawsTheTableThenTheNotes()
    {
        var terminal = new RecordingTerminal();
        var test = new TestEnvironment(terminal);

        await test.RunAsync(new WorkstationHandler(), new WorkstationOptions { Description = Paths.Cluster });

        var (headers, rows) = Assert.Single(terminal.Tables);
        Assert.Equal(WorkstationWriter.Headers, headers);
        Assert.Contains(rows, row => row[0] == "ibmcloud" && row[1] == "cloud.ibm.com");
        // The notes follow the table on standard output, as in the text format.
        Assert.StartsWith("\nVerify:", test.Output[test.Output.IndexOf("\nVerify:", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ProbeFormat_IsATargetsFileForTheProbe()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new WorkstationHandler(), new WorkstationOptions { Description = Paths.Cluster, Format = WorkstationFormat.Probe });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("What an admin workstation of cluster iks-prod must reach; check it with: portcullis probe --targets FILE", test.Output, StringComparison.Ordinal);
        Assert.Contains("targets:", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Era_OverridesTheClustersOwn()
    {
        var test = new TestEnvironment();

        await test.RunAsync(new WorkstationHandler(), new WorkstationOptions { Description = Paths.Cluster, Era = DocumentationEra.Vpc2020 });

        Assert.StartsWith("Workstation egress for cluster iks-prod (vpc-2020)", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_ListedAsHelpHasAlwaysSaidThem() =>
        Assert.Equal("Output format: txt, md, json, nftables, iptables, or probe (a targets file for 'portcullis probe --targets').", WorkstationOutput.Formats.Describe());
}
