using System.Diagnostics;
using Portcullis.Fuzz.Execution;
using Portcullis.Fuzz.Targets;
using Portcullis.Testing;

namespace Portcullis.Fuzz.Tests.Campaigns;

/// <summary>
/// The fuzzing smoke CI runs: every harness on its seeds, on the inputs kept under fuzz/regressions (each once broke
/// a promise), and on a few hundred seeded mutants, each in a process of its own (a stack overflow cannot be caught,
/// and must fail the harness, not the test run). The hour-long runs are fuzz/run's (AFL++) and 'mutate --runs 10000'.
/// </summary>
public sealed class FuzzSmokeTests(FuzzSmokeTests.PreparedWorkspace prepared) : IClassFixture<FuzzSmokeTests.PreparedWorkspace>
{
    private const int Mutants = 120;

    public static TheoryData<string> Harnesses => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Harnesses))]
    public async Task Harness_SeedsRegressionsAndMutants_KeepEveryPromise(string harness)
    {
        var findings = Directory.CreateTempSubdirectory("portcullis-fuzz-findings-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList =
                {
                    Path.Combine(AppContext.BaseDirectory, "Portcullis.Fuzz.dll"), "mutate", harness, "--runs", $"{Mutants}", "--seed", "20261203",
                    "--workspace", prepared.Root, "--repository", RepositoryPaths.Root, "--findings", findings, "--memory-limit", "1024",
                },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            // A process that died (a stack overflow) leaves the input it died on as in-flight.
            var saved = Directory.GetFiles(findings, "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText)
                .Concat(Directory.GetFiles(findings, "in-flight*", SearchOption.AllDirectories).Select(f => $"the process died on {f} ({new FileInfo(f).Length} bytes)"));
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{await output}\n{string.Join("\n---\n", saved)}\n{Tail(await error)}");
            Assert.Contains($"{harness} ", await output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(findings, recursive: true);
        }
    }

    private static string Tail(string text) => text.Length <= 3000 ? text : text[^3000..];

    /// <summary>One workspace (the examples and generated seeds) for every harness: each writes its own input file in it.</summary>
    public sealed class PreparedWorkspace : IDisposable
    {
        public PreparedWorkspace()
        {
            var workspace = Workspace.Create(RepositoryPaths.Root, Path.Combine(Path.GetTempPath(), $"portcullis-fuzz-smoke-{Environment.ProcessId}"));
            GeneratedSeeds.Write(workspace);
            Root = workspace.Root;
        }

        public string Root { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
