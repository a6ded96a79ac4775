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
            + "VPC quotas. As an ibmcloud script, Terraform, or VPC API requests, closed by the proof: the check re-run with the rules applied in memory "
            + "and the connectivity diff they cause. Exits 1 when the fix does not make every requirement pass (a quota leaves part of it unplanned).");
        var description = ClusterOptions.Description();
        var config = ClusterOptions.Config();
        var era = ClusterOptions.Era();
        var format = FormatOption.Create(FixWriter.Formats);
        var legacy = new Option<bool>("--legacy-protocols") { Description = "Write protocol 'all' instead of 'icmp_tcp_udp', for CLIs before 16.x, API versions before 2025-12-09 and Terraform providers before 1.87." };
        var output = ClusterOptions.Output();
        var writeConfig = new Option<FileInfo?>(ClusterFixHandler.WriteConfigOption)
        {
            Description = "Also write the configuration with the fix applied, as IBM VPC JSON, which every other command reads (never over an input).",
            HelpName = "FILE",
        };
        foreach (var option in new Option[] { description, config, era, format, legacy, output, writeConfig })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster fix --cluster examples/iks-multizone/cluster.yaml",
            "portcullis cluster fix -C examples/iks-multizone/cluster.yaml --format terraform --output fix.tf",
            "portcullis cluster fix -C examples/iks-multizone/cluster.yaml --format json --legacy-protocols",
            "portcullis cluster fix -C examples/iks-multizone/cluster.yaml --write-config fixed.json && portcullis cluster check -C examples/iks-multizone/cluster.yaml --config fixed.json");
        CommandAction.Set(command, environment, new ClusterFixHandler(), result => new ClusterFixOptions
        {
            Description = ClusterOptions.ReadDescription(result, description),
            Configs = ClusterOptions.ReadConfigs(result, config),
            Era = ClusterOptions.ReadEra(result, era),
            LegacyProtocols = result.GetValue(legacy),
            Format = result.GetValue(format),
            Output = CommonOptions.Path(result, output),
            WriteConfig = CommonOptions.Path(result, writeConfig),
        });
        return command;
    }
}
