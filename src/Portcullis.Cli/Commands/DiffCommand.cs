using System.CommandLine;
using Portcullis.Application.Diff;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Core.Analysis;
using Portcullis.Formats.Diff;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis diff</c>: what a change to the firewalls did to connectivity.</summary>
internal static class DiffCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "diff",
            "Compare the connectivity of two configurations (before and after a change): every endpoint or subnet pair whose connection was "
            + "added, removed or changed, with the connection before and after. Endpoints match by name and address, external peers by address.");
        var before = new Option<FileInfo[]>("--before", "-b") { Description = "The configuration before the change (any configuration format, such as a Terraform state); repeat to combine several files; '-' reads one from standard input.", AllowMultipleArgumentsPerToken = true, Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE" };
        var after = new Option<FileInfo[]>("--after", "-a") { Description = "The configuration after the change (such as 'terraform show -json' of a saved plan); repeat to combine several files; '-' reads one from standard input.", AllowMultipleArgumentsPerToken = true, Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE" };
        var level = new Option<string>("--level", "-l") { Description = "Compare endpoints (every layer) or subnets (ACLs and public gateways).", DefaultValueFactory = _ => "endpoints", HelpName = "LEVEL" };
        level.AcceptOnlyFromAmong("endpoints", "subnets");
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when the connectivity changed, 0 when it did not (as 'git diff --exit-code' does), for CI." };
        var options = new CommonOptions();
        var format = FormatOption.Create(DiffWriter.Formats);
        command.Options.Add(before);
        command.Options.Add(after);
        command.Options.Add(level);
        command.Options.Add(exitCode);
        command.Options.Add(format);
        command.Options.Add(options.Output);
        command.Options.Add(options.Vpc);
        command.Options.Add(options.Region);
        command.Options.Add(options.ResourceGroup);
        examples.Add(command,
            "portcullis diff --before examples/iks-multizone/config.json --after examples/iks-multizone/proposed.json",
            "portcullis diff -b examples/iks-multizone/config.json -a examples/iks-multizone/proposed.json --level subnets --format md --output change.md",
            "portcullis diff --before examples/iks-multizone/state.json --after examples/iks-multizone/plan.json --exit-code   # terraform show -json of the state and the saved plan");
        CommandAction.Set(command, environment, new DiffHandler(), result => new DiffOptions
        {
            Before = CommonOptions.Paths(result, before),
            After = CommonOptions.Paths(result, after),
            Level = result.GetValue(level) == "subnets" ? ConnectivityLevel.Subnets : ConnectivityLevel.Endpoints,
            Filter = options.Filter(result),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
            ExitCode = result.GetValue(exitCode),
        });
        return command;
    }
}
