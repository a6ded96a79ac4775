using System.Text.Json;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary><c>flows generate</c> and <c>flows replay</c> on the project's example, and their errors.</summary>
public sealed class FlowsCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-flows-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Flows => Path.Combine(_directory, "flows");

    [Fact]
    public async Task Replay_GeneratedLogsAgainstTheirOwnConfiguration_ChangesNothingAndExitsZero()
    {
        await GenerateAsync(4_000);

        var result = await CliRunner.RunAsync("flows", "replay", "-c", RepositoryPaths.IksExample, "--flows", Flows);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Flow-log replay: 8 objects, 4,000 records, 4,000 decided against the configuration\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Accepted traffic the configuration would now reject: none", result.Output, StringComparison.Ordinal);
        Assert.Contains("Rejected traffic the configuration would now accept: none", result.Output, StringComparison.Ordinal);
        Assert.Contains("unused-rule: network ACL iks-prod-workers-acl: name: allow-hc-inbound-1,", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_AgainstAnEditThatDropsHttpsReplies_ListsTheBrokenTrafficAndExitsOne()
    {
        await GenerateAsync(4_000);
        var edited = WithoutAclRule("allow-https-replies-inbound");

        var result = await CliRunner.RunAsync("flows", "replay", "-c", edited, "--flows", Flows);

        Assert.Equal(1, result.ExitCode);

        // Dropping an allow rule can only take traffic away, and this one allowed the replies of outbound HTTPS: every
        // change is such a reply, now caught by the ACL's closing deny.
        Assert.Contains("Rejected traffic the configuration would now accept: none", result.Output, StringComparison.Ordinal);
        var causes = result.Output.Split('\n').Where(l => l.TrimStart().StartsWith("dropped by", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(causes);
        Assert.All(causes, l => Assert.Contains("network ACL iks-prod-workers-acl: name: deny-all-inbound,", l, StringComparison.Ordinal));
        Assert.All(result.Output.Split('\n').Where(l => l.TrimStart().StartsWith("e.g.", StringComparison.Ordinal)),
            l => Assert.All(l.TrimStart()[5..].Split("; "), example => Assert.EndsWith(":443 proto 6", example, StringComparison.Ordinal)));
        var golden = GoldenFile.Check("Golden/flows-replay.iks-without-https-replies.txt", result.Output);
        Assert.True(golden is null, golden);
    }

    [Fact]
    public async Task Replay_Json_IsStructured()
    {
        await GenerateAsync(2_000);
        var edited = WithoutAclRule("allow-https-replies-inbound");

        var result = await CliRunner.RunAsync("flows", "replay", "-c", edited, "--flows", Flows, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal(2_000, summary.GetProperty("records").GetInt64());
        var change = document.RootElement.GetProperty("changes")[0];
        Assert.Equal(("now-rejected", "reply"), (change.GetProperty("kind").GetString(), change.GetProperty("cause").GetString()));
        Assert.StartsWith("name: deny-all-inbound,", change.GetProperty("decided_by")[0].GetProperty("rule").GetString(), StringComparison.Ordinal);
        Assert.Equal(summary.GetProperty("now_rejected").GetInt64(), document.RootElement.GetProperty("changes").EnumerateArray().Sum(c => c.GetProperty("records").GetInt64()));
    }

    [Fact]
    public async Task Replay_Csv_HasOneRowPerRuleAndChange()
    {
        await GenerateAsync(1_000);

        var result = await CliRunner.RunAsync("flows", "replay", "-c", RepositoryPaths.IksExample, "--flows", Flows, "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,kind,endpoint,interface_id,direction,layer,layer_name,rule,records,evaluated", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("rule,unused,,,inbound,network ACL,iks-prod-workers-acl,\"name: allow-hc-inbound-1,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replay_UnreadableObjectInTheTree_ReportsTheRestAndExitsTwo()
    {
        await GenerateAsync(1_000);
        File.WriteAllText(Path.Combine(Flows, "broken.json"), "{ \"network_interface_id\": \"x\" \"flow_logs\": [] }");

        var result = await CliRunner.RunAsync("flows", "replay", "-c", RepositoryPaths.IksExample, "--flows", Flows);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1,000 records", result.Output, StringComparison.Ordinal);
        Assert.Contains("broken.json:1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("error PC6102: malformed JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 3 flow-log files could not be read", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    // no such input
    [InlineData(new[] { "flows", "replay", "-c", "CONFIG", "--flows", "/no/such/dir" }, "--flows /no/such/dir: no such file or directory")]
    // markdown and graphs are not replay formats
    [InlineData(new[] { "flows", "replay", "-c", "CONFIG", "--flows", "DIR", "--format", "md" }, "This command does not write 'md'. Use one of: txt, json, csv.")]
    [InlineData(new[] { "flows", "replay", "-c", "CONFIG", "--flows", "DIR", "--format", "dot" }, "This command does not write 'dot'. Use one of: txt, json, csv.")]
    // a directory without flow logs
    [InlineData(new[] { "flows", "replay", "-c", "CONFIG", "--flows", "DIR" }, "no flow-log objects (*.gz or *.json) found")]
    // a bad start time
    [InlineData(new[] { "flows", "generate", "-c", "CONFIG", "-o", "DIR/new", "--start", "yesterday" }, "--start 'yesterday' is not a time")]
    public async Task Flows_BadInput_ExitsTwoWithTheReason(string[] args, string expected)
    {
        var result = await CliRunner.RunAsync([.. args.Select(a => a.Replace("CONFIG", RepositoryPaths.IksExample, StringComparison.Ordinal).Replace("DIR", _directory, StringComparison.Ordinal))]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_IntoANonEmptyDirectory_RefusesAndWritesNothing()
    {
        File.WriteAllText(Path.Combine(_directory, "keep.txt"), "mine");

        var result = await CliRunner.RunAsync("flows", "generate", "-c", RepositoryPaths.IksExample, "-o", _directory, "--records", "10");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the directory is not empty", result.Error, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Help_ShowsExamples()
    {
        var result = await CliRunner.RunAsync("flows", "replay", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("portcullis flows replay -c examples/iks-multizone/config.json --flows /tmp/flowlogs", result.Output, StringComparison.Ordinal);
    }

    private async Task GenerateAsync(int records)
    {
        var result = await CliRunner.RunAsync("flows", "generate", "-c", RepositoryPaths.IksExample, "-o", Flows, "--records", records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"wrote {records:N0} records in {(records + 499) / 500} objects for 7 vNICs under {Flows}\n", result.Output.Replace(",", ",", StringComparison.Ordinal));
    }

    // The example with one ACL rule taken out, written beside the flows.
    private string WithoutAclRule(string name)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepositoryPaths.IksExample))!;
        foreach (var acl in json["network_acls"]!.AsArray())
        {
            var rules = acl!["rules"]!.AsArray();
            foreach (var rule in rules.Where(r => r!["name"]!.GetValue<string>() == name).ToList())
            {
                rules.Remove(rule);
            }
        }

        var path = Path.Combine(_directory, "edited.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
