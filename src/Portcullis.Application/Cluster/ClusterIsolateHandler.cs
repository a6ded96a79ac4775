using Portcullis.Application.Hosting;
using Portcullis.Application.Inputs;
using Portcullis.Core.Diagnostics;
using Portcullis.Policies.Formats;
using Portcullis.Policies.Formats.Isolation;

namespace Portcullis.Application.Cluster;

/// <summary>
/// Runs <c>cluster isolate</c>: IBM's private-network isolation set for the cluster's region, with its pod and
/// service subnets (and, when asked, host endpoints for its workers), ready for <c>calicoctl apply</c>.
/// </summary>
public sealed class ClusterIsolateHandler : ICommandHandler<ClusterIsolateOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(ClusterIsolateOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var description = ClusterLoader.ReadDescription(environment, options.Description, null);
        if (description is null)
        {
            return ExitCodes.BadInput;
        }

        if (options.HostEndpoints && description.Workers.IsDefaultOrEmpty)
        {
            environment.Report([PolicyDiagnostics.InvalidIsolationValue.Create(
                new SourceLocation(options.Description), "host endpoints were asked for, but the description lists no workers (add them with their private IPs)")]);
            return ExitCodes.BadInput;
        }

        var parameters = ClusterIsolation.Parameters(description, options.HostEndpoints, options.IncludePrivateServices, options.IncludeVrrp);
        if (ClusterIsolation.For(description, parameters) is not { } set)
        {
            var regions = string.Join(", ", IbmIsolationCatalogReader.Embedded.RegionNames);
            environment.Report([PolicyDiagnostics.InvalidIsolationValue.Create(
                new SourceLocation(options.Description), $"IBM publishes no isolation set for region '{description.Region}'; the regions are {regions}")]);
            return ExitCodes.BadInput;
        }

        return await environment.WriteAsync(options.Output, [options.Description], output => IbmIsolationWriter.Write(output, set), cancellationToken).ConfigureAwait(false);
    }
}
