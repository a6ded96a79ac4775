using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Core.Analysis;
using Portcullis.Core.Diff;
using Portcullis.Core.Topology;
using Portcullis.Formats.Diff;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis diff</c>: what a change to the firewalls did to connectivity.</summary>
internal static class DiffCommand
{
    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "diff",
            "Compare the connectivity of two configurations (before and after a change): every endpoint or subnet pair whose connection was "
            + "added, removed or changed, with the connection before and after. Endpoints match by name and address, external peers by address.");
        var before = new Option<FileInfo[]>("--before", "-b") { Description = "The configuration before the change (any configuration format, such as a Terraform state); repeat to combine several files.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE" };
        var after = new Option<FileInfo[]>("--after", "-a") { Description = "The configuration after the change (such as 'terraform show -json' of a saved plan); repeat to combine several files.", Required = true, Arity = ArgumentArity.OneOrMore, HelpName = "FILE" };
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit with 1 when the connectivity changed, 0 when it did not (as 'git diff --exit-code' does), for CI." };
        var level = new Option<string>("--level", "-l") { Description = "Compare endpoints (every layer) or subnets (ACLs and public gateways).", DefaultValueFactory = _ => "endpoints", HelpName = "LEVEL" };
        level.AcceptOnlyFromAmong("endpoints", "subnets");
        var options = new CommonOptions(ReportFormat.Txt, ReportFormat.Md, ReportFormat.Json, ReportFormat.Csv);
        command.Options.Add(before);
        command.Options.Add(after);
        command.Options.Add(level);
        command.Options.Add(exitCode);
        command.Options.Add(options.Format);
        command.Options.Add(options.Output);
        command.Options.Add(options.Vpc);
        command.Options.Add(options.Region);
        command.Options.Add(options.ResourceGroup);
        examples.Add(command,
            "portcullis diff --before vpc-monday.json --after vpc-today.json",
            "portcullis diff -b before.json -a after.json --level subnets --format md --output change.md",
            "portcullis diff --before state.json --after plan.json --exit-code   # terraform show -json of the state and the saved plan");
        command.SetAction(result =>
        {
            var filter = options.Filter(result);
            var first = ConfigurationLoader.Load(context, result.GetValue(before)!, filter);
            var second = first is null ? null : ConfigurationLoader.Load(context, result.GetValue(after)!, filter);
            if (first is null || second is null)
            {
                return ExitCodes.BadInput;
            }

            var connectivityLevel = result.GetValue(level) == "subnets" ? ConnectivityLevel.Subnets : ConnectivityLevel.Endpoints;
            var lines = ConnectivityDiff.Compare(new ConnectivityAnalyzer(first), new ConnectivityAnalyzer(second), connectivityLevel);
            var inputs = result.GetValue(before)!.Concat(result.GetValue(after)!);
            var written = OutputTarget.Write(context, result.GetValue(options.Output), inputs, writer =>
                DiffWriter.Write(lines, Describe(first, result.GetValue(before)!), Describe(second, result.GetValue(after)!), connectivityLevel, result.GetValue(options.Format), writer));
            return written == ExitCodes.Success && result.GetValue(exitCode) && lines.Length > 0 ? ExitCodes.Findings : written;
        });
        return command;
    }

    private static string Describe(NetworkTopology topology, FileInfo[] files) =>
        topology.Vpcs.Length == 1 ? $"VPC {topology.Vpcs[0].Name}" : string.Join('+', files.Select(f => f.Name));
}
