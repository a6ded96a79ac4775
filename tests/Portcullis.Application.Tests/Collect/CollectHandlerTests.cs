using Portcullis.Application.Collect;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Core.Diagnostics;
using Portcullis.Formats.IbmVpc;
using Portcullis.Testing;
using Portcullis.Testing.IbmCloud;

namespace Portcullis.Application.Tests.Collect;

/// <summary>
/// The <c>collect</c> handler against the fake IBM Cloud on 127.0.0.1: exit codes, what it prints, the file it writes
/// (whole, or not at all), the live table on a terminal, and never the key or a token in any of it, on success and on
/// every failure path.
/// </summary>
public sealed class CollectHandlerTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portcullis-collect-");

    // The key file holds the key, of course: it lives apart from the folder whose files are checked for secrets.
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("portcullis-key-");
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    // Twenty times real time: a Retry-After of seconds passes in a fraction of one.
    private const double ClockFactor = 20;

    private FakeIbmCloud _fake = null!;

    private string OutputFile => Path.Combine(_folder.FullName, "vpc.json");

    public async ValueTask InitializeAsync() => _fake = await FakeIbmCloud.StartAsync(FakeAccount.FromFile(RepositoryPaths.IksExample), cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        // Whatever a test did, nothing it printed or left in its folder holds the key or a token.
        var files = _folder.GetFiles().Select(f => File.ReadAllText(f.FullName)).ToArray();
        AssertNoSecret([_out.ToString(), _error.ToString(), .. files]);
        await _fake.DisposeAsync();
    }

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        _folder.Delete(recursive: true);
        _keys.Delete(recursive: true);
    }

    [Fact]
    public async Task RunAsync_Success_WritesTheFileAndSaysWhatItRead()
    {
        var code = await RunAsync(Request());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Empty, _error.ToString());
        Assert.Matches(@"^Wrote .*vpc\.json: 1 region \(us-south\), 1 VPC, 4 subnets, 2 network ACLs, 4 security groups, 1 instance, 0 load balancers, 0 transit gateways, 1 cluster; \d+ API calls in [0-9.]+m?s\.\n$", _out.ToString());
        Assert.True(IbmVpcConfigReader.TryReadFile(OutputFile, new DiagnosticBag(), out var configuration));
        Assert.Equal(4, configuration.Subnets.Length);
        Assert.Equal(["vpc.json"], _folder.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public async Task RunAsync_KeyFromTheEnvironment_IsUsed()
    {
        var code = await RunAsync(Request() with { ApiKeyFile = null }, variables: name => name == "IBMCLOUD_API_KEY" ? _fake.ApiKey : null);

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(OutputFile));
    }

    [Fact]
    public async Task RunAsync_NoKey_Exits2WithoutACall()
    {
        var code = await RunAsync(Request() with { ApiKeyFile = null });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error PC8001: no API key: set IBMCLOUD_API_KEY", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Theory]
    [InlineData("iam", "http://iam.example.com", "portcullis: error: --iam-url 'http://iam.example.com' is plain http to a host that is not this machine")]
    [InlineData("vpc", "http://127.0.0.1:1/v1", "portcullis: error: --vpc-url http://127.0.0.1:1/v1 has no {region}, so it reaches one region: name that region with exactly one --region")]
    [InlineData("region", "US South", "portcullis: error: --region 'US South' is not a region name such as us-south or eu-de")]
    [InlineData("output", "missing/vpc.json", "portcullis: error: --output missing/vpc.json: the directory")]
    [InlineData("output", "key", "portcullis: error: --output key is the --api-key-file; choose another file so the key is not overwritten")]
    [InlineData("version", "yesterday", "portcullis: error: --api-version 'yesterday' is not a date such as 2026-03-24")]
    public async Task RunAsync_BadUsage_Exits2NamingTheOption(string what, string value, string message)
    {
        var request = Request();
        var key = request.ApiKeyFile!;
        request = what switch
        {
            "iam" => request with { IamUrl = value },
            "vpc" => request with { VpcUrl = value },
            "region" => request with { Regions = [value] },
            "output" when value == "key" => request with { Output = key },
            "output" => request with { Output = Path.Combine(_folder.FullName, value) },
            _ => request with { VpcApiVersion = value },
        };
        message = message.Replace("--output missing/", $"--output {Path.Combine(_folder.FullName, "missing")}/", StringComparison.Ordinal)
            .Replace("--output key ", $"--output {key} ", StringComparison.Ordinal);

        var code = await RunAsync(request);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith(message, _error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("Run 'portcullis collect --help' for usage and examples.\n", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task RunAsync_ApiFailure_Exits2NamingTheCall_AndLeavesTheOldFileAsItWas()
    {
        await File.WriteAllTextAsync(OutputFile, "{\"vpcs\": []}", TestContext.Current.CancellationToken);
        _fake.AddFault(new FakeFault(FaultKind.ServerError, "security_groups", times: null));

        var code = await RunAsync(Request() with { Retries = 1 });

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal(
            $"portcullis: error PC8010: GET http://127.0.0.1:{_fake.Port}/us-south/v1/security_groups: 500 Internal Server Error: internal_error Internal error. (2 attempts)\n"
            + "Nothing was written. The API kept failing or throttling; try again later, or with a lower --concurrency.\n",
            _error.ToString());
        Assert.Equal("{\"vpcs\": []}", await File.ReadAllTextAsync(OutputFile, TestContext.Current.CancellationToken));
        Assert.Equal(["vpc.json"], _folder.GetFiles().Select(f => f.Name));
        Assert.Equal(string.Empty, _out.ToString());
    }

    [Fact]
    public async Task RunAsync_RefusedKey_Exits2WithIamsReason()
    {
        await File.WriteAllTextAsync(Path.Combine(_keys.FullName, "key"), "not-the-key-4c1f9a7e2b", TestContext.Current.CancellationToken);

        var code = await RunAsync(Request());

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith($"portcullis: error PC8010: POST http://127.0.0.1:{_fake.Port}/identity/token: IAM refused the API key (400 Bad Request: BXNIM0415E Provided API key could not be found.)", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-key", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(OutputFile));
    }

    [Fact]
    public async Task RunAsync_ForbiddenResource_WritesTheRestWithAWarning()
    {
        _fake.AddFault(new FakeFault(FaultKind.Forbidden, "endpoint_gateways", times: null));

        var code = await RunAsync(Request());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"portcullis: warning PC8020: us-south: endpoint_gateways left out: GET http://127.0.0.1:{_fake.Port}/us-south/v1/endpoint_gateways: the API key may not read this (403 Forbidden: forbidden You are not authorized to list these resources.)\n", _error.ToString());
        Assert.EndsWith("; 1 part left out (see the warnings, and the manifest's \"warnings\").\n", _out.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(OutputFile));
    }

    [Fact]
    public async Task RunAsync_Interrupted_Exits130AndWritesNothing()
    {
        _fake.AddFault(new FakeFault(FaultKind.Slow, "subnets", times: null) { Delay = TimeSpan.FromSeconds(30) });
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        interrupt.CancelAfter(TimeSpan.FromMilliseconds(200));

        var code = await RunAsync(Request(), cancellationToken: interrupt.Token);

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Equal("portcullis: collect interrupted; nothing was written\n", _error.ToString());
        Assert.Empty(_folder.GetFiles());
    }

    [Fact]
    public async Task RunAsync_OnATerminal_ShowsEachPartLiveAndLeavesTheTable()
    {
        _fake.AddFault(new FakeFault(FaultKind.TooManyRequests, "subnets") { RetryAfter = TimeSpan.FromSeconds(2) });
        _fake.AddFault(new FakeFault(FaultKind.Forbidden, "load_balancers", times: null));
        var terminal = new RecordingProgressTerminal();

        var code = await RunAsync(Request(), terminal: terminal);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(["Part", "Status", "Read", "Note"], terminal.TableHeaders);
        var rows = terminal.LastRows!.ToDictionary(r => r[0], r => r.Skip(1).ToArray());
        Assert.Equal("done (1 retry)", rows["us-south"][0]);
        foreach (var count in new[] { "vpcs 1", "address_prefixes 3", "network_acls 2", "rules 39", "security_groups 4", "instances 1" })
        {
            Assert.Contains(count, rows["us-south"][1], StringComparison.Ordinal);
        }

        // The warning outlasts the retry's note: it says what the file will lack.
        Assert.StartsWith($"us-south: load_balancers left out: GET http://127.0.0.1:{_fake.Port}/us-south/v1/load_balancers: ", rows["us-south"][2], StringComparison.Ordinal);
        Assert.Equal(["done", "iks_clusters 1, WorkerNodes 6", string.Empty], rows["clusters"]);
        Assert.Equal("done", rows["transit"][0]);
        Assert.Equal(["clusters", "transit", "us-south"], rows.Keys.Order(StringComparer.Ordinal));
        AssertNoSecret([.. terminal.LastRows!.SelectMany(r => r)]);
    }

    [Fact]
    public async Task RunAsync_KeyFileThatIsNotAKey_Exits2AtTheFileWithoutShowingIt()
    {
        var keyFile = Path.Combine(_keys.FullName, "key");
        await File.WriteAllTextAsync(keyFile, "two words", TestContext.Current.CancellationToken);

        var code = await RunAsync(Request());

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"portcullis: {keyFile}: error PC8004: the API key file (--api-key-file) holds more than one word; it should hold the API key alone\n", _error.ToString());
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task RunAsync_MalformedProxyVariable_Exits2NamingIt()
    {
        var code = await RunAsync(Request(), variables: name => name == "HTTPS_PROXY" ? "socks5://proxy:1080" : null);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("portcullis: error: HTTPS_PROXY: 'socks5://proxy:1080': only http:// proxies are supported", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task RunAsync_ProxyVariableSet_LoopbackEndpointsAreReachedDirectly()
    {
        // A proxy on a port nothing listens on: were it used, every call would fail.
        var code = await RunAsync(Request(), variables: name => name is "HTTPS_PROXY" or "HTTP_PROXY" ? "http://127.0.0.1:1" : null);

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(OutputFile));
    }

    private CollectOptions Request()
    {
        var keyFile = Path.Combine(_keys.FullName, "key");
        if (!File.Exists(keyFile))
        {
            File.WriteAllText(keyFile, _fake.ApiKey + "\n");
        }

        return new CollectOptions
        {
            ApiKeyFile = keyFile,
            Output = OutputFile,
            IamUrl = _fake.IamUrl,
            VpcUrl = _fake.VpcUrl,
            TransitUrl = _fake.TransitUrl,
            ContainersUrl = _fake.ContainersUrl,
            Timeout = TimeSpan.FromSeconds(20),
        };
    }

    private Task<int> RunAsync(CollectOptions options, Func<string, string?>? variables = null, IProgressTerminal? terminal = null, CancellationToken? cancellationToken = null)
    {
        var environment = new CommandEnvironment(_out, _error)
        {
            ErrorTerminal = terminal,
            Clock = new AcceleratedTimeProvider(ClockFactor),
            Variables = variables ?? (_ => null),
        };
        return new CollectHandler().RunAsync(options, environment, cancellationToken ?? TestContext.Current.CancellationToken);
    }

    /// <summary>Fails when the API key or a token the fake issued appears in any of <paramref name="texts"/>.</summary>
    private void AssertNoSecret(string[] texts)
    {
        foreach (var secret in _fake.IssuedTokens.Append(_fake.ApiKey))
        {
            Assert.All(texts, text => Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret ({secret[..12]}...) appears in: {text[..Math.Min(text.Length, 300)]}"));
        }
    }
}
