using System.CommandLine;
using Portcullis.Application.Explain;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Formats.Explain;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis explain</c>: why a connection is allowed or blocked, down to the rule.</summary>
internal static class ExplainCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "explain",
            "Explain the connectivity from a source to a destination: the connections allowed, the path through security groups, "
            + "network ACLs and routers, every rule that allows or denies, and whether TCP replies get back through the stateless ACLs.");
        var options = new CommonOptions();
        var format = FormatOption.Create(ExplanationWriter.Formats);
        options.AddTo(command, format);
        var source = new Option<string>("--src", "-s")
        {
            Description = "The source: an instance, interface, endpoint gateway, load balancer or subnet (name, vpc/name, id or CRN), an IP address or a CIDR.",
            Required = true,
            HelpName = "SOURCE",
        };
        var destination = new Option<string>("--dst", "-d") { Description = "The destination, in the same forms as --src.", Required = true, HelpName = "DESTINATION" };
        var protocol = new Option<string?>("--protocol", "-p") { Description = "Explain only this protocol: tcp, udp, icmp, or another IP protocol name or number.", HelpName = "PROTOCOL" };
        var sourcePorts = new Option<string?>("--src-ports") { Description = "Source ports for tcp/udp, such as 1024-65535 or 80,443 (default: all).", HelpName = "PORTS" };
        var destinationPorts = new Option<string?>("--dst-ports") { Description = "Destination ports for tcp/udp, such as 22 or 30000-32767 (default: all).", HelpName = "PORTS" };
        var icmpType = new Option<int?>("--icmp-type") { Description = "ICMP type (0-254), with --protocol icmp.", HelpName = "TYPE" };
        var icmpCode = new Option<int?>("--icmp-code") { Description = "ICMP code (0-255), with --protocol icmp and --icmp-type.", HelpName = "CODE" };
        var detail = new Option<bool>("--detail") { Description = "Also list every rule of every layer, for the connection and for its TCP replies." };
        foreach (var option in new Option[] { source, destination, protocol, sourcePorts, destinationPorts, icmpType, icmpCode, detail })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis explain -c examples/iks-multizone/config.json --src bastion --dst iks-prod-workers-2 --protocol tcp --dst-ports 22 --detail",
            "portcullis explain -c examples/iks-multizone/config.json --src iks-prod --dst 161.26.0.10 --protocol udp --dst-ports 53",
            "portcullis explain -c examples/iks-multizone/config.json --src bastion --dst 8.8.8.8 --protocol udp --dst-ports 53",
            "portcullis explain -c examples/iks-multizone/config.json --src 10.240.0.0/24 --dst iks-prod-vpc/iks-prod-bastion --protocol tcp --dst-ports 22",
            "portcullis explain -c examples/iks-multizone/config.json --src 145.40.7.9 --dst bastion --protocol icmp --icmp-type 8");
        CommandAction.Set(command, environment, new ExplainHandler(), result => new ExplainOptions
        {
            Configs = options.Configs(result),
            Filter = options.Filter(result),
            Source = result.GetValue(source)!,
            Destination = result.GetValue(destination)!,
            Protocol = result.GetValue(protocol),
            SourcePorts = result.GetValue(sourcePorts),
            DestinationPorts = result.GetValue(destinationPorts),
            IcmpType = result.GetValue(icmpType),
            IcmpCode = result.GetValue(icmpCode),
            Detail = result.GetValue(detail),
            Format = result.GetValue(format),
            Output = options.OutputPath(result),
        });
        return command;
    }
}
