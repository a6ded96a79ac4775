using System.CommandLine;
using Portcullis.Application.Flows;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Flows.Formats.FlowLogs;

namespace Portcullis.Cli.Commands.Flows;

/// <summary><c>portcullis flows replay</c>.</summary>
internal static class FlowsReplayCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "replay",
            "Decide every record of VPC flow logs (gzip JSON objects from Cloud Object Storage: a key tree, a directory or files) against a configuration: "
            + "accepted traffic it would now reject and with which rule, rejected traffic it would now accept, how often each rule is used, and rules no "
            + "record used. Exit code 1 when decisions change.");
        var options = new CommonOptions();
        var format = FormatOption.Create(FlowReplayReportWriter.Formats);
        options.AddTo(command, format);
        var flowsOption = new Option<string[]>("--flows")
        {
            Description = "A flow-log object, or a directory searched for *.gz and *.json objects (the COS key layout or any other); repeat for several.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "PATH",
        };
        var workers = new Option<int>("--workers") { Description = "Worker threads (default: one per core).", HelpName = "N" };
        var exampleCount = new Option<int>("--examples")
        {
            Description = $"Example connections to show per changed decision (default {FlowsReplayOptions.DefaultExamples}).",
            DefaultValueFactory = _ => FlowsReplayOptions.DefaultExamples,
            HelpName = "N",
        };
        command.Options.Add(flowsOption);
        command.Options.Add(workers);
        command.Options.Add(exampleCount);
        examples.Add(command,
            "portcullis flows generate -c examples/iks-multizone/config.json --output /tmp/flowlogs --records 200000",
            "portcullis flows replay -c examples/iks-multizone/config.json --flows /tmp/flowlogs",
            "portcullis flows replay -c examples/iks-multizone/proposed.json --flows /tmp/flowlogs --format json -o replay.json");
        CommandAction.Set(command, environment, new FlowsReplayHandler(), result => new FlowsReplayOptions
        {
            Configs = options.Configs(result),
            Filter = options.Filter(result),
            Flows = [.. result.GetValue(flowsOption)!],
            Workers = result.GetValue(workers),
            Examples = result.GetValue(exampleCount),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
        });
        return command;
    }
}
