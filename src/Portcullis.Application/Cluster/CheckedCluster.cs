using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Fix;
using Portcullis.Cluster.Formats.Catalogs;
using Portcullis.Cluster.Requirements;
using Portcullis.Core.Model;

namespace Portcullis.Application.Cluster;

/// <summary>A cluster checked against its era's requirements, the plan that fixes what is not open, and the files read.</summary>
/// <param name="Report">The check.</param>
/// <param name="Plan">The fix.</param>
/// <param name="Inputs">The description and configuration files read.</param>
internal sealed record CheckedCluster(ClusterCheckReport Report, FixPlan Plan, IReadOnlyList<string> Inputs)
{
    /// <summary>The configuration as read, before the cluster's workers were placed in it: what a fix patches.</summary>
    public required VpcConfiguration Configuration { get; init; }

    /// <summary>Reads, binds and checks the cluster; <see langword="null"/> (after printing why) on bad input.</summary>
    public static CheckedCluster? Run(CommandEnvironment environment, string descriptionFile, IReadOnlyList<string> configs, DocumentationEra? era)
    {
        var description = ClusterLoader.ReadDescription(environment, descriptionFile, era);
        if (description is null)
        {
            return null;
        }

        var files = ClusterLoader.ConfigFiles(description, descriptionFile, configs);
        var binding = ClusterLoader.Bind(environment, description, descriptionFile, files, out var configuration);
        if (binding is null || configuration is null)
        {
            return null;
        }

        var report = ClusterChecker.Check(binding, CloudFactsReader.Embedded.Catalog(binding.Era));
        return new CheckedCluster(report, FixPlanner.Plan(report), [descriptionFile, .. files]) { Configuration = configuration };
    }
}
