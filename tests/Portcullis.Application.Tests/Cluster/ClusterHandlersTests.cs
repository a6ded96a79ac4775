using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Formats.Allowlist;
using Portcullis.Cluster.Formats.Check;
using Portcullis.Cluster.Formats.Fix;
using Portcullis.Cluster.Requirements;

namespace Portcullis.Application.Tests.Cluster;

/// <summary>The cluster handlers on the example: check, fix, allowlist and init, on a terminal and off it.</summary>
public sealed class ClusterHandlersTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-cluster-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Check_Example_WritesTheCheckAndExitsOneForThePartlyOpenRequirement()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = Paths.Cluster });

        Assert.Equal(ExitCodes.Findings, code);
        Assert.Equal(string.Empty, test.Error);
        Assert.Equal(await File.ReadAllTextAsync(Paths.CliGolden("iks-multizone.cluster-check.txt"), TestContext.Current.CancellationToken), test.Output);
    }

    [Fact]
    public async Task Check_OnATerminal_DrawsTheTableInstead()
    {
        var terminal = new RecordingTerminal();
        var test = new TestEnvironment(terminal);

        var code = await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = Paths.Cluster });

        Assert.Equal(ExitCodes.Findings, code);
        Assert.Equal(string.Empty, test.Output);
        var (headers, rows) = Assert.Single(terminal.Tables);
        Assert.Equal(ClusterCheckWriter.Headers, headers);
        Assert.Contains(rows, row => row[1] == "partly open");
    }

    [Fact]
    public async Task Check_OnATerminalWithAnOutputFile_WritesTheFile()
    {
        var terminal = new RecordingTerminal();
        var test = new TestEnvironment(terminal);
        var file = Path.Combine(_directory, "check.txt");

        await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = Paths.Cluster, Output = file });

        Assert.Empty(terminal.Tables);
        Assert.Equal(await File.ReadAllTextAsync(Paths.CliGolden("iks-multizone.cluster-check.txt"), TestContext.Current.CancellationToken), await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Check_Era_ChecksThatCatalog()
    {
        var test = new TestEnvironment();

        await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = Paths.Cluster, Era = DocumentationEra.SecureByDefault });

        Assert.Contains("(secure-by-default)", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingDescription_ExitsTwoNamingIt()
    {
        var test = new TestEnvironment();
        var missing = Path.Combine(_directory, "nope.yaml");

        var code = await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = missing });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{missing}: error PC4000: cannot read the cluster description: no such file", test.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DescriptionWithoutConfigurations_SaysWhereToListThem()
    {
        var description = Path.Combine(_directory, "cluster.yaml");
        var text = await File.ReadAllTextAsync(Paths.Cluster, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(description, string.Join('\n', text.Split('\n').TakeWhile(l => !l.StartsWith("vpcConfigs", StringComparison.Ordinal))), TestContext.Current.CancellationToken);
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = description });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"portcullis: {description}: error PC4100: no VPC configuration: list the collector's output under vpcConfigs in the cluster description, or give --config\n", test.Error);
    }

    [Theory]
    [InlineData(FixFormat.Script, "iks-multizone.cluster-fix.sh")]
    [InlineData(FixFormat.Terraform, "iks-multizone.cluster-fix.tf")]
    [InlineData(FixFormat.Json, "iks-multizone.cluster-fix.json")]
    public async Task Fix_Example_WritesThePlan(FixFormat format, string golden)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterFixHandler(), new ClusterFixOptions { Description = Paths.Cluster, Format = format });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(await File.ReadAllTextAsync(Paths.CliGolden(golden), TestContext.Current.CancellationToken), test.Output);
    }

    [Fact]
    public async Task Fix_WriteConfig_WritesAConfigurationOnWhichTheCheckPasses()
    {
        var written = Path.Combine(_directory, "fixed.json");
        var fix = new TestEnvironment();

        var fixCode = await fix.RunAsync(new ClusterFixHandler(), new ClusterFixOptions { Description = Paths.Cluster, WriteConfig = written });
        var check = new TestEnvironment();
        var checkCode = await check.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = Paths.Cluster, Configs = [written] });

        // The example's check finds registry-vpe-outbound partly open (exit 1); on the written configuration all 15 pass,
        // as the proof at the end of the script said they would.
        Assert.Equal((ExitCodes.Success, string.Empty), (fixCode, fix.Error));
        Assert.Contains("# Every requirement passes after the fix (15 open, 0 not applicable).", fix.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, checkCode);
        Assert.Contains("15 open, 0 partly open, 0 blocked", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_WriteConfigOverAnInput_IsRefusedAndTheInputIsUntouched()
    {
        var input = Path.Combine(_directory, "config.json");
        File.Copy(Paths.Config, input);
        var before = await File.ReadAllBytesAsync(input, TestContext.Current.CancellationToken);
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterFixHandler(), new ClusterFixOptions { Description = Paths.Cluster, Configs = [input], WriteConfig = input });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--write-config", test.Error, StringComparison.Ordinal);
        Assert.Contains("is one of the input files", test.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(input, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Fix_WriteConfigSameAsOutput_IsAUsageError()
    {
        var file = Path.Combine(_directory, "both");
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterFixHandler(), new ClusterFixOptions { Description = Paths.Cluster, Output = file, WriteConfig = file });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--write-config and --output name the same file", test.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Allowlist_FromClusterHttps_IsTheGatewaysAddresses()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterAllowlistHandler(), new ClusterAllowlistOptions { Description = Paths.Cluster, Protocol = "tcp", Ports = "443" });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("52.118.32.14/32\n52.118.97.201/32\n52.118.150.66/32\n", test.Output);
    }

    [Fact]
    public async Task Allowlist_ToClusterWorkers_IsTheWorkersAddresses()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterAllowlistHandler(), new ClusterAllowlistOptions
        {
            Description = Paths.Cluster,
            Direction = AllowlistDirection.ToCluster,
            Workers = true,
            Format = AllowlistFormat.List,
        });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("10.240.0.4/31\n10.240.64.4/31\n10.240.128.4/31\n", test.Output);
    }

    [Theory]
    // The allowlist's ports option is --ports; the query's other parts keep explain's names.
    [InlineData("tcp", "99999", "--ports '99999': ports are 1-65535, as single ports or ranges joined by commas (22, 80,443, 30000-32767)")]
    [InlineData(null, "443", "--src-ports, --ports, --icmp-type and --icmp-code need --protocol")]
    [InlineData("icmp", "443", "--src-ports and --ports go with --protocol tcp or udp")]
    public async Task Allowlist_BadQuery_NamesItsOwnOptions(string? protocol, string ports, string message)
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterAllowlistHandler(), new ClusterAllowlistOptions { Description = Paths.Cluster, Protocol = protocol, Ports = ports });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"portcullis: error: {message}\nRun 'portcullis cluster allowlist --help' for usage and examples.\n", test.Error);
    }

    [Fact]
    public async Task Init_ToStandardOutput_RecordsTheConfigurationRelativeToHere()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterInitHandler(), new ClusterInitOptions { Configs = [Paths.Config], Output = ClusterInitOptions.StandardOutput });

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("name: iks-prod", test.Output, StringComparison.Ordinal);
        var recorded = test.Output[test.Output.IndexOf("vpcConfigs:\n", StringComparison.Ordinal)..].Split('\n')[1];
        Assert.Contains(Path.GetRelativePath(Directory.GetCurrentDirectory(), Paths.Config), recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_ToFile_WritesADescriptionTheCheckReads()
    {
        var file = Path.Combine(_directory, "cluster.yaml");

        Assert.Equal(ExitCodes.Success, await new TestEnvironment().RunAsync(new ClusterInitHandler(), new ClusterInitOptions { Configs = [Paths.Config], Output = file }));

        // The same cluster as the example's own description: the same partly open requirement.
        var check = new TestEnvironment();
        Assert.Equal(ExitCodes.Findings, await check.RunAsync(new ClusterCheckHandler(), new ClusterCheckOptions { Description = file }));
        Assert.Contains("registry-vpe-outbound", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_ExistingFileWithoutForce_IsRefused()
    {
        var file = Path.Combine(_directory, "cluster.yaml");
        var first = new TestEnvironment();
        var again = new TestEnvironment();

        Assert.Equal(ExitCodes.Success, await first.RunAsync(new ClusterInitHandler(), new ClusterInitOptions { Configs = [Paths.Config], Output = file }));
        Assert.Equal($"portcullis: wrote {file}; next: portcullis cluster check --cluster {file}\n", first.Error);
        Assert.Equal(ExitCodes.BadInput, await again.RunAsync(new ClusterInitHandler(), new ClusterInitOptions { Configs = [Paths.Config], Output = file }));
        Assert.Contains("exists; give --force", again.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, await new TestEnvironment().RunAsync(new ClusterInitHandler(), new ClusterInitOptions { Configs = [Paths.Config], Output = file, Force = true }));
    }

    [Fact]
    public async Task Init_NothingToRead_IsAUsageError()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new ClusterInitHandler(), new ClusterInitOptions());

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: nothing to read", test.Error, StringComparison.Ordinal);
    }
}
