using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Cli.Infrastructure;
using Portcullis.Policies.Formats.Explain;
using static Portcullis.Cli.Commands.Policy.PolicyInputOptions;

namespace Portcullis.Cli.Commands.Policy;

/// <summary><c>portcullis policy explain</c>: which policy and rule decides what passes between two sides.</summary>
internal static class PolicyExplainCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command("explain", "Which policy and rule decides what passes from a source to a destination, on each side, in Calico's order (tiers, orders, defaults).");
        var input = new PolicyInputOptions(command);
        var source = Add(command, new Option<string>("--src", "-s") { Description = "The source: namespace/pod, namespace/workload, a host endpoint, an IP address or a CIDR.", Required = true, HelpName = "PEER" });
        var destination = Add(command, new Option<string>("--dst", "-d") { Description = "The destination, likewise.", Required = true, HelpName = "PEER" });
        var protocol = Add(command, new Option<string?>("--protocol") { Description = "Narrow to a protocol: tcp, udp, sctp, icmp, icmpv6 or a number.", HelpName = "PROTOCOL" });
        var ports = Add(command, new Option<string?>("--ports") { Description = "Narrow to destination ports N or N-M (tcp, udp, sctp).", HelpName = "PORTS" });
        var icmpType = Add(command, new Option<int?>("--icmp-type") { Description = "Narrow to an ICMP type.", HelpName = "TYPE" });
        var icmpCode = Add(command, new Option<int?>("--icmp-code") { Description = "Narrow to an ICMP code (with a type).", HelpName = "CODE" });
        var format = Add(command, FormatOption.Create(PolicyExplainWriter.Formats));
        var output = Add(command, OutputOption());
        examples.Add(command,
            $"portcullis policy explain {Example} --src shop/frontend --dst shop/db --protocol tcp --ports 5432",
            $"portcullis policy explain {Example} --src 10.240.128.7 --dst worker-1-private --protocol tcp --ports 30080");
        CommandAction.Set(command, environment, new PolicyExplainHandler(), result => new PolicyExplainOptions
        {
            Input = input.Read(result),
            Source = result.GetValue(source)!,
            Destination = result.GetValue(destination)!,
            Protocol = result.GetValue(protocol),
            Ports = result.GetValue(ports),
            IcmpType = result.GetValue(icmpType),
            IcmpCode = result.GetValue(icmpCode),
            Format = result.GetValue(format),
            Output = OutputPath(result, output),
        });
        return command;
    }
}
