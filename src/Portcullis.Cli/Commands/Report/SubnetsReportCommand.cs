using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Reports;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Commands.Report;

/// <summary><c>portcullis report subnets</c>.</summary>
internal static class SubnetsReportCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "subnets",
            "Subnet to subnet, and subnet to the internet through public gateways: what the network ACLs allow for every address of each subnet "
            + "(security groups are per endpoint and not part of this view).");
        var options = new CommonOptions();
        var format = FormatOption.Create(ConnectivityReportWriter.Formats);
        options.AddTo(command, format);
        var grouping = ReportCommand.GroupingOption();
        command.Options.Add(grouping);
        var style = ReportCommand.StyleOption();
        command.Options.Add(style);
        examples.Add(command,
            "portcullis report subnets --config examples/iks-multizone/config.json",
            "portcullis report subnets -c examples/iks-multizone/config.json --grouping",
            "portcullis report subnets -c examples/iks-multizone/config.json --format html --output subnets.html");
        CommandAction.Set(command, environment, new SubnetsReportHandler(), result => new SubnetsReportOptions
        {
            Configs = options.Configs(result),
            Filter = options.Filter(result),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
            Grouping = result.GetValue(grouping),
            Style = ReportCommand.Style(result, style),
        });
        return command;
    }
}
