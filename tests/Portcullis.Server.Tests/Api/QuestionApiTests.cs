using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Portcullis.Server.Configuration;
using Portcullis.Server.Tests.Support;
using Portcullis.Testing;

namespace Portcullis.Server.Tests.Api;

/// <summary>Questions asked of snapshots answer what the command line answers for the same file, byte for byte.</summary>
public sealed class QuestionApiTests
{
    private static ServerConfiguration WithCluster => ServerConfiguration.Empty with
    {
        Accounts = [new AccountSettings("default", new SourceSettings("file", RepositoryPaths.IksExample, null, null, System.Collections.Immutable.ImmutableDictionary<string, string>.Empty), null)],
        Clusters = [new ClusterSettings("iks-prod", "default", ServerHarness.ClusterDescription, null)],
    };

    [Theory]
    [InlineData("json")]
    [InlineData("txt")]
    public async Task ReportEndpoints_IsByteIdenticalToTheCommandLinesReportOfTheSameFile(string format)
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);

        using var response = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/report/endpoints?format={format}", TestContext.Current.CancellationToken);
        var served = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var cli = await PortcullisProcess.RunAsync("report", "endpoints", "--config", RepositoryPaths.IksExample, "--format", format);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, cli.Code);
        Assert.True(served.Length > 1000);
        Assert.Equal(cli.Output, served);
        Assert.Equal(format == "json" ? "application/json" : "text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("0", response.Headers.GetValues("Portcullis-Exit-Code").Single());
    }

    [Fact]
    public async Task Answers_AreStoredAndServedFromTheStoreTheSecondTime()
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);

        using var first = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/report/subnets", TestContext.Current.CancellationToken);
        using var second = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/report/subnets?format=txt&grouping=false", TestContext.Current.CancellationToken);

        Assert.Equal("false", first.Headers.GetValues("Portcullis-Cached").Single());
        Assert.Equal("true", second.Headers.GetValues("Portcullis-Cached").Single());
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Explain_AnswersWithThePathAndTheDecidingRules()
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);
        var text = await harness.Reader.GetStringAsync($"/api/v1/snapshots/{id}/explain?src=145.40.7.9&dst=bastion&protocol=tcp&dstPorts=443&detail=true", TestContext.Current.CancellationToken);
        var cli = await PortcullisProcess.RunAsync("explain", "-c", RepositoryPaths.IksExample, "--src", "145.40.7.9", "--dst", "bastion", "--protocol", "tcp", "--dst-ports", "443", "--detail");

        Assert.Contains("No connectivity from Public Internet 145.40.7.9/32 to bastion[10.240.1.4]", text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetString(cli.Output), text);
    }

    [Fact]
    public async Task Explain_UnknownEndpoint_Is400WithTheCommandsError()
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);
        using var response = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/explain?src=nowhere-at-all&dst=bastion", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Contains("nowhere-at-all", (string?)problem!["errors"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report/endpoints?format=pdf", "'format' is 'pdf'")]
    [InlineData("report/endpoints?colour=red", "'colour' is not a parameter")]
    [InlineData("explain?dst=bastion", "'src' is required")]
    [InlineData("lint?printAll=maybe", "'printAll' is 'maybe'")]
    public async Task Questions_InvalidParameters_Are400ListingTheProblem(string question, string expected)
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);
        using var response = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/{question}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_BetweenAnyTwoSnapshots_IsTheCommandLinesDiff()
    {
        await using var harness = await ServerHarness.StartAsync();
        var before = await harness.UploadAsync(ServerHarness.Example, "prod", "before.json");
        var after = await harness.UploadAsync(ServerHarness.ExampleWithoutIaasInbound(), "prod", "after.json");
        var diff = await harness.Reader.GetStringAsync($"/api/v1/diff?before={before}&after={after}&format=json", TestContext.Current.CancellationToken);

        var afterFile = Path.Combine(harness.Directory, "after.json");
        await File.WriteAllBytesAsync(afterFile, ServerHarness.ExampleWithoutIaasInbound(), TestContext.Current.CancellationToken);
        var cli = await PortcullisProcess.RunAsync("diff", "--before", RepositoryPaths.IksExample, "--after", afterFile, "--format", "json");
        Assert.Equal(Encoding.UTF8.GetString(cli.Output), diff);
        Assert.Contains("161.26.0.0/16", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterCheckFixAllowlist_AnswerForTheSnapshotInsteadOfTheDescriptionsFiles()
    {
        await using var harness = await ServerHarness.StartAsync(WithCluster);
        var id = await harness.UploadAsync(ServerHarness.ExampleWithoutIaasInbound());

        using var check = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/clusters/iks-prod/check?format=json", TestContext.Current.CancellationToken);
        var json = await check.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var statuses = json!["requirements"]!.AsArray().ToDictionary(r => (string)r!["id"]!, r => (string)r!["status"]!);
        // Without the rule that admits 161.26.0.0/16, the IaaS requirement is no longer open (other rules still let part of it in).
        Assert.Contains(statuses["acl-iaas-inbound"], new[] { "blocked", "partly open" });
        var original = JsonNode.Parse((await PortcullisProcess.RunAsync("cluster", "check", "-C", ServerHarness.ClusterDescription, "--format", "json")).Output)!;
        Assert.Equal("open", (string?)original["requirements"]!.AsArray().First(r => (string?)r!["id"] == "acl-iaas-inbound")!["status"]);
        Assert.Equal("1", check.Headers.GetValues("Portcullis-Exit-Code").Single());

        var fix = await harness.Reader.GetStringAsync($"/api/v1/snapshots/{id}/clusters/iks-prod/fix", TestContext.Current.CancellationToken);
        Assert.Contains("161.26.0.0/16", fix, StringComparison.Ordinal);
        var allowlist = await harness.Reader.GetStringAsync($"/api/v1/snapshots/{id}/clusters/iks-prod/allowlist?direction=to-cluster&format=csv", TestContext.Current.CancellationToken);
        Assert.StartsWith("cidr,zone,reason\n10.240.0.0/24,us-south-1", allowlist, StringComparison.Ordinal);

        using var unknown = await harness.Reader.GetAsync($"/api/v1/snapshots/{id}/clusters/nope/check", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Post_StartsAJob_WhoseResultIsTheSameAnswer()
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);

        using var accepted = await harness.Reader.PostAsync($"/api/v1/snapshots/{id}/lint?format=json", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = accepted.Headers.Location!.OriginalString;
        Assert.StartsWith("/api/v1/jobs/", job, StringComparison.Ordinal);

        JsonObject state;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            state = (await harness.Reader.GetFromJsonAsync<JsonObject>(job, TestContext.Current.CancellationToken))!;
        }
        while ((string?)state["state"] is "queued" or "running" && DateTime.UtcNow < deadline);

        Assert.Equal("succeeded", (string?)state["state"]);
        Assert.Equal(1.0, (double)state["progress"]!);
        var result = await harness.Reader.GetByteArrayAsync((string)state["result"]!, TestContext.Current.CancellationToken);
        Assert.Equal(await harness.Reader.GetByteArrayAsync($"/api/v1/snapshots/{id}/lint?format=json", TestContext.Current.CancellationToken), result);
    }

    [Fact]
    public async Task OpenApiAndMetrics_AreServed()
    {
        await using var harness = await ServerHarness.StartAsync();
        var id = await harness.UploadAsync(ServerHarness.Example);
        await harness.Reader.GetStringAsync($"/api/v1/snapshots/{id}/report/endpoints", TestContext.Current.CancellationToken);

        var openApi = await harness.Reader.GetFromJsonAsync<JsonObject>("/api/v1/openapi.json", TestContext.Current.CancellationToken);
        var paths = openApi!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/snapshots", paths);
        Assert.Contains("/api/v1/snapshots/{id}/report/endpoints", paths);
        Assert.Contains("/api/v1/health", paths);

        var metrics = await harness.Reader.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        Assert.Contains("portcullis_answers_total{question=\"report/endpoints\",cached=\"false\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("http_requests_received_total", metrics, StringComparison.Ordinal);
    }
}
