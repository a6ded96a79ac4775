using System.CommandLine;
using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Formats.Allowlist;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary><c>portcullis cluster allowlist</c>.</summary>
internal static class ClusterAllowlistCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "allowlist",
            "What other services' firewalls must allow for the cluster: for traffic from the cluster, the public gateway floating IPs of its zones; "
            + "for traffic to the cluster, its worker subnets (or its workers' IPs). Aggregated into the fewest CIDRs that cover exactly those addresses.");
        var description = ClusterOptions.Description();
        var config = ClusterOptions.Config();
        var direction = new Option<string>("--direction")
        {
            Description = "from-cluster (the service admits the cluster's traffic) or to-cluster (the service sends to the cluster).",
            DefaultValueFactory = _ => "from-cluster",
            HelpName = "DIRECTION",
        };
        direction.AcceptOnlyFromAmong("from-cluster", "to-cluster");
        var workers = new Option<bool>("--workers") { Description = "With --direction to-cluster: the workers' IPs instead of the worker subnets." };
        var protocol = new Option<string?>("--protocol", "-p") { Description = "Allow only this protocol: tcp, udp or icmp (default: all).", HelpName = "PROTOCOL" };
        var ports = new Option<string?>("--ports") { Description = "With tcp or udp: the destination ports, such as 443 or 5432,6379 (default: all).", HelpName = "PORTS" };
        var format = FormatOption.Create(AllowlistWriter.Formats);
        var legacy = new Option<bool>("--legacy-protocols") { Description = "Write protocol 'all' instead of 'icmp_tcp_udp' in ibmcloud and terraform output." };
        var output = ClusterOptions.Output();
        foreach (var option in new Option[] { description, config, direction, workers, protocol, ports, format, legacy, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster allowlist --cluster examples/iks-multizone/cluster.yaml",
            "portcullis cluster allowlist -C examples/iks-multizone/cluster.yaml --direction to-cluster --format csv",
            "portcullis cluster allowlist -C examples/iks-multizone/cluster.yaml --protocol tcp --ports 5432 --format nftables");
        CommandAction.Set(command, environment, new ClusterAllowlistHandler(), result => new ClusterAllowlistOptions
        {
            Description = ClusterOptions.ReadDescription(result, description),
            Configs = ClusterOptions.ReadConfigs(result, config),
            Direction = result.GetValue(direction) == "to-cluster" ? AllowlistDirection.ToCluster : AllowlistDirection.FromCluster,
            Workers = result.GetValue(workers),
            Protocol = result.GetValue(protocol),
            Ports = result.GetValue(ports),
            LegacyProtocols = result.GetValue(legacy),
            Format = result.GetValue(format),
            Output = CommonOptions.Path(result, output),
        });
        return command;
    }
}
