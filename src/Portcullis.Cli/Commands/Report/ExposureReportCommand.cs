using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Reports;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Reports;

namespace Portcullis.Cli.Commands.Report;

/// <summary><c>portcullis report exposure</c>.</summary>
internal static class ExposureReportCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "exposure",
            "For every endpoint (endpoints the outside sees alike together): what the public internet and the service network may open to it, "
            + "and what it may open to them, as all layers (security groups, network ACLs, floating IPs, public gateways) allow.");
        var options = new CommonOptions();
        var format = FormatOption.Create(ExposureReportWriter.Formats);
        options.AddTo(command, format);
        var perIp = new Option<bool>("--lb-per-ip")
        {
            Description = "Show each load balancer private IP on its own, instead of one node per load balancer.",
        };
        command.Options.Add(perIp);
        var failOn = new Option<string?>("--fail-on-exposure")
        {
            Description = "Exit 1 when the public internet may open any of these destination ports (TCP or UDP) on any endpoint, such as 22,3389,5432-5433; the report is written either way.",
            HelpName = "PORTS",
        };
        command.Options.Add(failOn);
        examples.Add(command,
            "portcullis report exposure --config examples/iks-multizone/config.json",
            "portcullis report exposure -c examples/iks-multizone/config.json --fail-on-exposure 22,3389",
            "portcullis report exposure -c examples/iks-multizone/config.json --format json --output exposure.json");
        CommandAction.Set(command, environment, new ExposureReportHandler(), result => new ExposureReportOptions
        {
            Configs = options.Configs(result),
            Filter = options.Filter(result),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
            LoadBalancerPerIp = result.GetValue(perIp),
            FailOnExposure = result.GetValue(failOn),
        });
        return command;
    }
}
