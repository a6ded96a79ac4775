using System.Text.Json;
using Portcullis.Core.Lint;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary><c>portcullis lint</c> as a user runs it: what it finds on the project's IKS example, formats, exit codes.</summary>
public sealed class LintCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-lint-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<List<(string Linter, string Severity, string Subject, JsonElement Finding)>> FindingsAsync(params string[] extra)
    {
        var result = await CliRunner.RunAsync(["lint", "-c", RepositoryPaths.IksExample, "--format", "json", .. extra]);
        Assert.Equal(string.Empty, result.Error);
        var json = JsonDocument.Parse(result.Output).RootElement.Clone();
        return [.. json.GetProperty("findings").EnumerateArray().Select(f => (
            f.GetProperty("linter").GetString()!,
            f.GetProperty("severity").GetString()!,
            f.GetProperty("subjects")[0].GetProperty("name").GetString()!,
            f))];
    }

    [Fact]
    public async Task Lint_IksExample_FindsWhatAReviewerExpects_AndNothingElse()
    {
        var findings = await FindingsAsync();

        // The bastion ACL's admin rule repeats the corporate rule above it: redundant, not harmful.
        var shadowed = Assert.Single(findings, f => f.Linter == "nacl-rule-shadowed");
        Assert.Equal(("note", "allow-ssh-admin-inbound"), (shadowed.Severity, shadowed.Subject));
        Assert.Equal("allow-corporate-ssh-inbound", shadowed.Finding.GetProperty("related")[0].GetProperty("name").GetString());

        // The bastion's group opens SSH to 0.0.0.0/0; only the bastion ACL keeps it to 145.40.0.0/16.
        var ssh = Assert.Single(findings, f => f.Linter == "admin-port-open-to-internet");
        Assert.Equal(("warning", "r006-s-b1"), (ssh.Severity, ssh.Subject));
        Assert.Contains("member bastion[10.240.1.4]: network ACL \"iks-prod-bastion-acl\" lets them in only from 145.40.0.0/16 (tcp 22)",
            ssh.Finding.GetProperty("details").EnumerateArray().Select(d => d.GetString()));

        // IBM's documented worker ACL lets workers open connections anywhere from source ports 443 and 30000-32767
        // (and to the health-check ranges from port 80); the bastion pair lets workers reach the bastion from port 22.
        var replies = findings.Where(f => f.Linter == "nacl-reply-rule-opens-connections").ToList();
        Assert.All(replies, f => Assert.Equal("warning", f.Severity));
        Assert.Equal(
            ["allow-bastion-ssh-outbound", "allow-hc-outbound-1", "allow-hc-outbound-2", "allow-hc-outbound-3", "allow-hc-outbound-4", "allow-hc-outbound-5",
             "allow-hc-outbound-6", "allow-ingress-outbound", "allow-lb-outbound", "allow-workers-ssh-replies-inbound"],
            replies.Select(f => f.Subject).Order(StringComparer.Ordinal));
        var ingress = replies.Single(f => f.Subject == "allow-ingress-outbound").Finding.GetProperty("details").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Contains(
            "flow: iks-prod-vpc/kube-cq2lq0ud0t3mfm6aff7g-iksprod-default-0000001[10.240.0.4] and 5 more => Public Internet (all ranges): protocol: TCP src-ports: 30000-32767 dst-ports: 1-442,444-65535",
            ingress);

        // Nothing else: every ACL and group is used, replies get back, no quota is near, nothing is open to everyone.
        Assert.Equal(12, findings.Count);
        Assert.DoesNotContain(findings, f => f.Severity == "error");
    }

    [Theory]
    [InlineData(new string[0], 0)] // default --fail-on error: the example has no error
    [InlineData(new[] { "--fail-on", "warning" }, 1)] // but it has warnings
    [InlineData(new[] { "--fail-on", "note" }, 1)]
    [InlineData(new[] { "--fail-on", "warning", "--disable", "admin-port-open-to-internet,nacl-reply-rule-opens-connections" }, 0)] // only the note is left
    [InlineData(new[] { "--fail-on", "never" }, 0)]
    public async Task Lint_FailOn_ExitsOneWhenAFindingReachesIt(string[] options, int exitCode)
    {
        var result = await CliRunner.RunAsync(["lint", "-c", RepositoryPaths.IksExample, .. options]);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public async Task Lint_Text_ShowsSectionsAndSummary()
    {
        var result = await CliRunner.RunAsync("lint", "-c", RepositoryPaths.IksExample);

        // Sections by their most severe finding, then in the order of --help.
        Assert.StartsWith("admin-port-open-to-internet: Administrative ports open to the internet\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\nnacl-reply-rule-opens-connections: Network ACL reply rules that let new connections through\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  ... 7 more (--print-all shows them)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains($"      at {RepositoryPaths.IksExample}:655:5: $.network_acls[1].rules[2]\n", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 errors, 11 warnings, 1 note from 15 linters; 7 not shown\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_EnableAndDisable_ChangeWhatRuns()
    {
        var findings = await FindingsAsync("--enable", "sg-split-subnet", "--disable", "nacl-reply-rule-opens-connections");

        Assert.Contains(findings, f => f.Linter == "sg-split-subnet");
        Assert.DoesNotContain(findings, f => f.Linter == "nacl-reply-rule-opens-connections");
    }

    [Fact]
    public async Task Lint_UnknownLinter_ExitsTwoNamingIt()
    {
        var result = await CliRunner.RunAsync("lint", "-c", RepositoryPaths.IksExample, "--disable", "shadowed-rules");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("portcullis: error: unknown linter 'shadowed-rules'; the linters are nacl-split-subnet,", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Lint_SarifToFile_WritesSarifAndStillGates()
    {
        var file = Path.Combine(_directory, "lint.sarif");
        var result = await CliRunner.RunAsync("lint", "-c", RepositoryPaths.IksExample, "--format", "sarif", "--output", file, "--fail-on", "warning");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var sarif = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Equal(12, sarif.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Lint_Help_ListsEveryLinterWithItsDefault()
    {
        var result = await CliRunner.RunAsync("lint", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var linter in LinterRegistry.All)
        {
            Assert.Matches($@"\n    {linter.Name} +{(linter.EnabledByDefault ? "on " : "off")}  ", result.Output);
        }
    }

    [Fact]
    public async Task Lint_MissingConfig_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("lint", "-c", Path.Combine(_directory, "nothing.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read the configuration: no such file", result.Error, StringComparison.Ordinal);
    }
}
