using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Reports;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Commands.Report;

/// <summary><c>portcullis report endpoints</c>.</summary>
internal static class EndpointsReportCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "endpoints",
            "Every pair of endpoints (instance interfaces, VPE addresses, load balancer addresses, worker nodes) and external address blocks, "
            + "with exactly the connections that security groups, network ACLs and routers (floating IPs, public gateways, transit gateways) allow. "
            + "TCP connections whose replies a stateless ACL drops are marked with *.");
        var options = new CommonOptions();
        var format = FormatOption.Create(ConnectivityReportWriter.Formats);
        options.AddTo(command, format);
        var perIp = new Option<bool>("--lb-per-ip")
        {
            Description = "Show each load balancer private IP (and each block where it may place one) on its own line, instead of one node per load balancer "
                + "(whose lines are marked ** where its addresses differ).",
        };
        command.Options.Add(perIp);
        var grouping = ReportCommand.GroupingOption();
        command.Options.Add(grouping);
        var style = ReportCommand.StyleOption();
        command.Options.Add(style);
        examples.Add(command,
            "portcullis report endpoints --config examples/iks-multizone/config.json",
            "portcullis report endpoints -c examples/iks-multizone/config.json -c examples/iks-multizone/plan.json --format md --output connectivity.md",
            "portcullis report endpoints -c examples/iks-multizone/config.json --vpc iks-prod-vpc --format json",
            "portcullis report endpoints -c examples/iks-multizone/config.json --grouping",
            "portcullis report endpoints -c examples/iks-multizone/config.json --style readable --grouping",
            "portcullis report endpoints -c examples/iks-multizone/config.json --format html --output connectivity.html",
            "portcullis report endpoints -c examples/iks-multizone/config.json --format dot | dot -Tpng -o connectivity.png");
        CommandAction.Set(command, environment, new EndpointsReportHandler(), result => new EndpointsReportOptions
        {
            Configs = options.Configs(result),
            Filter = options.Filter(result),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
            Grouping = result.GetValue(grouping),
            Style = ReportCommand.Style(result, style),
            LoadBalancerPerIp = result.GetValue(perIp),
        });
        return command;
    }
}
