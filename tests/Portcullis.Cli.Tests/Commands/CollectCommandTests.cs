using System.Diagnostics;
using Portcullis.Testing;
using Portcullis.Testing.IbmCloud;
using Portcullis.Testing.Network;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// <c>portcullis collect</c> run in-process against the fake IBM Cloud APIs on 127.0.0.1: collecting each shared
/// np-guard input and the project's example, then analysing the file, gives the reports the input itself gives;
/// and the command's help, bad usage and an unreachable endpoint. No secret appears in anything it prints.
/// </summary>
public sealed class CollectCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portcullis-collect-");
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("portcullis-key-");

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        _keys.Delete(recursive: true);
    }

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string> { RepositoryPaths.IksExample };
        var folder = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "conformance", "npguard", "input") : null;
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Collect_ThenReport_GivesTheInputsReports(string input)
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(input, "eu-de"), cancellationToken: TestContext.Current.CancellationToken);
        var output = Path.Combine(_folder.FullName, "collected.json");

        var collect = CliRunner.Run([.. Arguments(fake), "--output", output]);

        Assert.Equal(0, collect.ExitCode);
        Assert.Equal(string.Empty, collect.Error);
        Assert.StartsWith($"Wrote {output}: ", collect.Output, StringComparison.Ordinal);
        Assert.Contains("(eu-de, ", collect.Output, StringComparison.Ordinal);
        foreach (var report in new[] { "endpoints", "subnets" })
        {
            var expected = CliRunner.Run("report", report, "--config", input);
            var actual = CliRunner.Run("report", report, "--config", output);
            Assert.Equal(0, expected.ExitCode);
            Assert.Equal((expected.ExitCode, expected.Output), (actual.ExitCode, actual.Output));
        }

        AssertNoSecret(fake, collect.Output, collect.Error, await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Collect_Help_TeachesWithExamples()
    {
        var help = CliRunner.Run("collect", "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var option in new[] { "--region", "--resource-group", "--vpc", "--api-key-file", "--output", "--iam-url", "--vpc-url", "--transit-url", "--containers-url", "--timeout", "--overall-timeout", "--concurrency", "--retries" })
        {
            Assert.Contains(option, help.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Examples:", help.Output, StringComparison.Ordinal);
        Assert.Contains("portcullis collect --output vpc.json && portcullis report endpoints --config vpc.json", help.Output, StringComparison.Ordinal);
        Assert.Contains("IBMCLOUD_API_KEY", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_UnreachableEndpoint_Exits2WithinItsTimeoutNamingTheCall()
    {
        await using var fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), cancellationToken: TestContext.Current.CancellationToken);
        using var hole = new BlackHole();
        var output = Path.Combine(_folder.FullName, "collected.json");
        var watch = Stopwatch.StartNew();

        // The same timeout holds for the token request to the fake IAM, which must answer in time on a busy machine.
        var result = CliRunner.Run([.. Arguments(fake, $"http://127.0.0.1:{hole.Port}/{{region}}/v1"), "--timeout", "2s", "--overall-timeout", "4s", "--output", output]);

        Assert.Equal(2, result.ExitCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"an overall timeout of 4s took {watch.Elapsed}");
        Assert.StartsWith($"portcullis: error PC8010: GET http://127.0.0.1:{hole.Port}/us-south/v1/regions: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("timeout", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        AssertNoSecret(fake, result.Output, result.Error);
    }

    [Fact]
    public void Collect_PlainHttpToTheNetwork_Exits2BeforeAnyCall()
    {
        var result = CliRunner.Run("collect", "--iam-url", "http://iam.cloud.ibm.com", "--output", Path.Combine(_folder.FullName, "x.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("portcullis: error: --iam-url 'http://iam.cloud.ibm.com' is plain http to a host that is not this machine", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_BadDuration_IsAParseError()
    {
        var result = CliRunner.Run("collect", "--timeout", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("portcullis: error: 'soon' is not a duration", result.Error, StringComparison.Ordinal);
    }

    private string[] Arguments(FakeIbmCloud fake, string? vpcUrl = null)
    {
        var key = Path.Combine(_keys.FullName, "key.json");
        File.WriteAllText(key, $$"""{"name": "portcullis", "apikey": "{{fake.ApiKey}}"}""");
        return ["collect", "--api-key-file", key, "--iam-url", fake.IamUrl, "--vpc-url", vpcUrl ?? fake.VpcUrl, "--transit-url", fake.TransitUrl, "--containers-url", fake.ContainersUrl];
    }

    private static void AssertNoSecret(FakeIbmCloud fake, params string[] texts)
    {
        foreach (var secret in fake.IssuedTokens.Append(fake.ApiKey))
        {
            Assert.All(texts, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
        }
    }
}
