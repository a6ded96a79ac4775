using System.CommandLine;
using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary><c>portcullis cluster isolate</c>: IBM's private-network isolation policies for the cluster, ready for calicoctl apply.</summary>
internal static class ClusterIsolateCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "isolate",
            "Write IBM's private-network isolation policy set (IBM-Cloud/kube-samples) for the cluster's region, with its pod and service subnets, "
            + "ready for 'calicoctl apply -f'. It keeps the cluster's workers from other clusters that share its subnets, which ACLs cannot do. "
            + "Check the result with 'cluster check --peer' on a description that names the written file.");
        var description = ClusterOptions.Description();
        var hostEndpoints = new Option<bool>("--host-endpoints") { Description = "Also write a private host endpoint for each worker the description lists (where the platform does not create them)." };
        var services = new Option<bool>("--include-private-services") { Description = "Add IBM's optional private-services policies (registry, monitoring, logging)." };
        var vrrp = new Option<bool>("--include-vrrp") { Description = "Add IBM's optional VRRP policy (load balancers on classic)." };
        var output = ClusterOptions.Output();
        foreach (var option in new Option[] { description, hostEndpoints, services, vrrp, output })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster isolate --cluster examples/shared-subnets/cluster-prod.yaml",
            "portcullis cluster isolate -C examples/shared-subnets/cluster-prod.yaml --include-private-services --output isolation.yaml");
        CommandAction.Set(command, environment, new ClusterIsolateHandler(), result => new ClusterIsolateOptions
        {
            Description = ClusterOptions.ReadDescription(result, description),
            HostEndpoints = result.GetValue(hostEndpoints),
            IncludePrivateServices = result.GetValue(services),
            IncludeVrrp = result.GetValue(vrrp),
            Output = CommonOptions.Path(result, output),
        });
        return command;
    }
}
