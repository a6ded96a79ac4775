using Portcullis.Application.Hosting;
using Portcullis.Cluster;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Formats.Description;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Diagnostics;
using Portcullis.Core.Model;

namespace Portcullis.Application.Inputs;

/// <summary>Reads a cluster description, the VPC configuration files it names (or the command gives), and binds them.</summary>
public static class ClusterLoader
{
    /// <summary>Reads the description, with <paramref name="era"/> (when given) as its stated era; <see langword="null"/> (after printing why) on errors.</summary>
    /// <param name="environment">Where diagnostics go.</param>
    /// <param name="file">The description file.</param>
    /// <param name="era">The era asked for instead of the description's, if any.</param>
    public static ClusterDescription? ReadDescription(CommandEnvironment environment, string file, DocumentationEra? era)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var diagnostics = new DiagnosticBag();
        ClusterDescriptionReader.TryReadFile(file, diagnostics, out var description);
        if (environment.Report(diagnostics.ToImmutable()) || description is null)
        {
            return null;
        }

        return era is { } chosen ? description with { Overrides = description.Overrides with { Era = chosen } } : description;
    }

    /// <summary>The VPC configuration files: <paramref name="configs"/> when given, else those the description names, relative to its folder.</summary>
    /// <param name="description">The description.</param>
    /// <param name="descriptionFile">Where it was read.</param>
    /// <param name="configs">The files the command gives, if any.</param>
    public static IReadOnlyList<string> ConfigFiles(ClusterDescription description, string descriptionFile, IReadOnlyList<string> configs)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(configs);
        if (configs.Count > 0)
        {
            return configs;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(descriptionFile)) ?? ".";
        return [.. description.VpcConfigs.Select(c => Path.IsPathRooted(c) ? c : Path.Combine(folder, c))];
    }

    /// <summary>Reads the configuration files and binds the cluster to them; <see langword="null"/> (after printing why) on errors.</summary>
    /// <param name="environment">Where diagnostics go.</param>
    /// <param name="description">The description.</param>
    /// <param name="descriptionFile">Where it was read.</param>
    /// <param name="configs">The configuration files.</param>
    public static ClusterBinding? Bind(CommandEnvironment environment, ClusterDescription description, string descriptionFile, IReadOnlyList<string> configs) =>
        Bind(environment, description, descriptionFile, configs, out _);

    /// <summary>As <see cref="Bind(CommandEnvironment, ClusterDescription, string, IReadOnlyList{string})"/>, also giving the configuration as read (before the cluster's workers are placed in it).</summary>
    /// <param name="environment">Where diagnostics go.</param>
    /// <param name="description">The description.</param>
    /// <param name="descriptionFile">Where it was read.</param>
    /// <param name="configs">The configuration files.</param>
    /// <param name="configuration">The configuration the files hold, when they were read.</param>
    public static ClusterBinding? Bind(CommandEnvironment environment, ClusterDescription description, string descriptionFile, IReadOnlyList<string> configs, out VpcConfiguration? configuration)
    {
        configuration = null;
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configs);
        if (configs.Count == 0)
        {
            environment.Report([ClusterDiagnostics.NoVpcConfiguration.Create(new SourceLocation(descriptionFile))]);
            return null;
        }

        configuration = ConfigurationLoader.Read(environment, configs);
        if (configuration is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var binding = ClusterBinding.TryBind(description, configuration, CloudFactsReader.Embedded, diagnostics);
        return environment.Report(diagnostics.ToImmutable()) || binding is null ? null : binding;
    }
}
