using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli.Commands.Flows;

/// <summary><c>portcullis flows replay|generate</c>: decide recorded VPC flow logs against a configuration, and make realistic ones to try it.</summary>
internal static class FlowsCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var flows = new Command("flows", "Work with IBM Cloud VPC flow logs: replay them against a configuration, or generate realistic ones.");
        flows.Subcommands.Add(FlowsReplayCommand.Create(environment, examples));
        flows.Subcommands.Add(FlowsGenerateCommand.Create(environment, examples));
        return flows;
    }
}
