using System.Collections.Immutable;
using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Cluster;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Description;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Evaluation;
using Portcullis.Policies.Formats.Reading;
using Portcullis.Policies.Layering;
using Portcullis.Policies.Model;

namespace Portcullis.Application.Cluster;

/// <summary>
/// Clusters in one VPC with their policy layers: each description bound to the VPC configuration all of them name
/// (read once), and the Calico and Kubernetes files each names, analysed.
/// </summary>
/// <param name="Bindings">Each cluster bound to the VPC.</param>
/// <param name="Policies">Each cluster's policy configuration (empty when it names no files), in the same order.</param>
/// <param name="Network">The VPC and the clusters' policies as layers of one path.</param>
/// <param name="Inputs">Every file read.</param>
internal sealed record LayeredClusters(ImmutableArray<ClusterBinding> Bindings, ImmutableArray<PolicyConfiguration> Policies, LayeredNetwork Network, IReadOnlyList<string> Inputs)
{
    /// <summary>Reads and binds the clusters; <see langword="null"/> (after printing why) on bad input.</summary>
    public static LayeredClusters? Load(CommandEnvironment environment, IReadOnlyList<string> descriptionFiles, IReadOnlyList<string> configs)
    {
        var descriptions = new List<(ClusterDescription Description, string File)>();
        foreach (var file in descriptionFiles)
        {
            if (ClusterLoader.ReadDescription(environment, file, null) is not { } description)
            {
                return null;
            }

            descriptions.Add((description, file));
        }

        var files = descriptions
            .SelectMany(d => ClusterLoader.ConfigFiles(d.Description, d.File, configs))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            environment.Report([ClusterDiagnostics.NoVpcConfiguration.Create(new SourceLocation(descriptionFiles[0]))]);
            return null;
        }

        var configuration = ConfigurationLoader.Read(environment, files);
        if (configuration is null)
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var bindings = ImmutableArray.CreateBuilder<ClusterBinding>();
        var policies = ImmutableArray.CreateBuilder<PolicyConfiguration>();
        var inputs = new List<string>(descriptionFiles);
        inputs.AddRange(files);
        foreach (var (description, file) in descriptions)
        {
            if (ClusterBinding.TryBind(description, configuration, CloudFactsReader.Embedded, diagnostics) is { } binding)
            {
                bindings.Add(binding);
            }

            var policyFiles = PolicyFiles(description, file);
            inputs.AddRange(policyFiles);
            policies.Add(PolicyResourceReader.ReadPaths(policyFiles, ResourceRoles.All, diagnostics).ToConfiguration());
        }

        if (environment.Report(diagnostics.ToImmutable()) || bindings.Count != descriptions.Count)
        {
            return null;
        }

        var layers = descriptions.Zip(policies, (d, p) => new CalicoLayer(d.Description.Name, PolicyConnectivity.Analyze(p)));
        return new LayeredClusters(bindings.ToImmutable(), policies.ToImmutable(), new LayeredNetwork(bindings[0].Analyzer, layers), inputs);
    }

    /// <summary>The policy files a description names, relative to its folder.</summary>
    public static IReadOnlyList<string> PolicyFiles(ClusterDescription description, string descriptionFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(descriptionFile)) ?? ".";
        return [.. description.Policies.Select(p => Path.IsPathRooted(p) ? p : Path.Combine(folder, p))];
    }
}
