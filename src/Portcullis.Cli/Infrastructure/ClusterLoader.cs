using Portcullis.Cluster.Check;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Cli.Infrastructure;

/// <summary>Reads a cluster description, the VPC configuration files it names (or <c>--config</c> gives), and binds them.</summary>
internal static class ClusterLoader
{
    /// <summary>Reads the description; <see langword="null"/> (after printing why) on errors.</summary>
    public static ClusterDescription? ReadDescription(CommandContext context, FileInfo file, DocumentationEra? era)
    {
        var diagnostics = new DiagnosticBag();
        ClusterDescriptionReader.TryReadFile(file.ToString(), diagnostics, out var description);
        if (context.Report(diagnostics.ToImmutable()) || description is null)
        {
            return null;
        }

        return era is { } chosen ? description with { Overrides = description.Overrides with { Era = chosen } } : description;
    }

    /// <summary>The VPC configuration files: <c>--config</c> when given, else those the description names, relative to its folder.</summary>
    public static IReadOnlyList<FileInfo> ConfigFiles(ClusterDescription description, FileInfo descriptionFile, FileInfo[]? configs)
    {
        if (configs is { Length: > 0 })
        {
            return configs;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(descriptionFile.FullName)) ?? ".";
        return [.. description.VpcConfigs.Select(c => new FileInfo(Path.IsPathRooted(c) ? c : Path.Combine(folder, c)))];
    }

    /// <summary>Reads the configuration files and binds the cluster to them; <see langword="null"/> (after printing why) on errors.</summary>
    public static ClusterBinding? Bind(CommandContext context, ClusterDescription description, FileInfo descriptionFile, IReadOnlyList<FileInfo> configs)
    {
        if (configs.Count == 0)
        {
            context.Error.WriteLine($"portcullis: {descriptionFile}: error PC4100: no VPC configuration: list the collector's output under vpcConfigs in the cluster description, or give --config");
            return null;
        }

        var configuration = ConfigurationLoader.Read(context, configs);
        if (configuration is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var binding = ClusterBinding.TryBind(description, configuration, CloudFactsReader.Embedded, diagnostics);
        return context.Report(diagnostics.ToImmutable()) || binding is null ? null : binding;
    }
}
