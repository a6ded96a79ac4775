using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Application.Workstation;
using Portcullis.Cluster.Workstation;

namespace Portcullis.Application.Tests.Workstation;

/// <summary>
/// <c>workstation --addresses</c>: firewall rules by the addresses IBM publishes (the masters of the cluster's region)
/// or DNS gives when they are written, each rule saying which, so that they load where DNS is blocked. The resolver is
/// a fake: no test touches the network.
/// </summary>
public sealed class WorkstationAddressesTests
{
    // The answers of the fake DNS: one address each (plus an IPv6 one, which an 'ip daddr' rule cannot hold).
    private static readonly Dictionary<string, IPAddress[]> Dns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cloud.ibm.com"] = [IPAddress.Parse("104.18.10.1"), IPAddress.Parse("2606:4700::1")],
        ["containers.cloud.ibm.com"] = [IPAddress.Parse("104.18.20.2")],
        ["icr.io"] = [IPAddress.Parse("169.62.37.245")],
        ["us.icr.io"] = [IPAddress.Parse("169.61.234.230"), IPAddress.Parse("169.61.135.165")],
        ["c100.us-south.containers.cloud.ibm.com"] = [IPAddress.Parse("52.116.231.210")],
        ["c100.private.us-south.containers.cloud.ibm.com"] = [IPAddress.Parse("166.9.12.140")],
    };

    private static async Task<(int Code, string Output, string Error, List<string> Asked)> RunAsync(WorkstationFormat format, WorkstationAddressing addressing, Func<string, IPAddress[]>? dns = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var asked = new List<string>();
        var environment = new CommandEnvironment(output, error)
        {
            ResolveHost = (host, _) =>
            {
                asked.Add(host);
                return Task.FromResult((dns ?? (h => Dns.TryGetValue(h, out var a) ? a : throw new SocketException((int)SocketError.HostNotFound)))(host));
            },
        };
        var code = await new WorkstationHandler().RunAsync(new WorkstationOptions { Description = Paths.Cluster, Format = format, Addressing = addressing }, environment, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString(), asked);
    }

    [Fact]
    public async Task Run_NftablesPublished_MastersByIbmsUsSouthTableAndTheRestByDns()
    {
        var (code, output, error, asked) = await RunAsync(WorkstationFormat.Nftables, WorkstationAddressing.Published);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, error);
        // The masters' addresses come from the table, not from DNS; IBM publishes none for the other hosts.
        Assert.Equal(["cloud.ibm.com", "containers.cloud.ibm.com", "icr.io", "us.icr.io"], asked);
        Assert.Contains("# c100.us-south.containers.cloud.ibm.com: public master IPs, US South, as IBM publishes them (IBM Cloud Kubernetes Service docs, firewall.md master_ips)\n", output, StringComparison.Ordinal);
        Assert.Contains("# c100.private.us-south.containers.cloud.ibm.com: private master IPs, US South, as IBM publishes them", output, StringComparison.Ordinal);
        // Two addresses of the US South public table (first and last as the documentation lists them), and the kubectl port.
        var kubectl = Assert.Single(output.Split('\n'), l => l.Contains("tcp dport { 31438 }", StringComparison.Ordinal) && l.Contains("50.22.129.34", StringComparison.Ordinal));
        Assert.Contains("104.96.181.129", kubectl, StringComparison.Ordinal);
        Assert.EndsWith("accept comment \"kubectl published addresses\"", kubectl, StringComparison.Ordinal);
        Assert.Contains("# cloud.ibm.com: resolved by DNS when this file was written", output, StringComparison.Ordinal);
        Assert.Contains("ip daddr { 104.18.10.1 } tcp dport { 443 } accept comment \"ibmcloud resolved when written\"", output, StringComparison.Ordinal);
        Assert.Contains("ip daddr { 169.61.135.165, 169.61.234.230 } tcp dport { 443 } accept comment \"ibmcloud cr resolved when written\"", output, StringComparison.Ordinal);
        // No rule needs DNS when it is loaded.
        Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith("add rule", StringComparison.Ordinal) && l.Contains(".com tcp", StringComparison.Ordinal));
        Assert.DoesNotContain("nft resolves host names", output, StringComparison.Ordinal);
        await AssertNftAccepts(output);
    }

    [Fact]
    public async Task Run_NftablesResolve_EveryHostByDns()
    {
        var (code, output, _, asked) = await RunAsync(WorkstationFormat.Nftables, WorkstationAddressing.Resolve);

        Assert.Equal(ExitCodes.Success, code);
        // The master's host is asked once, though kubectl and calicoctl both reach it.
        Assert.Equal(Dns.Keys.Order(StringComparer.Ordinal), asked.Order(StringComparer.Ordinal));
        Assert.Contains("ip daddr { 52.116.231.210 } tcp dport { 31438 } accept comment \"kubectl resolved when written\"", output, StringComparison.Ordinal);
        Assert.Contains("ip daddr { 52.116.231.210 } tcp dport { 30453 } accept comment \"calicoctl resolved when written\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("published", output, StringComparison.Ordinal);
        await AssertNftAccepts(output);
    }

    [Fact]
    public async Task Run_IptablesPublished_OneRulePerAddressWithItsOrigin()
    {
        var (code, output, _, _) = await RunAsync(WorkstationFormat.Iptables, WorkstationAddressing.Published);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("-A PC-IKS-PROD-WS -d 50.22.129.34 -p tcp --dport 31438 -m comment --comment \"kubectl published addresses\" -j ACCEPT\n", output, StringComparison.Ordinal);
        Assert.Contains("-A PC-IKS-PROD-WS -d 104.18.10.1 -p tcp --dport 443 -m comment --comment \"ibmcloud resolved when written\" -j ACCEPT\n", output, StringComparison.Ordinal);
        // 75 published US South public master addresses, for kubectl and for calicoctl (etcd on the same host).
        Assert.Equal(150, output.Split('\n').Count(l => l.Contains("published addresses", StringComparison.Ordinal) && l.StartsWith("-A", StringComparison.Ordinal) && l.Contains("--dport 3", StringComparison.Ordinal) && !l.Contains("166.9.", StringComparison.Ordinal)));
        Assert.DoesNotContain("iptables resolves host names", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HostThatDoesNotResolve_FailsNamingItAndWritesNothing()
    {
        var (code, output, error, _) = await RunAsync(WorkstationFormat.Nftables, WorkstationAddressing.Published, host => host == "icr.io" ? throw new SocketException((int)SocketError.HostNotFound) : Dns[host]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("portcullis: error: cannot resolve icr.io: ", error, StringComparison.Ordinal);
        Assert.Contains("'--addresses names'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HostWithOnlyIpv6_FailsNamingIt()
    {
        var (code, _, error, _) = await RunAsync(WorkstationFormat.Iptables, WorkstationAddressing.Resolve, host => host == "cloud.ibm.com" ? [IPAddress.IPv6Loopback] : Dns[host]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: cannot resolve cloud.ibm.com: DNS gives it no IPv4 address", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Names_IsTheDefaultAndResolvesNothing()
    {
        var (code, output, _, asked) = await RunAsync(WorkstationFormat.Nftables, new WorkstationOptions { Description = Paths.Cluster }.Addressing);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(asked);
        Assert.Contains("ip daddr cloud.ibm.com tcp dport { 443 } accept comment \"ibmcloud\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WorkstationFormat.Txt)]
    [InlineData(WorkstationFormat.Json)]
    [InlineData(WorkstationFormat.Probe)]
    public async Task Run_AddressesWithAFormatThatNamesHosts_IsAUsageError(WorkstationFormat format)
    {
        var (code, output, error, asked) = await RunAsync(format, WorkstationAddressing.Resolve);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Empty(asked);
        Assert.StartsWith("portcullis: error: --addresses applies to --format nftables and iptables", error, StringComparison.Ordinal);
    }

    // `nft -c -f FILE` checks a ruleset without applying it; it needs nft and a netlink socket it may open.
    private static async Task AssertNftAccepts(string ruleset)
    {
        var nft = new[] { "/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft" }.FirstOrDefault(File.Exists);
        if (nft is null)
        {
            Assert.Skip("nft is not installed (Debian package nftables; .ci/setup installs it)");
        }

        var file = Path.Combine(Path.GetTempPath(), $"portcullis-ws-{Guid.NewGuid():N}.nft");
        await File.WriteAllTextAsync(file, ruleset, TestContext.Current.CancellationToken);
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(nft, ["-c", "-f", "/dev/null"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var probeError = await probe.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await probe.WaitForExitAsync(TestContext.Current.CancellationToken);
            if (probe.ExitCode != 0)
            {
                Assert.Skip($"nft -c cannot run here (no netlink access?): {probeError.Trim()}");
            }

            using var check = Process.Start(new ProcessStartInfo(nft, ["-c", "-f", file]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = await check.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await check.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(check.ExitCode == 0, error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
