using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// Ctrl+C and SIGTERM, as the built <c>portcullis</c> receives them in a process of its own: System.CommandLine cancels
/// the command's token, the handler stops between stages (a report, at its next write), removes the temporary file
/// of its output, says it was interrupted and exits 130.
/// </summary>
public sealed class InterruptProcessTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("portcullis-interrupt-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task FlowsGenerate_Interrupted_StopsBetweenObjectsAndExits130()
    {
        var output = Path.Combine(_directory, "flows");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "portcullis.dll"), "flows", "generate", "-c", RepositoryPaths.IksExample, "-o", output, "--records", "100000000" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        // Wait until it is writing objects (a hundred million records take minutes), then interrupt as Ctrl+C does.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(Directory.Exists(output) && Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Any()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(130, process.ExitCode);
        Assert.Equal("portcullis: generate interrupted\n", (await error).ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, await standardOutput);
    }

    [Fact]
    public async Task EndpointsReport_TerminatedWhileWriting_LeavesNeitherOutputNorTemporaryFile()
    {
        var config = Path.Combine(_directory, "big.json");
        await File.WriteAllTextAsync(config, ManyInstances(250), TestContext.Current.CancellationToken);
        var output = Path.Combine(_directory, "out");
        Directory.CreateDirectory(output);
        var report = Path.Combine(output, "report.txt");
        using var process = Start("report", "endpoints", "--config", config, "--output", report);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // Wait until the report is being written into its temporary file (several hundred thousand lines take seconds).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateFiles(output, ".portcullis-*.tmp").Any() && !process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.False(process.HasExited, "the report finished before it could be terminated: make the configuration larger");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(130, process.ExitCode);
        var message = (await error).ReplaceLineEndings("\n");
        Assert.True(message.EndsWith("portcullis: endpoints interrupted\n", StringComparison.Ordinal), message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "portcullis.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    // The example with its bastion copied into each worker subnet, perSubnet times: a report of many lines.
    private static string ManyInstances(int perSubnet)
    {
        var config = JsonNode.Parse(File.ReadAllText(RepositoryPaths.IksExample))!.AsObject();
        var instances = config["instances"]!.AsArray();
        var bastion = instances[0]!;
        foreach (var subnet in config["subnets"]!.AsArray().Where(s => s!["name"]!.GetValue<string>().Contains("workers", StringComparison.Ordinal)))
        {
            var prefix = subnet!["ipv4_cidr_block"]!.GetValue<string>().Split('/')[0].Split('.');
            for (var i = 0; i < perSubnet; i++)
            {
                var copy = bastion.DeepClone();
                var name = $"{subnet["name"]}-vm{i}";
                copy["id"] = $"{name}-id";
                copy["crn"] = $"{name}-crn";
                copy["name"] = name;
                copy["zone"]!["name"] = subnet["zone"]!["name"]!.GetValue<string>();
                foreach (var nic in new[] { copy["primary_network_interface"]! }.Concat(copy["network_interfaces"]!.AsArray().Select(n => n!)))
                {
                    nic["id"] = $"{name}-nic";
                    nic["primary_ip"]!["address"] = $"{prefix[0]}.{prefix[1]}.{prefix[2]}.{i + 4}";
                    nic["primary_ip"]!["id"] = $"{name}-ip";
                    nic["subnet"]!["id"] = subnet["id"]!.GetValue<string>();
                    nic["subnet"]!["name"] = subnet["name"]!.GetValue<string>();
                }

                instances.Add(copy);
            }
        }

        return config.ToJsonString();
    }
}
