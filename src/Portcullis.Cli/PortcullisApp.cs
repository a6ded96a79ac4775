using System.CommandLine;
using System.CommandLine.Parsing;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Commands;
using Portcullis.Cli.Commands.Cluster;
using Portcullis.Cli.Commands.Collect;
using Portcullis.Cli.Commands.Flows;
using Portcullis.Cli.Commands.Policy;
using Portcullis.Cli.Commands.Probe;
using Portcullis.Cli.Commands.Report;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Text;

namespace Portcullis.Cli;

/// <summary>The <c>portcullis</c> command line: builds the commands and runs one in the given environment (so tests can run it in-process).</summary>
internal static class PortcullisApp
{
    public static async Task<int> RunAsync(string[] args, CommandEnvironment environment, CancellationToken cancellationToken = default)
    {
        var (root, verbose) = CreateRoot(environment);
        var parsed = root.Parse(args);
        environment.Verbose = parsed.GetValue(verbose);
        var invocation = new InvocationConfiguration { Output = environment.Output, Error = environment.Error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0 && parsed.Tokens.All(t => t.Type == TokenType.Command))
        {
            // A command given nothing at all: its usage says more than the first missing option would.
            var help = root.Parse([.. parsed.Tokens.Select(t => t.Value), "--help"]);
            await help.InvokeAsync(new InvocationConfiguration { Output = environment.Error, Error = environment.Error }, cancellationToken).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                environment.Error.WriteLine($"portcullis: error: {ControlText.Escape(parseError.Message)}");
            }

            var command = string.Join(' ', parsed.CommandResult.Command.Name == root.Name ? ["portcullis"] : CommandPath(parsed.CommandResult.Command, root));
            environment.Error.WriteLine($"Run '{command} --help' for usage and examples.");
            return ExitCodes.BadInput;
        }

        return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses <paramref name="args"/> as the command line would, without running anything (for checking documented examples).</summary>
    public static ParseResult Parse(string[] args) => CreateRoot(new CommandEnvironment(TextWriter.Null, TextWriter.Null)).Root.Parse(args);

    private static (RootCommand Root, Option<bool> Verbose) CreateRoot(CommandEnvironment environment)
    {
        var examples = new HelpExamples();
        var root = new RootCommand(
            "Portcullis reads your cloud firewalls as they are (IBM Cloud VPC network ACLs, security groups, routers), "
            + "computes exactly which connections they allow, and explains every verdict down to the rule.");
        root.Subcommands.Add(ReportCommand.Create(environment, examples));
        root.Subcommands.Add(ExplainCommand.Create(environment, examples));
        root.Subcommands.Add(DiffCommand.Create(environment, examples));
        root.Subcommands.Add(ClusterCommand.Create(environment, examples));
        root.Subcommands.Add(WorkstationCommand.Create(environment, examples));
        root.Subcommands.Add(ProbeCommand.Create(environment, examples));
        root.Subcommands.Add(LintCommand.Create(environment, examples));
        root.Subcommands.Add(FlowsCommand.Create(environment, examples));
        root.Subcommands.Add(CollectCommand.Create(environment, examples));
        root.Subcommands.Add(PolicyCommand.Create(environment, examples));
        root.Subcommands.Add(ServeCommand.Create(environment, examples));
        examples.Add(root,
            "portcullis report endpoints --config examples/iks-multizone/config.json",
            "portcullis explain --config examples/iks-multizone/config.json --src iks-prod --dst 161.26.0.10 --protocol udp --dst-ports 53",
            "portcullis cluster check --help   # every command has its own help, with examples");
        examples.Install(root);

        // Hidden for now: shown, it would add a line to every command's help, which the output snapshot locks.
        var verbose = new Option<bool>("--verbose") { Description = "Also print notes: what the analysis assumed or left out.", Recursive = true, Hidden = true };
        root.Options.Add(verbose);
        return (root, verbose);
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
