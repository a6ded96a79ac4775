using System.CommandLine;
using Portcullis.Application.Cluster;
using Portcullis.Application.Hosting;
using Portcullis.Cli.Infrastructure;

namespace Portcullis.Cli.Commands.Cluster;

/// <summary><c>portcullis cluster init</c>: writes a commented cluster description from what the admin can export.</summary>
internal static class ClusterInitCommand
{
    public static Command Create(CommandEnvironment environment, HelpExamples examples)
    {
        var command = new Command(
            "init",
            "Write a commented cluster description (cluster.yaml) from the exports an admin already has: ibmcloud ks cluster get, ibmcloud ks worker ls, "
            + "ibmcloud ks subnets or ibmcloud is subnets, ibmcloud is public-gateways (all --output json), the cluster-info ConfigMap, and the VPC configuration.");
        var clusterGet = new Option<FileInfo?>("--cluster-get") { Description = "Output of 'ibmcloud ks cluster get --cluster NAME --output json'.", HelpName = "FILE" };
        var workers = new Option<FileInfo?>("--workers") { Description = "Output of 'ibmcloud ks worker ls --cluster NAME --output json'.", HelpName = "FILE" };
        var subnets = new Option<FileInfo[]>("--subnets") { Description = "Output of 'ibmcloud is subnets --output JSON' or 'ibmcloud ks subnets --provider vpc-gen2 --output json'; repeat for several.", HelpName = "FILE", Arity = ArgumentArity.OneOrMore };
        var gateways = new Option<FileInfo?>("--public-gateways") { Description = "Output of 'ibmcloud is public-gateways --output JSON'.", HelpName = "FILE" };
        var clusterInfo = new Option<FileInfo?>("--cluster-info") { Description = "Output of 'kubectl get cm -n kube-system cluster-info -o yaml' (for the etcd host and port).", HelpName = "FILE" };
        var config = new Option<FileInfo[]>("--config", "-c") { Description = "VPC configuration JSON file(s) (the collector's output): the cluster's workers, subnets and gateways, and recorded under vpcConfigs.", HelpName = "FILE", Arity = ArgumentArity.OneOrMore };
        var id = new Option<string?>("--cluster-id") { Description = "Which cluster of the VPC configuration (name or id), when it has several.", HelpName = "ID" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the description ('-' for standard output).", DefaultValueFactory = _ => new FileInfo("cluster.yaml"), HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the output file if it exists." };
        foreach (var option in new Option[] { clusterGet, workers, subnets, gateways, clusterInfo, config, id, output, force })
        {
            command.Options.Add(option);
        }

        examples.Add(command,
            "portcullis cluster init --config examples/iks-multizone/config.json --output -",
            "portcullis cluster init --cluster-get examples/iks-multizone/exports/cluster-get.json --workers examples/iks-multizone/exports/workers.json --subnets examples/iks-multizone/exports/subnets.json --public-gateways examples/iks-multizone/exports/public-gateways.json --cluster-info examples/iks-multizone/exports/cluster-info.yaml -c examples/iks-multizone/config.json --output my-cluster.yaml");
        CommandAction.Set(command, environment, new ClusterInitHandler(), result => new ClusterInitOptions
        {
            ClusterGet = CommonOptions.Path(result, clusterGet),
            Workers = CommonOptions.Path(result, workers),
            Subnets = CommonOptions.Paths(result, subnets),
            PublicGateways = CommonOptions.Path(result, gateways),
            ClusterInfo = CommonOptions.Path(result, clusterInfo),
            Configs = CommonOptions.Paths(result, config),
            ClusterId = result.GetValue(id),
            Output = result.GetValue(output)!.ToString(),
            Force = result.GetValue(force),
        });
        return command;
    }
}
