using System.CommandLine;
using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary><c>portcullis cluster explain</c>: a connection through the VPC firewalls and the clusters' Calico policies, layer by layer.</summary>
internal static class ClusterExplainCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "explain",
            "What the VPC security groups, the subnets' ACLs and each cluster's Calico and Kubernetes policies (the files its description names "
            + "under 'policies') allow from one address to another: worker to worker, pod to worker, external to worker. Names the layers that "
            + "block, and the policy and rule that decide. Exits 1 when something asked is blocked.");
        var description = new Option<FileInfo[]>("--cluster", "-C")
        {
            Description = "Cluster description(s); give every cluster whose workers or pods are on the path.",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
            HelpName = "FILE",
        };
        var config = ClusterOptions.Config();
        var source = new Option<string>("--src", "-s") { Description = "The source address: a worker's private IP, a pod IP or an external address.", Required = true, HelpName = "IP" };
        var destination = new Option<string>("--dst", "-d") { Description = "The destination address, likewise.", Required = true, HelpName = "IP" };
        var protocol = new Option<string?>("--protocol") { Description = "Narrow to a protocol: tcp, udp, sctp, icmp or a number.", HelpName = "PROTOCOL" };
        var ports = new Option<string?>("--ports") { Description = "Narrow to destination ports N or N-M (tcp, udp, sctp).", HelpName = "PORTS" };
        var output = ClusterOptions.Output();
        foreach (var option in new Option[] { description, config, source, destination, protocol, ports, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster explain --cluster examples/shared-subnets/cluster-prod.yaml --cluster examples/shared-subnets/cluster-batch.yaml --src 10.240.0.6 --dst 10.240.0.4",
            "portcullis cluster explain --cluster examples/shared-subnets/cluster-prod-isolated.yaml --cluster examples/shared-subnets/cluster-batch-isolated.yaml --src 10.240.0.6 --dst 10.240.0.4 --protocol tcp --ports 10250");
        CommandAction.Set(command, environment, new ClusterExplainHandler(), result => new ClusterExplainOptions
        {
            Descriptions = CommonOptions.Paths(result, description),
            Configs = ClusterOptions.ReadConfigs(result, config),
            Source = result.GetValue(source)!,
            Destination = result.GetValue(destination)!,
            Protocol = result.GetValue(protocol),
            Ports = result.GetValue(ports),
            Output = CommonOptions.Path(result, output),
        });
        return command;
    }
}
