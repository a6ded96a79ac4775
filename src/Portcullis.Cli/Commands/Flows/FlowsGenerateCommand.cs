using System.CommandLine;
using Portcullis.Application.Flows;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli.Commands.Flows;

/// <summary><c>portcullis flows generate</c>.</summary>
internal static class FlowsGenerateCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "generate",
            "Write realistic synthetic flow logs for a configuration's vNICs in the Cloud Object Storage key layout (seeded: the same options give the same files). "
            + "Each record's action is the configuration's own decision, so replaying them against that configuration changes nothing.");
        var config = CommonOptions.ConfigOption();
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The directory to create (it must not exist, or be empty).", Required = true, HelpName = "DIR" };
        var records = new Option<long>("--records") { Description = "Records to write in all (default 100000).", DefaultValueFactory = _ => 100_000, HelpName = "N" };
        var perObject = new Option<int>("--records-per-object") { Description = "Records per object (default 500).", DefaultValueFactory = _ => 500, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "The random seed (default 1).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var start = new Option<string>("--start") { Description = "The first capture window's start, RFC 3339 (default 2025-01-06T00:00:00Z).", DefaultValueFactory = _ => FlowsGenerateOptions.DefaultStart, HelpName = "TIME" };
        foreach (var option in new Option[] { config, output, records, perObject, seed, start })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis flows generate -c examples/iks-multizone/config.json --output /tmp/flowlogs",
            "portcullis flows generate -c examples/shared-subnets/config.json -o /tmp/shared-flows --records 50000 --seed 7");
        CommandAction.Set(command, environment, new FlowsGenerateHandler(), result => new FlowsGenerateOptions
        {
            Configs = CommonOptions.Paths(result, config),
            Output = result.GetValue(output)!.ToString(),
            Records = result.GetValue(records),
            RecordsPerObject = result.GetValue(perObject),
            Seed = result.GetValue(seed),
            Start = result.GetValue(start)!,
        });
        return command;
    }
}
