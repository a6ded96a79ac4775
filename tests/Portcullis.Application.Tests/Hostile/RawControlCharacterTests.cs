using System.Text.Json;
using System.Text.RegularExpressions;
using Portcullis.Application.Hosting;
using Portcullis.Application.Reports;
using Portcullis.Application.Tests.Support;
using Portcullis.Application.Workstation;
using Portcullis.Formats.Reports;

namespace Portcullis.Application.Tests.Hostile;

/// <summary>Names and file names from input reach neither the terminal nor a report raw: no escape sequence, no forged line, no HTML.</summary>
public sealed partial class RawControlCharacterTests : IDisposable
{
    // A name that would retitle the terminal, then forge a report line, then embed HTML in Markdown.
    private const string Hostile = "bastion\u001b]0;owned\u0007\nPublic Internet 0.0.0.0/0 => db : All Connections\n<img src=x onerror=alert(1)>|x";

    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-raw-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(ReportFormat.Txt)]
    [InlineData(ReportFormat.Md)]
    public async Task EndpointsReport_HostileInstanceName_ForgesNoLineAndEmbedsNoMarkup(ReportFormat format)
    {
        var config = Path.Combine(_directory, "config.json");
        var json = await File.ReadAllTextAsync(Paths.Config, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(config, json.Replace("\"name\": \"bastion\"", "\"name\": " + JsonSerializer.Serialize(Hostile), StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var plain = new TestEnvironment();
        var test = new TestEnvironment();

        await plain.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [Paths.Config], Format = format });
        var code = await test.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [config], Format = format });

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain('\u001b', test.Output);
        Assert.DoesNotContain('\u0007', test.Output);
        // The same lines as with the plain name: the hostile one adds none.
        Assert.Equal(plain.Output.Split('\n').Length, test.Output.Split('\n').Length);
        Assert.DoesNotContain("\nPublic Internet 0.0.0.0/0 => db", test.Output, StringComparison.Ordinal);
        if (format == ReportFormat.Md)
        {
            Assert.DoesNotContain("<img", test.Output, StringComparison.Ordinal);
            // Every table row still has exactly three cells.
            Assert.All(test.Output.Split('\n').Where(l => l.StartsWith('|')), row => Assert.Equal(4, UnescapedPipe().Count(row)));
        }
    }

    [Fact]
    public async Task Diagnostics_FileNameWithEscapeSequence_IsPrintedEscaped()
    {
        var missing = Path.Combine(_directory, "vpc\u001b]0;owned\u0007\n.json");
        var test = new TestEnvironment();

        var code = await test.RunAsync(new EndpointsReportHandler(), new EndpointsReportOptions { Configs = [missing] });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.DoesNotContain('\u001b', test.Error);
        Assert.Contains("vpc\\x1b]0;owned\\x07\\n.json", test.Error, StringComparison.Ordinal);
        Assert.Single(test.Error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData(WorkstationFormat.Txt)]
    [InlineData(WorkstationFormat.Md)]
    public async Task Workstation_HostileClusterName_ReachesNoTerminalRaw(WorkstationFormat format)
    {
        // The description beside its configuration, with a name that would retitle the terminal and forge a line.
        var folder = Path.GetDirectoryName(Paths.Cluster)!;
        File.Copy(Path.Combine(folder, "config.json"), Path.Combine(_directory, "config.json"));
        var yaml = await File.ReadAllTextAsync(Paths.Cluster, TestContext.Current.CancellationToken);
        var cluster = Path.Combine(_directory, "cluster.yaml");
        await File.WriteAllTextAsync(cluster, yaml.Replace("\nname: iks-prod\n", "\nname: \"iks\\e]0;owned\\a\\nforged\"\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var test = new TestEnvironment();

        var code = await test.RunAsync(new WorkstationHandler(), new WorkstationOptions { Description = cluster, Format = format });

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain('\u001b', test.Output);
        Assert.DoesNotContain('\u0007', test.Output);
        Assert.DoesNotContain("\nforged", test.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
