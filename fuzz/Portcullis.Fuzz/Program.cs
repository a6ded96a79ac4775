using System.CommandLine;
using System.Globalization;
using Portcullis.Fuzz.Afl;
using Portcullis.Fuzz.Campaigns;
using Portcullis.Fuzz.Execution;
using Portcullis.Fuzz.Targets;

namespace Portcullis.Fuzz;

/// <summary>
/// portcullis-fuzz: the harnesses of every reader. <c>mutate</c> runs a seeded mutation campaign in-process;
/// <c>afl</c> serves afl-fuzz (see fuzz/run); <c>replay</c> runs saved inputs; <c>seeds</c> writes a harness's seed
/// corpus; <c>instrument</c> adds coverage to a published copy.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        // Before anything loads a Portcullis assembly: instrumenting rewrites those files in place.
        if (args is ["instrument", var folder])
        {
            foreach (var name in Instrumenter.Instrument(folder))
            {
                Console.WriteLine($"instrumented {name}");
            }

            return 0;
        }

        var root = new RootCommand("Fuzzing harnesses for every Portcullis reader.");
        var repository = new Option<string?>("--repository") { Description = "The Portcullis checkout whose examples seed the harnesses (default: found upward from here).", Recursive = true };
        root.Options.Add(repository);
        var kept = new Option<string?>("--workspace") { Description = "A workspace folder made by 'prepare' (for afl, whose instrumented runs must not write seeds); default: a temporary one.", Recursive = true };
        root.Options.Add(kept);
        var target = new Argument<string>("harness") { Description = "A harness name (see 'list'), or 'all' for mutate." };

        var list = new Command("list", "List the harnesses and what each reads.");
        list.SetAction(_ =>
        {
            foreach (var t in FuzzTargets.All)
            {
                Console.WriteLine($"{t.Name,-20} {t.Reads}");
            }

            return 0;
        });

        var mutate = new Command("mutate", "Run seeds, saved findings and N seeded mutants (structural and byte-level) per harness, in-process; exit 1 on any finding.");
        var runs = new Option<int>("--runs") { Description = "Mutants per harness.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The random seed.", DefaultValueFactory = _ => 1 };
        var findings = new Option<string>("--findings") { Description = "Where inputs that broke a promise are saved.", DefaultValueFactory = _ => "fuzz/findings" };
        var memory = new Option<long>("--memory-limit") { Description = "Peak resident memory in MiB past which an input is a finding.", DefaultValueFactory = _ => 1024 };
        mutate.Arguments.Add(target);
        mutate.Options.Add(runs);
        mutate.Options.Add(seed);
        mutate.Options.Add(findings);
        mutate.Options.Add(memory);
        mutate.SetAction(result => Mutate(Repository(result.GetValue(repository)), result.GetValue(kept), result.GetValue(target)!, result.GetValue(runs), result.GetValue(seed), result.GetValue(findings)!, result.GetValue(memory)));

        var afl = new Command("afl", "Serve afl-fuzz for one harness (run through fuzz/run, on instrumented assemblies).");
        afl.Arguments.Add(target);
        afl.SetAction(result =>
        {
            using var workspace = Prepare(Repository(result.GetValue(repository)), result.GetValue(kept));
            AflHarness.Run(Harness(result.GetValue(target)!), workspace);
            return 0;
        });

        var replay = new Command("replay", "Run saved inputs through a harness and print each one's outcome.");
        var files = new Argument<string[]>("files") { Description = "Input files.", Arity = ArgumentArity.OneOrMore };
        replay.Arguments.Add(target);
        replay.Arguments.Add(files);
        replay.SetAction(result => Replay(Repository(result.GetValue(repository)), result.GetValue(kept), result.GetValue(target)!, result.GetValue(files)!));

        var seeds = new Command("seeds", "Write a harness's seed corpus into a folder (afl-fuzz's -i).");
        var output = new Argument<string>("folder") { Description = "The folder to write." };
        seeds.Arguments.Add(target);
        seeds.Arguments.Add(output);
        seeds.SetAction(result =>
        {
            using var workspace = Prepare(Repository(result.GetValue(repository)), result.GetValue(kept));
            var harness = Harness(result.GetValue(target)!);
            Directory.CreateDirectory(result.GetValue(output)!);
            foreach (var file in harness.Seeds)
            {
                File.Copy(workspace[file], Path.Combine(result.GetValue(output)!, file.Replace('/', '_')), overwrite: true);
            }

            return 0;
        });

        var prepare = new Command("prepare", "Make a workspace folder: the examples and the generated seeds (before instrumenting: making seeds runs Portcullis).");
        var into = new Argument<string>("folder") { Description = "The folder to make." };
        prepare.Arguments.Add(into);
        prepare.SetAction(result =>
        {
            using var workspace = Workspace.Create(Repository(result.GetValue(repository)), result.GetValue(into));
            GeneratedSeeds.Write(workspace);
            return 0;
        });

        root.Subcommands.Add(prepare);
        root.Subcommands.Add(list);
        root.Subcommands.Add(mutate);
        root.Subcommands.Add(afl);
        root.Subcommands.Add(replay);
        root.Subcommands.Add(seeds);
        return root.Parse(args).Invoke();
    }

    private static int Mutate(string repository, string? kept, string name, int runs, int seed, string findingsFolder, long memoryLimit)
    {
        using var workspace = Prepare(repository, kept);
        var targets = name == "all" ? FuzzTargets.All : [Harness(name)];
        var found = 0;
        Console.WriteLine($"{"harness",-20} {"runs",7} {"exit 0",7} {"exit 1",7} {"exit 2",7} {"other",6} {"findings",8} {"time",8} {"peak MiB",8}");
        foreach (var harness in targets)
        {
            var folder = Directory.CreateDirectory(Path.Combine(findingsFolder, harness.Name)).FullName;
            var inFlight = Path.Combine(folder, "in-flight" + Path.GetExtension(harness.InputPath));
            if (File.Exists(inFlight))
            {
                // The last campaign's process died on this input (a stack overflow, the kernel's OOM killer).
                var died = new Finding(FindingKind.Crash, "the process died", "the previous campaign's process died while running this input");
                var bytes = File.ReadAllBytes(inFlight);
                var saved = Path.Combine(folder, MutationCampaign.FileName(harness.Name, died, bytes));
                File.Move(inFlight, saved + Path.GetExtension(harness.InputPath), overwrite: true);
                File.WriteAllText(saved + ".txt", $"{died.Kind}: {died.Signature}\n\n{died.Detail}\n");
                Console.WriteLine($"  {died.Kind}: {died.Signature} -> {saved}");
                found++;
            }

            var campaign = new MutationCampaign(harness, workspace) { MemoryLimitMegabytes = memoryLimit, InFlightPath = inFlight };
            var report = campaign.Run(runs, seed, Regressions(repository, harness.Name), message => Console.Error.WriteLine(message));
            var codes = report.ExitCodes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.Target,-20} {report.Runs,7} {codes.GetValueOrDefault(0),7} {codes.GetValueOrDefault(1),7} {codes.GetValueOrDefault(2),7} {codes.Where(c => c.Key is not (0 or 1 or 2)).Sum(c => c.Value),6} {report.Findings.Length,8} {report.Elapsed.TotalSeconds,7:0}s {report.PeakMegabytes,8}"));
            foreach (var (finding, input) in report.Findings)
            {
                found++;
                var file = Path.Combine(folder, MutationCampaign.FileName(harness.Name, finding, input));
                File.WriteAllBytes(file + Path.GetExtension(harness.InputPath), input);
                File.WriteAllText(file + ".txt", $"{finding.Kind}: {finding.Signature}\n\n{finding.Detail}\n");
                Console.WriteLine($"  {finding.Kind}: {finding.Signature} -> {file}");
            }
        }

        return found == 0 ? 0 : 1;
    }

    private static int Replay(string repository, string? kept, string name, string[] files)
    {
        using var workspace = Prepare(repository, kept);
        var campaign = new MutationCampaign(Harness(name), workspace);
        var broken = 0;
        foreach (var file in files)
        {
            var finding = campaign.Execute(File.ReadAllBytes(file));
            Console.WriteLine(finding is null ? $"{file}: kept every promise" : $"{file}: {finding.Kind}: {finding.Signature}\n{finding.Detail}");
            broken += finding is null ? 0 : 1;
        }

        return broken == 0 ? 0 : 1;
    }

    /// <summary>Inputs that once broke a promise, kept under fuzz/regressions/HARNESS: every campaign runs them first.</summary>
    private static IEnumerable<byte[]> Regressions(string repository, string harness)
    {
        var folder = Path.Combine(repository, "fuzz", "regressions", harness);
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes) : [];
    }

    private static Workspace Prepare(string repository, string? kept = null)
    {
        if (kept is not null)
        {
            return Workspace.Open(repository, kept);
        }

        var workspace = Workspace.Create(repository);
        GeneratedSeeds.Write(workspace);
        return workspace;
    }

    private static FuzzTarget Harness(string name) =>
        FuzzTargets.Find(name) ?? throw new ArgumentException($"no harness '{name}': run 'list' for the names");

    private static string Repository(string? given) =>
        given ?? Workspace.FindRepository(Environment.CurrentDirectory) ?? Workspace.FindRepository(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("no Portcullis checkout found upward from here: pass --repository");
}
