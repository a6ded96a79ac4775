using System.CommandLine;
using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Formats.Check;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary><c>portcullis cluster check</c>.</summary>
internal static class ClusterCheckCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "check",
            "Evaluate every requirement of the cluster's era against its VPC firewalls with the connectivity engine, and print each one's status "
            + "(open, partly open, blocked), the rule that blocks it (as explain cites it) and the fix in one line; then drift (worker subnets the rules "
            + "miss), openings wider than needed, TCP replies stateless ACLs drop, and quota pressure. Exits 1 when a requirement is not fully open.");
        var description = ClusterOptions.Description();
        var config = ClusterOptions.Config();
        var era = ClusterOptions.Era();
        var format = FormatOption.Create(ClusterCheckWriter.Formats);
        var output = ClusterOptions.Output();
        var peers = new Option<FileInfo[]>("--peer")
        {
            Description = "Also check isolation from another cluster in the same VPC (its description; repeatable): every worker pair both ways, "
                + "what each layer (security groups, ACLs, each cluster's Calico policies) allows, against what IBM's isolation set needs. Text only.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "FILE",
        };
        foreach (var option in new Option[] { description, config, era, format, output, peers })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster check --cluster examples/iks-multizone/cluster.yaml",
            "portcullis cluster check -C examples/iks-multizone/cluster.yaml --format json --output check.json",
            "portcullis cluster check -C examples/iks-multizone/cluster.yaml --era secure-by-default",
            "portcullis cluster check -C examples/shared-subnets/cluster-prod.yaml --peer examples/shared-subnets/cluster-batch.yaml");
        CommandAction.Set(command, environment, new ClusterCheckHandler(), result => new ClusterCheckOptions
        {
            Description = ClusterOptions.ReadDescription(result, description),
            Configs = ClusterOptions.ReadConfigs(result, config),
            Era = ClusterOptions.ReadEra(result, era),
            Peers = CommonOptions.Paths(result, peers),
            Format = result.GetValue(format),
            Output = CommonOptions.Path(result, output),
        });
        return command;
    }
}
