using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Application.Queries;
using Portcullis.Cluster.Allowlist;
using Portcullis.Cluster.Check;
using Portcullis.Cluster.Formats.Allowlist;
using Portcullis.Cluster.Formats.Wording;
using Portcullis.Formats.Text;

namespace Portcullis.Application.Cluster;

/// <summary>Runs <c>cluster allowlist</c>: the fewest CIDRs that cover exactly the cluster's addresses in one direction.</summary>
public sealed class ClusterAllowlistHandler : ICommandHandler<ClusterAllowlistOptions>
{
    // The allowlist's --ports are explain's --dst-ports; the other parts keep explain's names.
    private static readonly ConnectionQueryOptionNames OptionNames = ConnectionQueryOptionNames.Explain with { DestinationPorts = "--ports" };

    /// <inheritdoc />
    public async Task<int> RunAsync(ClusterAllowlistOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (FormatGuard.Refuses(environment, AllowlistWriter.Formats, options.Format))
        {
            return ExitCodes.BadInput;
        }

        if (!ConnectionQuery.TryParse(options.Protocol, null, options.Ports, null, null, out var query, out var problem))
        {
            return environment.UsageError(OptionNames.Describe(problem), "Run 'portcullis cluster allowlist --help' for usage and examples.");
        }

        var cluster = ClusterLoader.ReadDescription(environment, options.Description, null);
        if (cluster is null)
        {
            return ExitCodes.BadInput;
        }

        // The VPC configuration is optional here: the description may carry the gateways and subnets itself.
        var configs = ClusterLoader.ConfigFiles(cluster, options.Description, options.Configs);
        ClusterBinding? binding = null;
        if (configs.Count > 0)
        {
            binding = ClusterLoader.Bind(environment, cluster, options.Description, configs);
            if (binding is null)
            {
                return ExitCodes.BadInput;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var allowlist = options.Direction == AllowlistDirection.ToCluster
            ? AllowlistBuilder.ToCluster(cluster, binding, options.Workers, query)
            : AllowlistBuilder.FromCluster(cluster, binding, query);
        if (allowlist.Entries.IsEmpty)
        {
            foreach (var note in allowlist.Notes)
            {
                environment.Error.WriteLine($"portcullis: {ControlText.Escape(AllowlistText.Note(note))}");
            }

            return environment.UsageError("nothing to allowlist: no address is known for the cluster in this direction");
        }

        return await environment.WriteAsync(options.Output, [options.Description, .. configs], writer =>
            AllowlistWriter.Write(allowlist, options.Format, options.LegacyProtocols, writer), cancellationToken).ConfigureAwait(false);
    }
}
