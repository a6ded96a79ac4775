using Portcullis.Application.Hosting;
using Portcullis.Application.Policies;
using Portcullis.Core.Addresses;
using Portcullis.Policies.Formats.Layering;
using Portcullis.Policies.Formats.Text;

namespace Portcullis.Application.Cluster;

/// <summary>
/// Runs <c>cluster explain</c>: what the VPC security groups, the ACLs and each cluster's Calico policies allow
/// between two addresses, and which layer blocks; exits 1 when something asked is blocked.
/// </summary>
public sealed class ClusterExplainHandler : ICommandHandler<ClusterExplainOptions>
{
    /// <inheritdoc />
    public async Task<int> RunAsync(ClusterExplainOptions options, CommandEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (!PolicyExplainHandler.TryParseConnections(options.Protocol, options.Ports, null, null, out var asked, out var problem))
        {
            return environment.UsageError(problem);
        }

        foreach (var (text, option) in new[] { (options.Source, "--src"), (options.Destination, "--dst") })
        {
            if (!IpAddress.TryParse(text, out _))
            {
                return environment.UsageError($"{option} '{SafeText.Of(text)}' is not an IP address (a worker's private IP, a pod IP or an external address)");
            }
        }

        var from = IpAddress.Parse(options.Source);
        var to = IpAddress.Parse(options.Destination);

        var clusters = LayeredClusters.Load(environment, options.Descriptions, options.Configs);
        if (clusters is null)
        {
            return ExitCodes.BadInput;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var explanation = clusters.Network.Explain(from, to, asked);
        var code = await environment.WriteAsync(options.Output, clusters.Inputs, output => LayeredExplainWriter.Write(explanation, output), cancellationToken).ConfigureAwait(false);
        return code != ExitCodes.Success ? code : explanation.Allowed.Equals(asked) ? ExitCodes.Success : ExitCodes.Findings;
    }
}
