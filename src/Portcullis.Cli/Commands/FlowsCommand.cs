using System.CommandLine;
using System.Globalization;
using Portcullis.Cli.Infrastructure;
using Portcullis.Flows.Formats.FlowLogs;
using Portcullis.Flows.Replay;
using Portcullis.Formats.Reports;
using Spectre.Console;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis flows replay|generate</c>: decide recorded VPC flow logs against a configuration, and make realistic ones to try it.</summary>
internal static class FlowsCommand
{
    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var flows = new Command("flows", "Work with IBM Cloud VPC flow logs: replay them against a configuration, or generate realistic ones.");
        flows.Subcommands.Add(Replay(context, examples));
        flows.Subcommands.Add(Generate(context, examples));
        return flows;
    }

    private static Command Replay(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "replay",
            "Decide every record of VPC flow logs (gzip JSON objects from Cloud Object Storage: a key tree, a directory or files) against a configuration: "
            + "accepted traffic it would now reject and with which rule, rejected traffic it would now accept, how often each rule is used, and rules no "
            + "record used. Exit code 1 when decisions change.");
        var options = new CommonOptions(ReportFormat.Txt, ReportFormat.Json, ReportFormat.Csv);
        options.AddTo(command);
        var flowsOption = new Option<string[]>("--flows")
        {
            Description = "A flow-log object, or a directory searched for *.gz and *.json objects (the COS key layout or any other); repeat for several.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var workers = new Option<int>("--workers") { Description = "Worker threads (default: one per core).", HelpName = "N" };
        var exampleCount = new Option<int>("--examples") { Description = "Example connections to show per changed decision (default 5).", DefaultValueFactory = _ => 5, HelpName = "N" };
        command.Options.Add(flowsOption);
        command.Options.Add(workers);
        command.Options.Add(exampleCount);
        examples.Add(command,
            "portcullis flows generate -c examples/iks-multizone/config.json --output /tmp/flowlogs --records 200000",
            "portcullis flows replay -c examples/iks-multizone/config.json --flows /tmp/flowlogs",
            "portcullis flows replay -c proposed.json --flows cos-download/ibm_vpc_flowlogs_v1 --format json -o replay.json");
        command.SetAction(result =>
        {
            var format = result.GetValue(options.Format);
            var paths = result.GetValue(flowsOption)!;
            foreach (var path in paths)
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    return context.UsageError($"--flows {path}: no such file or directory");
                }
            }

            if (result.GetValue(workers) < 0 || result.GetValue(exampleCount) < 0)
            {
                return context.UsageError("--workers and --examples must be 0 or more");
            }

            var configs = result.GetValue(options.Config)!;
            var topology = ConfigurationLoader.Load(context, configs, options.Filter(result));
            if (topology is null)
            {
                return ExitCodes.BadInput;
            }

            var engine = FlowReplayEngine.Build(topology);
            var run = RunPipeline(context, paths, () => new FlowReplayConsumer(engine, engine.CreateTally(result.GetValue(exampleCount))), result.GetValue(workers));
            var tally = engine.CreateTally(result.GetValue(exampleCount));
            foreach (var consumer in run.Consumers.Cast<FlowReplayConsumer>())
            {
                tally.Merge(consumer.Tally);
            }

            context.Report(run.Diagnostics);
            if (run.MoreDiagnostics > 0)
            {
                context.Error.WriteLine($"portcullis: {run.MoreDiagnostics} more problems not shown");
            }

            if (run.Files == 0)
            {
                return context.UsageError($"--flows {string.Join(' ', paths)}: no flow-log objects (*.gz or *.json) found");
            }

            var report = engine.Report(tally);
            var written = OutputTarget.Write(context, result.GetValue(options.Output), configs, writer => FlowReplayReportWriter.Write(report, format, writer));
            if (written != ExitCodes.Success)
            {
                return written;
            }

            if (run.UnreadableFiles > 0)
            {
                context.Error.WriteLine($"portcullis: error: {run.UnreadableFiles} of {run.Files} flow-log files could not be read; the report leaves their records out");
                return ExitCodes.BadInput;
            }

            return report.Changes.IsEmpty ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    private static Command Generate(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "generate",
            "Write realistic synthetic flow logs for a configuration's vNICs in the Cloud Object Storage key layout (seeded: the same options give the same files). "
            + "Each record's action is the configuration's own decision, so replaying them against that configuration changes nothing.");
        var config = new CommonOptions().Config;
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The directory to create (it must not exist, or be empty).", Required = true, HelpName = "DIR" };
        var records = new Option<long>("--records") { Description = "Records to write in all (default 100000).", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var perObject = new Option<int>("--records-per-object") { Description = "Records per object (default 500).", DefaultValueFactory = _ => 500, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "The random seed (default 1).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var start = new Option<string>("--start") { Description = "The first capture window's start, RFC 3339 (default 2025-01-06T00:00:00Z).", DefaultValueFactory = _ => "2025-01-06T00:00:00Z", HelpName = "TIME" };
        foreach (var option in new Option[] { config, output, records, perObject, seed, start })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis flows generate -c examples/iks-multizone/config.json --output /tmp/flowlogs",
            "portcullis flows generate -c vpc.json -o big-flows --records 5000000 --seed 7");
        command.SetAction(result =>
        {
            var directory = result.GetValue(output)!;
            if (result.GetValue(records) < 0 || result.GetValue(perObject) < 1)
            {
                return context.UsageError("--records must be 0 or more and --records-per-object 1 or more");
            }

            if (!DateTimeOffset.TryParse(result.GetValue(start), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var startTime))
            {
                return context.UsageError($"--start '{result.GetValue(start)}' is not a time such as 2025-01-06T00:00:00Z");
            }

            if (directory.Exists && directory.EnumerateFileSystemInfos().Any())
            {
                return context.UsageError($"--output {directory}: the directory is not empty; choose a new one so that no file is overwritten");
            }

            var topology = ConfigurationLoader.Load(context, result.GetValue(config)!, Core.Topology.TopologyFilter.None);
            if (topology is null)
            {
                return ExitCodes.BadInput;
            }

            var generator = new FlowLogGenerator(topology, result.GetValue(seed));
            if (generator.Interfaces == 0)
            {
                return context.UsageError("the configuration has no instance interfaces or worker nodes to write flow logs for");
            }

            try
            {
                var (files, written) = generator.WriteTree(directory.FullName, result.GetValue(records), result.GetValue(perObject), startTime);
                context.Output.WriteLine($"wrote {written.ToString("N0", CultureInfo.InvariantCulture)} records in {files.ToString("N0", CultureInfo.InvariantCulture)} objects "
                    + $"for {generator.Interfaces} vNICs under {directory}");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return context.UsageError($"cannot write under --output {directory}: {e.Message}");
            }
        });
        return command;
    }

    // Progress goes to a terminal only: when standard error is redirected (or a test captures it), nothing is drawn.
    private static FlowLogPipelineResult RunPipeline(CommandContext context, string[] paths, Func<IFlowLogConsumer> createConsumer, int workers)
    {
        if (!ReferenceEquals(context.Error, Console.Error) || Console.IsErrorRedirected)
        {
            return FlowLogPipeline.RunAsync(paths, createConsumer, workers).GetAwaiter().GetResult();
        }

        var progress = new FlowLogProgress();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("replaying flow logs");
                var run = FlowLogPipeline.RunAsync(paths, createConsumer, workers, progress);
                while (!run.Wait(200))
                {
                    task.MaxValue = Math.Max(1, progress.TotalBytes);
                    task.Value = progress.Bytes;
                    task.Description = $"replaying flow logs: {progress.Files:N0}/{progress.TotalFiles:N0} files, {progress.Records:N0} records";
                }

                task.Value = task.MaxValue;
                return run.GetAwaiter().GetResult();
            });
    }
}
