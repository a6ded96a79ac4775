using System.Net;
using System.Text.RegularExpressions;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Reports;
using Portcullis.Core.Topology;
using Portcullis.Formats.IbmVpc;
using Portcullis.Formats.Wording;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// <c>--format dot|html</c> as a user runs them, and the HTML page as a browser shows it: headless Chromium loads the
/// page from a file:// URL and every node of the report must be in its DOM.
/// </summary>
public sealed partial class GraphFormatsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-graph-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ReportEndpoints_FormatDot_WritesTheGraph()
    {
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "--format", "dot");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("// Endpoint connectivity: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("digraph connectivity {", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"iks-prod-vpc/bastion[10.240.1.4]\" [id=", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportSubnets_FormatHtml_WritesOnePage()
    {
        RequireDot();
        var file = Path.Combine(_directory, "subnets.html");
        var result = await CliRunner.RunAsync("report", "subnets", "-c", RepositoryPaths.IksExample, "--format", "html", "--output", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Subnet connectivity</h1>", html, StringComparison.Ordinal);
        Assert.Contains("data-node=\"iks-prod-bastion\"", html, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Theory]
    [InlineData("html", "report", "single-subnet")]
    [InlineData("dot", "report", "single-subnet")]
    [InlineData("dot", "diff")]
    [InlineData("html", "explain")]
    [InlineData("dot", "flows", "replay")]
    public async Task GraphFormat_OfACommandThatDrawsNone_IsAUsageErrorBeforeAnyWork(string format, params string[] command)
    {
        string[] inputs = command[0] == "diff" ? ["-b", RepositoryPaths.IksExample, "-a", RepositoryPaths.IksExample]
            : command[0] == "explain" ? ["-c", RepositoryPaths.IksExample, "--src", "bastion", "--dst", "1.1.1.1"]
            : command[0] == "flows" ? ["-c", RepositoryPaths.IksExample, "--flows", _directory]
            : ["-c", RepositoryPaths.IksExample];
        var result = await CliRunner.RunAsync([.. command, .. inputs, "--format", format]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"This command does not write '{format}'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public Task Html_Example_OpensInChromiumWithEveryNode() => AssertEveryNodeInBrowserAsync(RepositoryPaths.IksExample, "iks-multizone");

    [Fact]
    public async Task Html_LargestSharedInput_OpensInChromiumWithEveryNode()
    {
        if (RepositoryPaths.Shared is not { } shared)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
            return;
        }

        await AssertEveryNodeInBrowserAsync(Path.Combine(shared, "conformance", "npguard", "input", "input_hub_n_spoke_1.json"), "hub-n-spoke-1");
    }

    [Fact]
    public async Task Html_Example_HoverClickAndSearchWorkInChromium()
    {
        RequireDot();
        var chromium = ExternalTools.Chromium;
        if (chromium is null)
        {
            Assert.Skip(ExternalTools.NoChromiumReason);
            return;
        }

        var page = Path.Combine(_directory, "probe.html");
        Assert.Equal(0, (await CliRunner.RunAsync("report", "endpoints", "-c", RepositoryPaths.IksExample, "--format", "html", "--output", page)).ExitCode);

        // What a user does, as events the page's script handles; what the page then shows goes into attributes.
        const string Probe = """
            <script>
            (() => {
              const out = document.documentElement;
              try {
                const bastion = document.querySelector('[data-node="bastion[10.240.1.4]"]');
                bastion.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
                out.setAttribute('data-probe-dimmed', document.getElementById('graph').classList.contains('focus'));
                out.setAttribute('data-probe-lit', document.querySelectorAll('#graph .hl').length);
                bastion.dispatchEvent(new MouseEvent('click', { bubbles: true }));
                out.setAttribute('data-probe-title', document.querySelector('#details h2').textContent);
                out.setAttribute('data-probe-peers', document.querySelectorAll('#details .edge-list li').length);
                const edge = document.querySelector('[data-edge]');
                edge.dispatchEvent(new MouseEvent('click', { bubbles: true }));
                out.setAttribute('data-probe-edge', document.querySelector('#details .conn').textContent);
                const search = document.getElementById('search');
                search.value = 'default-000';
                search.dispatchEvent(new Event('input'));
                out.setAttribute('data-probe-search', document.getElementById('search-result').textContent);
              } catch (e) {
                out.setAttribute('data-probe-error', String(e));
              }
            })();
            </script>
            </body>
            """;
        File.WriteAllText(page, File.ReadAllText(page).Replace("</body>", Probe, StringComparison.Ordinal));
        var dom = Browse(chromium, page, "--dump-dom");

        Assert.DoesNotMatch("<html[^>]* data-probe-error=", dom);
        Assert.Equal("true", Attribute(dom, "data-probe-dimmed"));
        Assert.True(int.Parse(Attribute(dom, "data-probe-lit"), System.Globalization.CultureInfo.InvariantCulture) > 1);
        Assert.Equal("bastion[10.240.1.4]", WebUtility.HtmlDecode(Attribute(dom, "data-probe-title")));
        // The bastion opens SSH to the six workers and is reached from 145.40.0.0/16 and from the six workers.
        Assert.Equal("13", Attribute(dom, "data-probe-peers"));
        Assert.StartsWith("protocol: ", WebUtility.HtmlDecode(Attribute(dom, "data-probe-edge")), StringComparison.Ordinal);
        Assert.Equal("6 matches", Attribute(dom, "data-probe-search"));
    }

    private async Task AssertEveryNodeInBrowserAsync(string config, string name)
    {
        RequireDot();
        var chromium = ExternalTools.Chromium;
        if (chromium is null)
        {
            Assert.Skip(ExternalTools.NoChromiumReason);
            return;
        }

        var page = Path.Combine(_directory, name + ".html");
        var result = await CliRunner.RunAsync("report", "endpoints", "-c", config, "--format", "html", "--output", page);
        Assert.Equal(0, result.ExitCode);

        var dom = Browse(chromium, page, "--dump-dom");
        Assert.Matches("<html[^>]* data-ready=\"true\"", dom);
        var drawn = Attribute(dom, "data-nodes-drawn");
        Assert.Equal(Attribute(dom, "data-nodes"), drawn);

        var inDom = NodeElement().Matches(dom)
            .Select(m => (Vpc: m.Groups["vpc"].Success ? WebUtility.HtmlDecode(m.Groups["vpc"].Value) : null, Name: WebUtility.HtmlDecode(m.Groups["name"].Value)))
            .ToHashSet();
        var missing = ReportNodes(config).Where(n => !inDom.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"not in the DOM: {string.Join(", ", missing.Take(10))}");

        // A screenshot proves the page renders; PORTCULLIS_SCREENSHOTS keeps it for a person to look at.
        var screenshot = Path.Combine(_directory, name + ".png");
        Browse(chromium, page, $"--screenshot={screenshot}", "--window-size=1600,1000", "--hide-scrollbars");
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is (nearly) empty");
        if (Environment.GetEnvironmentVariable("PORTCULLIS_SCREENSHOTS") is { Length: > 0 } keep)
        {
            File.Copy(screenshot, Path.Combine(keep, name + ".png"), overwrite: true);
        }
    }

    // Every node the text report names: (VPC, name) for endpoints, (null, merged name) for external addresses.
    private static HashSet<(string? Vpc, string Name)> ReportNodes(string config)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(IbmVpcConfigReader.TryReadFile(config, diagnostics, out var configuration));
        var topology = NetworkTopology.Build(configuration, TopologyFilter.None, diagnostics)!;
        var nodes = new HashSet<(string?, string)>();
        foreach (var section in new ConnectivityAnalyzer(topology).AnalyzeEndpoints().Sections)
        {
            foreach (var row in ReportShaper.Rows(section, TextOrder.Report))
            {
                foreach (var side in new[] { row.Source, row.Destination })
                {
                    if (side.IsExternal)
                    {
                        nodes.Add((null, NodeText.Group(side)));
                    }
                    else
                    {
                        nodes.UnionWith(side.Nodes.Select(n => ((string?)n.Vpc!.Name, NodeText.Name(n))));
                    }
                }
            }
        }

        Assert.NotEmpty(nodes);
        return nodes;
    }

    private string Browse(string chromium, string page, params string[] action)
    {
        var profile = Directory.CreateTempSubdirectory("portcullis-chromium-").FullName;
        try
        {
            // Headless, as root, on a machine without a network: no sandbox, no GPU, no background connections.
            string[] arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
                .. action, new Uri(page).AbsoluteUri,
            ];
            var run = ExternalTools.Start(chromium, arguments, null, TimeSpan.FromMinutes(2));
            Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}: {run.Error}");
            return run.Output;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static string Attribute(string dom, string name)
    {
        var match = Regex.Match(dom, $"<html[^>]* {name}=\"([^\"]*)\"");
        Assert.True(match.Success, $"the page has no {name}");
        return match.Groups[1].Value;
    }

    private static void RequireDot()
    {
        if (ExternalTools.Dot is null)
        {
            Assert.Skip(ExternalTools.NoDotReason);
        }
    }

    [GeneratedRegex("<g [^>]*data-node=\"(?<name>[^\"]*)\"(?: data-vpc=\"(?<vpc>[^\"]*)\")?")]
    private static partial Regex NodeElement();
}
