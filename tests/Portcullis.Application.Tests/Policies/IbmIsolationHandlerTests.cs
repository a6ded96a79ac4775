using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Application.Tests.Support;

namespace Portcullis.Application.Tests.Policies;

/// <summary>The isolation-set generator as a command: good values write the set, every bad value is reported and exits 2.</summary>
public sealed class IbmIsolationHandlerTests
{
    [Fact]
    public async Task Run_GoodValues_WritesTheSet()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new IbmIsolationHandler(), new IbmIsolationOptions { Region = "jp-tok", PodSubnet = "172.17.0.0/18", Workers = ["w1=10.240.0.4"], IncludeVrrp = true });

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("# IBM Cloud Kubernetes Service", test.Output, StringComparison.Ordinal);
        Assert.Contains("name: allow-vrrp-private", test.Output, StringComparison.Ordinal);
        Assert.Contains("name: w1-worker-private", test.Output, StringComparison.Ordinal);
        Assert.Empty(test.Error);
    }

    [Fact]
    public async Task Run_UnknownRegion_ExitsTwoListingTheRegions()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new IbmIsolationHandler(), new IbmIsolationOptions { Region = "mars-1" });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error PC9012: IBM publishes no isolation set for region 'mars-1'; the regions are ", test.Error, StringComparison.Ordinal);
        Assert.Contains("us-south", test.Error, StringComparison.Ordinal);
        Assert.Empty(test.Output);
    }

    [Fact]
    public async Task Run_BadValues_EveryOneReported()
    {
        var test = new TestEnvironment();

        var code = await test.RunAsync(new IbmIsolationHandler(), new IbmIsolationOptions
        {
            Region = "us-south",
            PodSubnet = "172.17.0.1/18",
            ServiceSubnet = "172.21.0.0/32",
            Workers = ["w1:10.0.0.1"],
            ControlPlane = ["166.9.1.1/40"],
        });

        Assert.Equal(ExitCodes.BadInput, code);
        var lines = test.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.StartsWith("portcullis: error PC9012: ", line, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("172.17.0.1/18", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("172.21.0.0/32", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("w1:10.0.0.1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("166.9.1.1/40", StringComparison.Ordinal));
    }
}
