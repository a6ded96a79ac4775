using System.CommandLine;
using Portcullis.Cli.Infrastructure;
using Portcullis.Cluster;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Cli.Commands;

/// <summary><c>portcullis cluster init</c>: writes a commented cluster description from what the admin can export.</summary>
internal static class ClusterInitCommand
{
    public static Command Create(CommandContext context, HelpExamples examples)
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
            "portcullis cluster init --cluster-get get.json --workers workers.json --subnets subnets.json --public-gateways pgws.json --cluster-info cluster-info.yaml -c vpc.json");
        command.SetAction(result =>
        {
            var inputs = new List<FileInfo>();
            var diagnostics = new DiagnosticBag();
            var builder = new ClusterDescriptionBuilder { Id = result.GetValue(id) };
            foreach (var (kind, file) in new[]
                     {
                         (ExportKind.ClusterGet, result.GetValue(clusterGet)), (ExportKind.Workers, result.GetValue(workers)),
                         (ExportKind.PublicGateways, result.GetValue(gateways)), (ExportKind.ClusterInfo, result.GetValue(clusterInfo)),
                     }.Concat((result.GetValue(subnets) ?? []).Select(f => (ExportKind.Subnets, (FileInfo?)f))))
            {
                if (file is not null)
                {
                    inputs.Add(file);
                    ClusterExportImporter.TryImportFile(kind, file.ToString(), builder, diagnostics);
                }
            }

            var target = result.GetValue(output)!;
            var toStdout = target.ToString() == "-";
            foreach (var file in result.GetValue(config) ?? [])
            {
                inputs.Add(file);
                var configuration = ConfigurationLoader.Read(context, [file]);
                if (configuration is null)
                {
                    return ExitCodes.BadInput;
                }

                ClusterExportImporter.ImportVpcConfiguration(configuration, file.ToString(), builder, diagnostics);
                var folder = toStdout ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(target.FullName))!;
                builder.VpcConfigs.Add(Path.GetRelativePath(folder, Path.GetFullPath(file.FullName)).Replace('\\', '/'));
            }

            if (inputs.Count == 0)
            {
                return context.UsageError("nothing to read: give at least --cluster-get or --config (and the other exports you have)", "Run 'portcullis cluster init --help' for usage and examples.");
            }

            if (!builder.HasPoolSubnets)
            {
                builder.PoolSubnetsFromKnownSubnets("default");
                if (builder.HasPoolSubnets)
                {
                    diagnostics.Report(ClusterDiagnostics.WorkerSubnetsGuessed, null);
                }
            }

            var description = builder.Build(diagnostics);
            if (context.Report(diagnostics.ToImmutable()) || description is null)
            {
                return ExitCodes.BadInput;
            }

            if (toStdout)
            {
                ClusterDescriptionWriter.Write(description, builder.Provenance, context.Output);
                return ExitCodes.Success;
            }

            if (target.Exists && !result.GetValue(force))
            {
                return context.UsageError($"{target} exists; give --force to replace it, or another --output");
            }

            var code = OutputTarget.Write(context, target, inputs, writer => ClusterDescriptionWriter.Write(description, builder.Provenance, writer));
            if (code == ExitCodes.Success)
            {
                context.Error.WriteLine($"portcullis: wrote {target}; next: portcullis cluster check --cluster {target}");
            }

            return code;
        });
        return command;
    }
}
