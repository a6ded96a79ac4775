using System.Diagnostics;
using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Commands;

/// <summary>
/// Ctrl+C, as the built <c>portcullis</c> receives it in a process of its own: System.CommandLine cancels the
/// command's token, the handler stops between stages, and the command says it was interrupted and exits 130.
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
}
