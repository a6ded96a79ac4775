using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Portcullis.Server.Configuration;
using Portcullis.Server.Tests.Support;
using Portcullis.Testing;

namespace Portcullis.Server.Tests.Ui;

/// <summary>
/// The web UI in headless Chromium (Debian's, driven by Playwright through its executable path): sign in, then every
/// page, clicked through as a person would, with a screenshot of each in the test output folder's <c>screenshots</c>.
/// </summary>
public sealed class UiTests
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task EveryPage_WorksInABrowser()
    {
        Assert.SkipWhen(ExternalTools.Chromium is null, ExternalTools.NoChromiumReason);
        Directory.CreateDirectory(Screenshots);

        // Two collections of one account: the second blocks a cluster requirement, so there is drift and an alert.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero));
        var source = new FakeAccountSource();
        var configuration = ServerConfiguration.Empty with
        {
            Accounts = [new AccountSettings("prod", new SourceSettings("file", RepositoryPaths.IksExample, null, null, ImmutableDictionary<string, string>.Empty), TimeSpan.FromMinutes(15))],
            Clusters = [new ClusterSettings("iks-prod", "prod", ServerHarness.ClusterDescription, null)],
        };
        await using var harness = await ServerHarness.StartAsync(configuration, time, _ => source);
        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);
        source.Content = ServerHarness.ExampleWithoutIaasInbound();
        time.Advance(TimeSpan.FromMinutes(15));
        await harness.Watcher.TickAsync(TestContext.Current.CancellationToken);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExternalTools.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"page error: {error}");
        page.SetDefaultTimeout(20_000);
        try
        {
            await ClickThroughAsync(page, harness);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            await Shot(page, "failure");
            Assert.Fail($"{e.Message}\nbrowser console:\n{string.Join('\n', console)}");
        }

        // Everything the pages loaded came from this server: nothing from a CDN or anywhere else.
        Assert.All(requests, url => Assert.True(url.StartsWith(harness.BaseAddress.ToString(), StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal), url));
    }

    private static async Task ClickThroughAsync(IPage page, ServerHarness harness)
    {

        await page.GotoAsync(harness.BaseAddress + "#/");
        await page.FillAsync("#token", ServerHarness.AdminToken);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#timeline");
        Assert.Equal(2, await page.Locator("#timeline tbody tr").CountAsync());
        Assert.Contains("admin (admin)", await page.InnerTextAsync("#who"), StringComparison.Ordinal);
        Assert.Contains("2 alerts", await page.InnerTextAsync("#timeline"), StringComparison.Ordinal); // the IaaS requirement in and its replies out
        await Shot(page, "timeline");

        // The newer snapshot: its drift, its alert, its requirements.
        await page.ClickAsync("#timeline tbody tr:first-child td:first-child a");
        await page.WaitForSelectorAsync("text=Cluster requirements");
        Assert.Contains("went from open to", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Shot(page, "snapshot");

        await page.ClickAsync(".actions >> text=Report");
        await page.WaitForSelectorAsync("pre[data-output=report]");
        Assert.StartsWith("Endpoint connectivity for VPC iks-prod-vpc", await page.InnerTextAsync("pre[data-output=report]"), StringComparison.Ordinal);
        await Shot(page, "report");
        if (ExternalTools.Dot is not null)
        {
            await page.ClickAsync("button[data-view=graph]");
            var frame = page.FrameLocator("iframe.graph");
            await frame.Locator("svg").First.WaitForAsync();
            Assert.True(await frame.Locator("svg g.node").CountAsync() > 3);
            await Shot(page, "graph");
        }

        await page.GotoAsync(harness.BaseAddress + "#/snapshots/1/explain");
        await page.FillAsync("#explain-src", "bastion");
        await page.FillAsync("#explain-dst", "kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000003");
        await page.FillAsync("#explain-protocol", "tcp");
        await page.FillAsync("#explain-dstPorts", "22");
        await page.ClickAsync("#explain-form button[type=submit]");
        await page.WaitForSelectorAsync("pre[data-output=explain]");
        var explanation = await page.InnerTextAsync("pre[data-output=explain]");
        Assert.Contains("Connections are allowed from bastion[10.240.1.4]", explanation, StringComparison.Ordinal);
        Assert.Contains("allow-bastion-ssh-inbound", explanation, StringComparison.Ordinal);
        await Shot(page, "explain");

        await page.ClickAsync("#nav >> text=Diff");
        await page.WaitForSelectorAsync("#diff-form");
        await page.SelectOptionAsync("#diff-before", "1");
        await page.SelectOptionAsync("#diff-after", "2");
        await page.ClickAsync("#diff-form button[type=submit]");
        await page.WaitForSelectorAsync("pre[data-output=diff]");
        Assert.Contains("161.26.0.0/16", await page.InnerTextAsync("pre[data-output=diff]"), StringComparison.Ordinal);
        await Shot(page, "diff");

        await page.ClickAsync("#nav >> text=Clusters");
        await page.ClickAsync("text=iks-prod");
        await page.WaitForSelectorAsync("pre[data-output=fix]");
        Assert.Contains("partly open", await page.InnerTextAsync("#requirements"), StringComparison.Ordinal);
        Assert.Contains("ibmcloud is network-acl-rule-add", await page.InnerTextAsync("pre[data-output=fix]"), StringComparison.Ordinal);
        await Shot(page, "cluster");

        await page.ClickAsync("#nav >> text=Alerts");
        await page.WaitForSelectorAsync("table.alerts");
        await Shot(page, "alerts");

        await page.GotoAsync(harness.BaseAddress + "#/snapshots/2/lint");
        await page.WaitForSelectorAsync("pre[data-output=lint]");
        await Shot(page, "lint");
    }

    private static Task Shot(IPage page, string name) => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });
}
