using System.Diagnostics;
using System.Text.RegularExpressions;
using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Application.Tests.Support;
using Portcullis.Cluster.Formats.Allowlist;
using Portcullis.Cluster.Formats.Fix;

namespace Portcullis.Application.Tests.Hostile;

/// <summary>
/// Generated scripts, Terraform and packet filter rules stay inert on hostile ids and names: the script runs against a
/// stub <c>ibmcloud</c> and nothing but the stub runs, with every id passed through exactly.
/// </summary>
public sealed partial class GeneratedOutputInjectionTests : IDisposable
{
    private readonly HostileCluster _cluster = new();

    public void Dispose() => _cluster.Dispose();

    [Fact]
    public async Task FixScript_HostileIdsAndNames_RunsOnlyTheStubWithTheIdsIntact()
    {
        Assert.SkipUnless(File.Exists("/bin/bash"), "bash is not installed");
        var script = Path.Combine(_cluster.Directory, "fix.sh");
        var test = new TestEnvironment();
        Assert.Equal(ExitCodes.Success, await test.RunAsync(new ClusterFixHandler(), new ClusterFixOptions { Description = _cluster.Description, Output = script }));

        var calls = RunWithStub(script, "ibmcloud");

        Assert.Empty(_cluster.Markers);
        Assert.Equal(4, calls.Count);
        Assert.All(calls, call => Assert.Equal(["is", "network-acl-rule-add", HostileCluster.AclId], call.Take(3)));
        Assert.Equal(2, calls.Count(call => call[^1] == HostileCluster.DenyRuleId));
    }

    [Fact]
    public async Task AllowlistScript_HostileClusterName_RunsOnlyTheStub()
    {
        Assert.SkipUnless(File.Exists("/bin/bash"), "bash is not installed");
        var script = Path.Combine(_cluster.Directory, "allow.sh");
        var test = new TestEnvironment();
        Assert.Equal(ExitCodes.Success, await test.RunAsync(new ClusterAllowlistHandler(), new ClusterAllowlistOptions
        {
            Description = _cluster.Description,
            Format = AllowlistFormat.Ibmcloud,
            Protocol = "tcp",
            Ports = "443",
            Output = script,
        }));

        var calls = RunWithStub(script, "ibmcloud", "target-group");

        Assert.Empty(_cluster.Markers);
        Assert.Equal(3, calls.Count);
        Assert.All(calls, call => Assert.Equal(["is", "security-group-rule-add", "target-group", "inbound", "tcp"], call.Take(5)));
    }

    [Fact]
    public async Task FixTerraform_HostileIds_AreStringsThatInterpolateNothing()
    {
        var file = Path.Combine(_cluster.Directory, "fix.tf");
        var test = new TestEnvironment();
        Assert.Equal(ExitCodes.Success, await test.RunAsync(new ClusterFixHandler(), new ClusterFixOptions { Description = _cluster.Description, Format = FixFormat.Terraform, Output = file }));

        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);

        // Exactly the four planned resources, no injected one; every ${ and %{ is escaped as $${ and %%{.
        Assert.Equal(4, text.Split('\n').Count(line => line.StartsWith("resource ", StringComparison.Ordinal)));
        Assert.DoesNotMatch(UnescapedTemplate(), text);
        Assert.Contains("network_acl     = \"acl1$(touch pwned-acl)`touch pwned-tick`'\\\"$${file(\\\"/etc/passwd\\\")}%%{ if true }x%%{ endif }\\nresource", text, StringComparison.Ordinal);
        if (Terraform() is { } terraform)
        {
            // terraform fmt parses the file without providers: a syntax error fails it.
            var run = Run(terraform, ["fmt", "-check=false", "-write=false", file], _cluster.Directory, null);
            Assert.True(run.ExitCode == 0, run.Error);
        }
    }

    [Fact]
    public async Task AllowlistNftables_HostileClusterName_LoadsInNftCheckMode()
    {
        var file = Path.Combine(_cluster.Directory, "allow.nft");
        var test = new TestEnvironment();
        Assert.Equal(ExitCodes.Success, await test.RunAsync(new ClusterAllowlistHandler(), new ClusterAllowlistOptions
        {
            Description = _cluster.Description,
            Format = AllowlistFormat.Nftables,
            Protocol = "tcp",
            Ports = "443",
            Output = file,
        }));
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("\ntouch", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);

        Assert.SkipUnless(File.Exists("/usr/sbin/nft"), "nft is not installed (apt-get install nftables)");
        var run = Run("/usr/sbin/nft", ["-c", "-f", file], _cluster.Directory, null);
        Assert.SkipWhen(run.Error.Contains("Operation not permitted", StringComparison.Ordinal), "nft -c needs CAP_NET_ADMIN here");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [GeneratedRegex(@"(?<![$%])[$%]\{")]
    private static partial Regex UnescapedTemplate();

    private static string? Terraform() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, "terraform")).FirstOrDefault(File.Exists);

    // Runs the script with a stub of the command first on PATH; returns the arguments of each call.
    private List<string[]> RunWithStub(string script, string command, params string[] arguments)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_cluster.Directory, "bin")).FullName;
        var log = Path.Combine(_cluster.Directory, "calls");
        var stub = Path.Combine(bin, command);
        File.WriteAllText(stub, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\" >> \"$STUB_LOG\"; done\nprintf '\\1' >> \"$STUB_LOG\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var run = Run("/bin/bash", [script, .. arguments], _cluster.Directory, new Dictionary<string, string>
        {
            ["PATH"] = bin + ":/usr/bin:/bin",
            ["STUB_LOG"] = log,
        });
        Assert.True(run.ExitCode == 0, $"the script failed ({run.ExitCode}): {run.Error}");
        var text = File.Exists(log) ? File.ReadAllText(log) : string.Empty;
        return [.. text.Split('\u0001', StringSplitOptions.RemoveEmptyEntries).Select(call => call.TrimEnd('\0').Split('\0'))];
    }

    private static (int ExitCode, string Error) Run(string executable, IEnumerable<string> arguments, string directory, Dictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{executable} did not finish within 20 s");
        }

        return (process.ExitCode, error.Result + output.Result);
    }
}
