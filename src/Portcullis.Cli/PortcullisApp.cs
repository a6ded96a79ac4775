using System.CommandLine;
using Portcullis.Cli.Commands;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli;

/// <summary>The <c>portcullis</c> command line: builds the commands and runs one, with output and errors as given (so tests can run it in-process).</summary>
internal static class PortcullisApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CommandContext(output, error);
        var examples = new HelpExamples();
        var root = new RootCommand(
            "Portcullis reads your cloud firewalls as they are (IBM Cloud VPC network ACLs, security groups, routers), "
            + "computes exactly which connections they allow, and explains every verdict down to the rule.");
        root.Subcommands.Add(ReportCommands.Create(context, examples));
        root.Subcommands.Add(ExplainCommand.Create(context, examples));
        root.Subcommands.Add(DiffCommand.Create(context, examples));
        root.Subcommands.Add(ClusterCommands.Create(context, examples));
        root.Subcommands.Add(WorkstationCommand.Create(context, examples));
        root.Subcommands.Add(ProbeCommand.Create(context, examples));
        root.Subcommands.Add(LintCommand.Create(context, examples));
        root.Subcommands.Add(FlowsCommand.Create(context, examples));
        root.Subcommands.Add(PolicyCommands.Create(context, examples));
        examples.Add(root,
            "portcullis report endpoints --config examples/iks-multizone/config.json",
            "portcullis explain --config examples/iks-multizone/config.json --src iks-prod --dst 161.26.0.10 --protocol udp --dst-ports 53",
            "portcullis <command> --help");
        examples.Install(root);

        var parsed = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"portcullis: error: {parseError.Message}");
            }

            var command = string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? ["portcullis"] : CommandPath(parsed.CommandResult.Command, root));
            error.WriteLine($"Run '{command} --help' for usage and examples.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(invocation);
    }

    private static List<string> CommandPath(Command command, RootCommand root)
    {
        var path = new List<string>();
        var current = command;
        while (current is not null && current != root)
        {
            path.Insert(0, current.Name);
            current = current.Parents.OfType<Command>().FirstOrDefault();
        }

        path.Insert(0, "portcullis");
        return path;
    }
}
