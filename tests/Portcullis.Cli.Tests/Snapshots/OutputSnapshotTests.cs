using Portcullis.Testing;

namespace Portcullis.Cli.Tests.Snapshots;

/// <summary>
/// Every command and format, run on the shipped example and on every shared conformance input, prints exactly what it
/// printed when <c>output-hashes.txt</c> was last blessed: the lock that lets the code be reshaped without changing a
/// byte of what users see. A change of output that is meant is blessed with <c>PORTCULLIS_BLESS=1</c> and reviewed
/// in the diff of that file, in the commit that makes it.
/// </summary>
/// <remarks>
/// The file holds a SHA-256 per run (standard output, standard error and exit code, with the machine's paths replaced
/// by placeholders), not the outputs themselves: the shared inputs are not copied into the repository, and a hash
/// still names the exact run that changed. <c>PORTCULLIS_SNAPSHOT_DUMP=DIR</c> writes every output to DIR, so that
/// the outputs of two versions can be compared with <c>diff -r</c>.
/// </remarks>
public sealed class OutputSnapshotTests
{
    private static readonly Lazy<SnapshotStore> Store = new(() => SnapshotStore.Load(Path.Combine(RepositoryPaths.Root, "tests", "Portcullis.Cli.Tests", "Snapshots", "output-hashes.txt")));

    /// <summary>The inputs: the example, and each shared conformance input by file name (or one row that skips without them).</summary>
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string> { SnapshotRuns.ExampleInput };
        if (SnapshotRuns.SharedInputs() is { } shared)
        {
            foreach (var name in shared)
            {
                data.Add(name);
            }
        }
        else
        {
            data.Add(SnapshotRuns.SharedPlaceholder);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryCommandAndFormat_OnInput_PrintsWhatItPrintedBefore(string input)
    {
        if (input == SnapshotRuns.SharedPlaceholder)
        {
            Assert.Skip(RepositoryPaths.NoSharedReason);
        }

        var runs = SnapshotRuns.For(input);
        Assert.NotEmpty(runs);
        var mismatches = new List<string>();
        foreach (var run in runs)
        {
            var captured = run.Execute();
            if (Store.Value.Check(run.Key, captured) is { } problem)
            {
                mismatches.Add(problem);
            }
        }

        Store.Value.SaveIfBlessing();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {runs.Count} runs changed their output:\n" + string.Join("\n", mismatches.Take(40)));
    }
}
