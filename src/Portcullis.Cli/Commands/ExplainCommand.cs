using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Core.Analysis;
using Portcullis.Core.Explain;
using Portcullis.Core.Sets;
using Portcullis.Formats.Explain;
using Portcullis.Formats.Reports;
using Portcullis.Formats.Wording;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis explain</c>: why a connection is allowed or blocked, down to the rule.</summary>
internal static class ExplainCommand
{
    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "explain",
            "Explain the connectivity from a source to a destination: the connections allowed, the path through security groups, "
            + "network ACLs and routers, every rule that allows or denies, and whether TCP replies get back through the stateless ACLs.");
        var options = new CommonOptions(ReportFormat.Txt, ReportFormat.Md, ReportFormat.Json);
        options.AddTo(command);
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
            "portcullis explain -c vpc.json --src vsi1 --dst 8.8.8.8 --protocol udp --dst-ports 53",
            "portcullis explain -c vpc.json --src 10.240.0.0/24 --dst prod-vpc/db-subnet --protocol tcp --dst-ports 5432",
            "portcullis explain -c vpc.json --src 203.0.113.7 --dst web-1 --protocol icmp --icmp-type 8");
        command.SetAction(result =>
        {
            var format = result.GetValue(options.Format);
            if (!TryBuildQuery(result.GetValue(protocol), result.GetValue(sourcePorts), result.GetValue(destinationPorts), result.GetValue(icmpType), result.GetValue(icmpCode), out var query, out var problem))
            {
                return context.UsageError(problem!, "Run 'portcullis explain --help' for usage and examples.");
            }

            var configs = result.GetValue(options.Config)!;
            var topology = ConfigurationLoader.Load(context, configs, options.Filter(result));
            if (topology is null)
            {
                return ExitCodes.BadInput;
            }

            var explainer = new Explainer(new ConnectivityAnalyzer(topology));
            if (!explainer.TryExplain(new ExplainRequest(result.GetValue(source)!, result.GetValue(destination)!, query), out var explanation, out var error))
            {
                return context.UsageError(ExplainText.Problem(error!));
            }

            return OutputTarget.Write(context, result.GetValue(options.Output), configs, writer =>
                ExplanationWriter.Write(explanation!, format, result.GetValue(detail), writer));
        });
        return command;
    }

    /// <summary>Builds the connections asked about from the protocol options; null when none was given.</summary>
    internal static bool TryBuildQuery(string? protocol, string? sourcePorts, string? destinationPorts, int? icmpType, int? icmpCode, out ConnectionSet? query, out string? problem)
    {
        query = null;
        problem = null;
        if (protocol is null)
        {
            if (sourcePorts is not null || destinationPorts is not null || icmpType is not null || icmpCode is not null)
            {
                problem = "--src-ports, --dst-ports, --icmp-type and --icmp-code need --protocol";
                return false;
            }

            return true;
        }

        if (protocol.Equals("any", StringComparison.OrdinalIgnoreCase) || protocol.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            query = ConnectionSet.All;
            return true;
        }

        if (!IpProtocols.TryParse(protocol.ToUpperInvariant(), out var number))
        {
            problem = $"unknown protocol '{protocol}': use tcp, udp, icmp, another IP protocol name (gre, esp, ah, sctp, vrrp ...) or a number 0-255";
            return false;
        }

        if (number is IpProtocols.Tcp or IpProtocols.Udp)
        {
            if (icmpType is not null || icmpCode is not null)
            {
                problem = "--icmp-type and --icmp-code go with --protocol icmp";
                return false;
            }

            if (!TryPorts(sourcePorts, "--src-ports", out var source, out problem) || !TryPorts(destinationPorts, "--dst-ports", out var destination, out problem))
            {
                return false;
            }

            query = ConnectionSet.Ports(number, source, destination);
            return true;
        }

        if (sourcePorts is not null || destinationPorts is not null)
        {
            problem = "--src-ports and --dst-ports go with --protocol tcp or udp";
            return false;
        }

        if (number == IpProtocols.Icmp)
        {
            if (icmpType is < 0 or > ConnectionSet.MaxIcmpType || icmpCode is < 0 or > ConnectionSet.MaxIcmpCode || (icmpCode is not null && icmpType is null))
            {
                problem = "--icmp-type must be 0-254, and --icmp-code (0-255) needs --icmp-type";
                return false;
            }

            query = ConnectionSet.IcmpOf(icmpType, icmpCode);
            return true;
        }

        query = ConnectionSet.Protocol(number);
        return true;
    }

    private static bool TryPorts(string? text, string option, out IntervalSet<int> ports, out string? problem)
    {
        problem = null;
        ports = IntervalSet<int>.Range(ConnectionSet.MinPort, ConnectionSet.MaxPort);
        if (text is null)
        {
            return true;
        }

        var intervals = new List<Interval<int>>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (NumberRange.TryParse(item, ConnectionSet.MinPort, ConnectionSet.MaxPort, out var range))
            {
                intervals.Add(range);
            }
            else
            {
                problem = $"{option} '{text}': ports are 1-65535, as single ports or ranges joined by commas (22, 80,443, 30000-32767)";
                return false;
            }
        }

        ports = IntervalSet<int>.Of(intervals);
        return true;
    }
}
