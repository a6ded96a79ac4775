using System.Collections.Immutable;
using System.Diagnostics;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Formats.Nftables;
using Portcullis.Core.Addresses;
using Portcullis.Core.Sets;

namespace Portcullis.Cluster.Formats.Tests.Nftables;

/// <summary>
/// The nftables allowlist loads into the user's filter table, so that the chain it adds can be jumped to from the
/// user's base chains (nftables jumps only within a table); checked with <c>nft -c</c> where nft runs.
/// </summary>
public sealed class NftablesWriterTests
{
    private static ClusterAllowlist Allowlist(AllowlistDirection direction, ConnectionSet connection) =>
        new("iks-prod", direction,
            [new AllowlistEntry(IpPrefix.Parse("52.118.32.14/32"), "us-south-1", AllowlistEntryKind.PublicGateway), new AllowlistEntry(IpPrefix.Parse("10.240.0.0/24"), "us-south-1", AllowlistEntryKind.WorkerSubnet)],
            connection, ImmutableArray<AllowlistNote>.Empty);

    private static string Write(ClusterAllowlist allowlist)
    {
        using var writer = new StringWriter();
        NftablesWriter.WriteAllowlist(allowlist, writer);
        return writer.ToString();
    }

    [Fact]
    public void WriteAllowlist_EveryCommand_AddsToTheDefaultTable()
    {
        var commands = Write(Allowlist(AllowlistDirection.FromCluster, ConnectionSet.All)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();

        Assert.All(commands, c => Assert.Matches($"^(add|flush) (table|set|element|chain|rule) {NftablesWriter.DefaultTable}( |$)", c));
        Assert.Contains("add element inet filter iks_prod_cluster { 10.240.0.0/24, 52.118.32.14 }", commands);
        Assert.Contains("add rule inet filter iks_prod_allow ip saddr @iks_prod_cluster accept", commands);
    }

    [Fact]
    public void WriteAllowlist_ToClusterOnSomePorts_MatchesDestinationsAndPorts()
    {
        var text = Write(Allowlist(AllowlistDirection.ToCluster, ConnectionSet.Ports(IpProtocols.Tcp, IntervalSet<int>.Range(1, 65535), IntervalSet<int>.Range(443, 443))));

        Assert.Contains("add rule inet filter iks_prod_allow ip daddr @iks_prod_cluster tcp dport 443 accept\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AllowlistDirection.FromCluster, "input")]
    [InlineData(AllowlistDirection.ToCluster, "output")]
    public async Task WriteAllowlist_LoadedWithABaseChainThatJumpsToIt_PassesNftCheck(AllowlistDirection direction, string hook)
    {
        var file = Path.Combine(Path.GetTempPath(), $"portcullis-nft-{Guid.NewGuid():N}.nft");
        try
        {
            // What the header tells the user to do: load the file, then jump to the chain from a base chain of the same table.
            File.WriteAllText(file, Write(Allowlist(direction, ConnectionSet.AllTcp))
                + $"add chain inet filter {hook} {{ type filter hook {hook} priority 0; policy accept; }}\nadd rule inet filter {hook} jump iks_prod_allow\n");
            var (code, error) = await NftCheck(file);
            Assert.True(code == 0, error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task NftCheck_JumpToAChainOfAnotherTable_FailsSoTheCheckAboveMeansSomething()
    {
        var file = Path.Combine(Path.GetTempPath(), $"portcullis-nft-{Guid.NewGuid():N}.nft");
        try
        {
            File.WriteAllText(file, "add table inet theirs\nadd chain inet theirs input { type filter hook input priority 0; }\nadd rule inet theirs input jump iks_prod_allow\n");
            Assert.NotEqual(0, (await NftCheck(file)).Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // `nft -c -f FILE` checks a ruleset without applying it; it needs nft and a netlink socket it may open.
    private static async Task<(int Code, string Error)> NftCheck(string file)
    {
        var nft = new[] { "/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft" }.FirstOrDefault(File.Exists);
        if (nft is null)
        {
            Assert.Skip("nft is not installed (Debian package nftables; .ci/setup installs it)");
        }

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
        return (check.ExitCode, error);
    }
}
