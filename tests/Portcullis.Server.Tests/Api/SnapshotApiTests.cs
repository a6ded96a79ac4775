using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Portcullis.Server.Tests.Support;

namespace Portcullis.Server.Tests.Api;

/// <summary>Uploading configurations: validated by the command line's readers, kept byte for byte, stored once per change.</summary>
public sealed class SnapshotApiTests
{
    [Fact]
    public async Task Upload_TheExample_Is201WithItsIdAndTheBytesComeBackUnchanged()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var response = await harness.Admin.PostAsync("/api/v1/snapshots?account=prod&name=config.json", new ByteArrayContent(ServerHarness.Example), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var id = (long)body!["id"]!;
        Assert.Equal($"/api/v1/snapshots/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("file-upload", (string?)body["snapshot"]!["source"]);
        Assert.Equal("uploaded with token 'admin'", (string?)body["snapshot"]!["origin"]);
        Assert.Equal(ServerHarness.Example, await harness.Reader.GetByteArrayAsync($"/api/v1/snapshots/{id}/content", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Upload_SameContentAgain_Is200WithTheSameSnapshot()
    {
        await using var harness = await ServerHarness.StartAsync();
        var first = await harness.UploadAsync(ServerHarness.Example, "prod");
        using var again = await harness.Admin.PostAsync("/api/v1/snapshots?account=prod", new ByteArrayContent(ServerHarness.Example), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Equal(first, (long)body!["id"]!);
        Assert.False((bool)body["created"]!);
    }

    [Fact]
    public async Task Upload_BadConfiguration_Is400ProblemListingEveryDiagnosticWithItsPlace()
    {
        await using var harness = await ServerHarness.StartAsync();
        var bad = Encoding.UTF8.GetString(ServerHarness.Example)
            .Replace("\"10.240.0.0/24\"", "\"10.240.0.0/33\"", StringComparison.Ordinal);
        using var response = await harness.Admin.PostAsync("/api/v1/snapshots?name=bad.json", new StringContent(bad), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var diagnostics = problem!["diagnostics"]!.AsArray();
        // Every occurrence of the bad block is reported, each at its JSON path in the uploaded file.
        var occurrences = bad.Split("10.240.0.0/33").Length - 1;
        Assert.True(occurrences > 1);
        var errors = diagnostics.Where(d => (string?)d!["severity"] == "error").ToList();
        Assert.Equal(occurrences, errors.Count);
        Assert.All(errors, d =>
        {
            Assert.Equal("PC1006", (string?)d!["code"]);
            Assert.Equal("bad.json", (string?)d["file"]);
            Assert.StartsWith("$.", (string?)d["path"], StringComparison.Ordinal);
        });
        Assert.Empty(await harness.Store.ListSnapshotsAsync(new Storage.SnapshotQuery(), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("{ not json", "PC1002")]
    [InlineData("", "PC1001")]
    [InlineData("{\"hello\": 1}", "PC1010")]
    public async Task Upload_NotAConfiguration_Is400WithTheReadersCode(string content, string code)
    {
        await using var harness = await ServerHarness.StartAsync();
        using var response = await harness.Admin.PostAsync("/api/v1/snapshots", new StringContent(content), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Equal(code, (string?)problem!["diagnostics"]![0]!["code"]);
    }

    [Fact]
    public async Task Upload_TerraformState_IsRecognisedAndRefusedWith415()
    {
        await using var harness = await ServerHarness.StartAsync();
        using var response = await harness.Admin.PostAsync("/api/v1/snapshots", new StringContent("{\"version\":4,\"terraform_version\":\"1.9.0\",\"resources\":[]}"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task List_IsNewestFirstPerAccount()
    {
        await using var harness = await ServerHarness.StartAsync();
        var a = await harness.UploadAsync(ServerHarness.Example, "prod");
        var b = await harness.UploadAsync(ServerHarness.ExampleWithoutIaasInbound(), "prod");
        var c = await harness.UploadAsync(ServerHarness.Example, "dev");

        var prod = await harness.Reader.GetFromJsonAsync<JsonObject>("/api/v1/snapshots?account=prod", TestContext.Current.CancellationToken);
        Assert.Equal([b, a], prod!["snapshots"]!.AsArray().Select(s => (long)s!["id"]!));
        var all = await harness.Reader.GetFromJsonAsync<JsonObject>("/api/v1/snapshots", TestContext.Current.CancellationToken);
        Assert.Equal([c, b, a], all!["snapshots"]!.AsArray().Select(s => (long)s!["id"]!));
    }
}
