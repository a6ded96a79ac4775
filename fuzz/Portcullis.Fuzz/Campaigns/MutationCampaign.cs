using System.Collections.Immutable;
using System.Security.Cryptography;
using Portcullis.Fuzz.Execution;
using Portcullis.Fuzz.Mutation;
using Portcullis.Fuzz.Targets;

namespace Portcullis.Fuzz.Campaigns;

/// <summary>
/// Runs a harness on its seeds, on earlier findings kept as regressions, and on seeded mutants of the seeds, and
/// judges every outcome. The same seed gives the same inputs, so a finding can be replayed.
/// </summary>
internal sealed class MutationCampaign(FuzzTarget target, Workspace workspace)
{
    /// <summary>How long one input may run before it counts as a hang.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The peak resident memory (MiB) past which an input counts as a finding; null to not check (shared processes such as tests).</summary>
    public long? MemoryLimitMegabytes { get; init; }

    /// <summary>
    /// Where each input is written before it runs and deleted after: an input that kills the process (a stack overflow
    /// cannot be caught) is left there to be found. Null to not keep it.
    /// </summary>
    public string? InFlightPath { get; init; }

    /// <summary>Runs the seeds, the regression inputs and <paramref name="mutants"/> mutants from <paramref name="seed"/>.</summary>
    public CampaignReport Run(int mutants, int seed, IEnumerable<byte[]> regressions, Action<string>? progress = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        var seeds = target.Seeds.Select(s => File.ReadAllBytes(workspace[s])).ToArray();
        var exitCodes = new SortedDictionary<int, int>();
        var findings = new Dictionary<string, (Finding, byte[])>();
        var runs = 0;
        var memoryReported = false;
        var random = new Random(seed);

        bool RunOne(byte[] input)
        {
            runs++;
            if (InFlightPath is not null)
            {
                File.WriteAllBytes(InFlightPath, input);
            }

            var finding = Execute(input, exitCodes);
            if (InFlightPath is not null)
            {
                File.Delete(InFlightPath);
            }

            if (finding is null && MemoryLimitMegabytes is { } limit && !memoryReported && PeakMegabytes() > limit)
            {
                memoryReported = true;
                finding = new Finding(FindingKind.Memory, "memory", $"peak resident memory {PeakMegabytes()} MiB after this input (limit {limit} MiB)");
            }

            if (finding is not null && findings.TryAdd($"{finding.Kind} {finding.Signature}", (finding, input)))
            {
                progress?.Invoke($"{target.Name}: {finding.Kind}: {finding.Signature}");
            }

            // A hang leaves a thread running that cannot be stopped: the campaign cannot go on in this process.
            return finding?.Kind != FindingKind.Hang;
        }

        var going = seeds.Concat(regressions).All(RunOne);
        for (var i = 0; going && i < mutants; i++)
        {
            var index = random.Next(seeds.Length);
            going = RunOne(Mutator.Mutate(target.Shape, seeds[index], seeds[(index + 1) % seeds.Length], random));
            if (progress is not null && (i + 1) % 1000 == 0)
            {
                progress($"{target.Name}: {i + 1} mutants, {findings.Count} findings");
            }
        }

        return new CampaignReport(
            target.Name,
            runs,
            exitCodes.ToImmutableSortedDictionary(),
            [.. findings.Values],
            TimeProvider.System.GetElapsedTime(started),
            PeakMegabytes());
    }

    /// <summary>Runs one input and judges it.</summary>
    public Finding? Execute(byte[] input, IDictionary<int, int>? exitCodes = null)
    {
        var path = workspace[target.InputPath];
        File.WriteAllBytes(path, input);
        var outcome = target.Run(workspace, path, TimeLimit);
        if (outcome is null)
        {
            return new Finding(FindingKind.Hang, "hang", $"did not finish within {TimeLimit.TotalSeconds:0} s");
        }

        if (exitCodes is not null)
        {
            exitCodes[outcome.ExitCode] = exitCodes.TryGetValue(outcome.ExitCode, out var count) ? count + 1 : 1;
        }

        return Verdict.Judge(outcome, _inputNames.Value);
    }

    // An error must name a file: the input, a file beside it that the input refers to, or a path the input names.
    private readonly Lazy<string[]> _inputNames = new(() =>
    [
        Path.GetFileName(target.InputPath),
        .. Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>(),
        .. HostileValues.Strings.Where(s => s.StartsWith('/') || s.StartsWith("..", StringComparison.Ordinal)),
    ]);

    /// <summary>A file name for an input that showed a finding: the harness, the kind and the input's hash.</summary>
    public static string FileName(string target, Finding finding, byte[] input) =>
        $"{target}-{finding.Kind.ToString().ToLowerInvariant()}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}";

    /// <summary>The peak resident memory of this process (VmHWM), in MiB; 0 where /proc is not there.</summary>
    public static long PeakMegabytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
