using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;
using Portcullis.Core.Topology;
using Portcullis.Formats.Configuration;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Reads the <c>--config</c> files, merges them and compiles the topology, printing every diagnostic.</summary>
internal static class ConfigurationLoader
{
    /// <summary>
    /// Reads the files, whatever their format (collector JSON, Terraform state or plan, ibmcloud export), and combines
    /// them; <see langword="null"/> (after printing why) when any has errors.
    /// </summary>
    public static VpcConfiguration? Read(CommandContext context, IReadOnlyList<FileInfo> files)
    {
        var diagnostics = new DiagnosticBag();
        var ok = ConfigurationReader.TryReadFiles([.. files.Select(f => f.ToString())], diagnostics, out var configuration);
        return context.Report(diagnostics.ToImmutable()) || !ok ? null : configuration;
    }

    /// <summary>Reads, merges and compiles; <see langword="null"/> (after printing why) on errors.</summary>
    public static NetworkTopology? Load(CommandContext context, IReadOnlyList<FileInfo> files, TopologyFilter filter)
    {
        var configuration = Read(context, files);
        if (configuration is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var topology = NetworkTopology.Build(configuration, filter, diagnostics);
        if (context.Report(diagnostics.ToImmutable()) || topology is null)
        {
            return null;
        }

        if (topology.Vpcs.IsEmpty)
        {
            var why = filter == TopologyFilter.None ? "the configuration has no VPC with subnets" : "no VPC with subnets matches the --vpc, --region and --resource-group filters";
            context.Error.WriteLine($"portcullis: error: nothing to analyse: {why}");
            return null;
        }

        return topology;
    }
}
