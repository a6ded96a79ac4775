using System.CommandLine;
using Portcullis.Application.Workstation;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Iptables;
using Portcullis.Cluster.Formats.Nftables;
using Portcullis.Cluster.Formats.Workstation;
using Portcullis.Cluster.Requirements;
using Portcullis.Cluster.Workstation;
using Portcullis.Probing.Formats;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis workstation</c>: what a corporate firewall must let an admin workstation reach.</summary>
internal static class WorkstationCommand
{
    private enum WorkstationFormat
    {
        Txt,
        Md,
        Json,
        Nftables,
        Iptables,
        Probe,
    }

    public static Command Create(CommandContext context, HelpExamples examples)
    {
        var command = new Command(
            "workstation",
            "The egress a corporate firewall must allow for ibmcloud, ibmcloud ks, ibmcloud cr, kubectl and calicoctl to work with the cluster: "
            + "hosts, ports and why, by documentation era; as a table or as nftables or iptables rules.");
        var description = ClusterCommands.DescriptionOption();
        var era = ClusterCommands.EraOption();
        var format = FormatOption.Create(WorkstationFormat.Txt, "Output format: txt, md, json, nftables, iptables, or probe (a targets file for 'portcullis probe --targets').");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the result to FILE instead of standard output.", HelpName = "FILE" };
        foreach (var option in new Option[] { description, era, format, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis workstation --cluster examples/iks-multizone/cluster.yaml",
            "portcullis workstation -C cluster.yaml --format nftables --output workstation.nft");
        command.SetAction(result =>
        {
            var file = result.GetValue(description)!;
            var cluster = ClusterLoader.ReadDescription(context, file, null);
            if (cluster is null)
            {
                return ExitCodes.BadInput;
            }

            var chosenEra = ClusterCommands.Era(result, era) ?? cluster.Overrides.Era ?? EraNames.For(cluster.Version);
            var (requirements, notes) = WorkstationEgress.For(cluster, chosenEra, CloudFactsReader.Embedded);
            var target = result.GetValue(output);
            var chosen = result.GetValue(format);
            if (chosen == WorkstationFormat.Txt && TableOutput.IsInteractive(context, target))
            {
                TableOutput.Draw(context.Output, WorkstationWriter.Headers, WorkstationWriter.Rows(requirements));
                WorkstationWriter.WriteNotes(requirements, notes, markdown: false, context.Output);
                return ExitCodes.Success;
            }

            return OutputTarget.Write(context, target, [file], writer =>
            {
                switch (chosen)
                {
                    case WorkstationFormat.Json:
                        WorkstationWriter.WriteJson(cluster.Name, chosenEra, requirements, notes, writer);
                        break;
                    case WorkstationFormat.Nftables:
                        NftablesWriter.WriteWorkstation(cluster.Name, requirements, writer);
                        break;
                    case WorkstationFormat.Iptables:
                        IptablesWriter.WriteWorkstation(cluster.Name, requirements, writer);
                        break;
                    case WorkstationFormat.Probe:
                        ProbeTargetsWriter.Write(WorkstationProbes.For(requirements), writer, $"What an admin workstation of cluster {cluster.Name} must reach; check it with: portcullis probe --targets FILE");
                        break;
                    default:
                        WorkstationWriter.WriteTable(cluster.Name, chosenEra, requirements, notes, chosen == WorkstationFormat.Md, writer);
                        break;
                }
            });
        });
        return command;
    }
}
