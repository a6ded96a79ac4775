using System.CommandLine;
using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Formats.Fix;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary><c>portcullis cluster fix</c>.</summary>
internal static class ClusterFixCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "fix",
            "Write the smallest set of rules that makes every requirement pass: allow rules only (nothing open is closed), ACL rules before the deny "
            + "that would shadow them and in both directions where a stateless ACL drops replies, group rules on the cluster's own group, within the "
            + "VPC quotas. As an ibmcloud script, Terraform, or VPC API requests. Exits 1 when a quota leaves part of the fix unplanned.");
        var description = ClusterOptions.Description();
        var config = ClusterOptions.Config();
        var era = ClusterOptions.Era();
        var format = FormatOption.Create(FixWriter.Formats);
        var legacy = new Option<bool>("--legacy-protocols") { Description = "Write protocol 'all' instead of 'icmp_tcp_udp', for CLIs before 16.x, API versions before 2025-12-09 and Terraform providers before 1.87." };
        var output = ClusterOptions.Output();
        foreach (var option in new Option[] { description, config, era, format, legacy, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster fix --cluster examples/iks-multizone/cluster.yaml",
            "portcullis cluster fix -C examples/iks-multizone/cluster.yaml --format terraform --output fix.tf",
            "portcullis cluster fix -C examples/iks-multizone/cluster.yaml --format json --legacy-protocols");
        CommandAction.Set(command, environment, new ClusterFixHandler(), result => new ClusterFixOptions
        {
            Description = ClusterOptions.ReadDescription(result, description),
            Configs = ClusterOptions.ReadConfigs(result, config),
            Era = ClusterOptions.ReadEra(result, era),
            LegacyProtocols = result.GetValue(legacy),
            Format = result.GetValue(format),
            Output = CommonOptions.Path(result, output),
        });
        return command;
    }
}
