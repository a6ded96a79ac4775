using System.CommandLine;
using Portcullis.Application.Hosting;
using Portcullis.Application.Workstation;
using Portcullis.Cli.Commands.Cluster;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster.Workstation;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis workstation</c>: what a corporate firewall must let an admin workstation reach.</summary>
internal static class WorkstationCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "workstation",
            "The egress a corporate firewall must allow for ibmcloud, ibmcloud ks, ibmcloud cr, kubectl and calicoctl to work with the cluster: "
            + "hosts, ports and why, by documentation era; as a table or as nftables or iptables rules.");
        var description = ClusterOptions.Description();
        var era = ClusterOptions.Era();
        var format = FormatOption.Create(WorkstationOutput.Formats);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the result to FILE instead of standard output.", HelpName = "FILE" };
        var addressing = new Option<WorkstationAddressing>("--addresses")
        {
            Description = "How nftables and iptables rules name destinations: 'names' (the default: host names, which the firewall resolves when it loads "
                + "the rules, and which follow IBM's address changes), 'published' (the master addresses IBM publishes for the region, and DNS now for hosts "
                + "it publishes none for), or 'resolve' (DNS now for every host), for firewalls that load rules where DNS is blocked. Each rule says where its addresses came from.",
            DefaultValueFactory = _ => WorkstationAddressing.Names,
            HelpName = "names|published|resolve",
        };
        foreach (var option in new Option[] { description, era, format, output, addressing })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis workstation --cluster examples/iks-multizone/cluster.yaml",
            "portcullis workstation -C examples/iks-multizone/cluster.yaml --format nftables --output workstation.nft",
            "portcullis workstation -C examples/iks-multizone/cluster.yaml --format iptables --addresses published");
        CommandAction.Set(command, environment, new WorkstationHandler(), result => new WorkstationOptions
        {
            Description = ClusterOptions.ReadDescription(result, description),
            Era = ClusterOptions.ReadEra(result, era),
            Format = result.GetValue(format),
            Output = CommonOptions.Path(result, output),
            Addressing = result.GetValue(addressing),
        });
        return command;
    }
}
