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
        var before = new Option<FileInfo[]>("--before", "-b") { Description = "The configuration before the change; repeat to merge several files.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE" };
        var after = new Option<FileInfo[]>("--after", "-a") { Description = "The configuration after the change; repeat to merge several files.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE" };
        var level = new Option<string>("--level", "-l") { Description = "Compare endpoints (every layer) or subnets (ACLs and public gateways).", DefaultValueFactory = _ => "endpoints", HelpName = "LEVEL" };
        level.AcceptOnlyFromAmong("endpoints", "subnets");
        var options = new CommonOptions();
        var format = FormatOption.Create(DiffWriter.Formats);
        command.Options.Add(before);
        command.Options.Add(after);
        command.Options.Add(level);
        command.Options.Add(format);
        command.Options.Add(options.Output);
        command.Options.Add(options.Vpc);
        command.Options.Add(options.Region);
        command.Options.Add(options.ResourceGroup);
        examples.Add(command,
            "portcullis diff --before vpc-monday.json --after vpc-today.json",
            "portcullis diff -b before.json -a after.json --level subnets --format md --output change.md");
        CommandAction.Set(command, environment, new DiffHandler(), result => new DiffOptions
        {
            Before = CommonOptions.Paths(result, before),
            After = CommonOptions.Paths(result, after),
            Level = result.GetValue(level) == "subnets" ? ConnectivityLevel.Subnets : ConnectivityLevel.Endpoints,
            Filter = options.Filter(result),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
        });
        return command;
    }
}
